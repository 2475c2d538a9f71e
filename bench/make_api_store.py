"""Build a large ANALYSED SQLite store for the API and search benchmarks.

    python bench/make_api_store.py --target 100000 --base 3000 --db bench/out/api_store.db

1. ``--base`` articles are drawn (seeded) from the SaudiNewsNet dumps in
   ``../shared/data/corpus/saudinewsnet/*.zip`` (read at run time, never copied) and run
   through the real front door: ``marsad.extract.extract`` then ``marsad.load()`` (the
   configured pipeline: sentences, timex, NER, linking, events, quotes), in ``--workers``
   processes. If the shipped NER model is missing (the CRF is trained separately), the
   pipeline is rebuilt with ``entities.use_crf = false`` and the run says so.
2. Synthetic variants fill the store up to ``--target``: each reuses one analysed base
   article with a new id and URL, a publication date moved to a seeded day in
   2014-08-01 .. 2016-07-31 (two years), every event and time-expression date moved by
   the same number of days, and one line appended to the text (so the content hash
   differs; offsets of mentions, events and quotes stay valid).
3. Everything is written through the store's public API, ``marsad.open_store(url).save``,
   in batches of ``--batch`` articles (one transaction each), so events, participants,
   mentions and quotes land in their tables exactly as an ingest would put them.

Memory stays bounded by the base set plus one batch. Output: a JSON line with the row
counts, seconds and database size. Nothing from the corpus is written outside ``--db``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from corpus import CORPUS, records
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

ROOT = Path(__file__).resolve().parents[1]
SPREAD_START = date(2014, 8, 1)
SPREAD_DAYS = 731  # 2014-08-01 .. 2016-07-31

console = Console(stderr=True)


# -- the corpus -------------------------------------------------------------------------
def load_corpus(corpus: Path) -> list[dict[str, Any]]:
    return records(0, corpus)


# -- analysis (worker processes) --------------------------------------------------------
_worker: dict[str, Any] = {}


def build_pipeline(use_crf: bool | None) -> tuple[Any, bool]:
    """The configured pipeline; without the CRF when asked or when its model is missing."""
    import marsad
    from marsad.settings import load_settings

    settings = load_settings()
    if use_crf is None:  # auto: probe the configured pipeline on one sentence
        pipeline = marsad.load(settings)
        probe = marsad.Article(id="probe", text="زار وزير الخارجية السعودي القاهرة أمس.")
        if not pipeline(probe).error:
            return pipeline, settings.entities.use_crf
        use_crf = False
    entities = dataclasses.replace(settings.entities, use_crf=use_crf)
    return marsad.load(dataclasses.replace(settings, entities=entities)), use_crf


def init_worker(use_crf: bool | None) -> None:
    import logging

    logging.disable(logging.WARNING)  # per-article component warnings would flood the bar
    _worker["pipeline"], _worker["use_crf"] = build_pipeline(use_crf)


def analyse(rows: Sequence[dict[str, str]]) -> list[Any]:
    """Extract and analyse a chunk of dump rows; the search form travels in ``meta``."""
    from marsad.extract import extract
    from marsad.store.textindex import index_text

    pipeline = _worker["pipeline"]
    articles = []
    for r in rows:
        try:
            articles.append(extract(r["content"], url=r["url"], title=r.get("title") or None,
                                    published=r.get("date_extracted") or None,
                                    source=r["url"], source_name=r.get("source") or None))
        except Exception:  # an unreadable row is left out, as an ingest would log it
            continue
    out = []
    for a in pipeline.pipe(articles):
        if a.error:
            continue
        meta = {**a.meta, "norm_text": index_text(a.text), "norm_title": index_text(a.title)}
        out.append(a.replace(meta=meta))
    return out


# -- synthetic variants -----------------------------------------------------------------
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def shift_value(value: str | None, days: int) -> str | None:
    """Move an ISO date value (day, day+time, month, ISO week) by ``days``; other values
    (years, durations, Hijri leftovers) stay as they are."""
    if not value or not days:
        return value
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=days)
            return d.isoformat() + value[10:]
        if m := _MONTH.match(value):
            d = date(int(m[1]), int(m[2]), 15) + timedelta(days=days)
            return f"{d.year:04d}-{d.month:02d}"
        if m := _WEEK.match(value):
            d = date.fromisocalendar(int(m[1]), int(m[2]), 1) + timedelta(days=days)
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}"
    except ValueError:
        return value
    return value


def variant(base: Any, i: int, rng: random.Random) -> Any:
    """Base article ``base`` as synthetic article number ``i``."""
    from marsad.models import article_id
    from marsad.store.textindex import index_text

    day = SPREAD_START + timedelta(days=rng.randrange(SPREAD_DAYS))
    published = base.published or datetime(2015, 7, 27, 12, tzinfo=UTC)
    days = (day - published.date()).days
    url = f"https://synthetic.example/{base.source or 'outlet'}/{i}"
    # written for this benchmark: a dated archive line, as outlets append to re-posts
    suffix = f"\n\nأعيد نشر هذا الخبر في الأرشيف برقم {i}."
    events = tuple(
        dataclasses.replace(e, date=shift_value(e.date, days)) for e in base.events
    )
    timexes = tuple(
        dataclasses.replace(t, value=shift_value(t.value, days)) for t in base.timexes
    )
    meta = {**base.meta, "synthetic_of": base.id,
            "norm_text": f"{base.meta['norm_text']} {index_text(suffix)}"}
    return base.replace(
        id=article_id(url), url=url, text=base.text + suffix,
        published=published + timedelta(days=days), events=events, timexes=timexes,
        meta=meta,
    )


def batches(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- the run ----------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "api_store.db")
    ap.add_argument("--target", type=int, default=100_000, help="articles in the store")
    ap.add_argument("--base", type=int, default=3000, help="real articles analysed")
    ap.add_argument("--workers", type=int, default=2, help="analysis processes")
    ap.add_argument("--batch", type=int, default=1000, help="articles per save transaction")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    crf = ap.add_mutually_exclusive_group()
    crf.add_argument("--no-crf", dest="use_crf", action="store_false", default=None,
                     help="NER without the CRF model (default: auto, off if it is missing)")
    crf.add_argument("--crf", dest="use_crf", action="store_true")
    ap.add_argument("--force", action="store_true", help="replace an existing --db")
    args = ap.parse_args()

    import marsad

    rows = load_corpus(args.corpus)
    if not rows:
        sys.exit(f"no SaudiNewsNet dumps under {args.corpus}")
    if args.db.exists() and not args.force:
        sys.exit(f"{args.db} exists (use --force to rebuild it)")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    rng = random.Random(args.seed)
    picked = rng.sample(rows, min(args.base, len(rows)))
    del rows
    store = marsad.open_store(f"sqlite:///{args.db.resolve()}")
    t0 = time.perf_counter()
    totals = {"new": 0, "duplicates": 0, "events_new": 0, "events_merged": 0}

    def save(batch: list[Any]) -> None:
        r = store.save(batch, pipeline_version="bench-api")
        totals["new"] += r.new
        totals["duplicates"] += r.duplicates
        totals["events_new"] += r.events_new
        totals["events_merged"] += r.events_merged

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    bases: list[Any] = []
    # under nohup (no terminal) the bar cannot redraw: log a line every tenth of the way
    plain = not console.is_terminal

    def advance(progress: Progress, task: Any, n: int) -> None:
        progress.advance(task, n)
        t = next(x for x in progress.tasks if x.id == task)
        step = max(1, int(t.total or 1) // 10)
        if plain and (t.completed // step != (t.completed - n) // step):
            console.log(f"{t.description}: {t.completed:.0f}/{t.total:.0f}")

    with Progress(*columns, console=console, disable=plain) as progress:
        task = progress.add_task("analyse base articles", total=len(picked))
        chunks = [picked[i : i + 25] for i in range(0, len(picked), 25)]
        with Pool(args.workers, initializer=init_worker, initargs=(args.use_crf,)) as pool:
            for chunk, done in zip(chunks, pool.imap(analyse, chunks), strict=True):
                bases.extend(done)
                advance(progress, task, len(chunk))
        t_analyse = time.perf_counter() - t0
        init_worker(args.use_crf)  # the same choice the workers made, to report it
        use_crf = _worker["use_crf"]
        console.print(f"analysed {len(bases)} of {len(picked)} in {t_analyse:.0f}s "
                      f"(NER CRF {'on' if use_crf else 'off'})")
        task = progress.add_task("save", total=args.target)
        for batch in batches(iter(bases), args.batch):
            save(batch)
            advance(progress, task, len(batch))
        # the dumps repeat some articles across days: count what was stored, not read
        made = (variant(bases[i % len(bases)], i, rng)
                for i in range(max(0, args.target - totals["new"])))
        for batch in batches(made, args.batch):
            save(batch)
            advance(progress, task, len(batch))
    store.vacuum()  # type: ignore[attr-defined]
    counts = store.counts()
    store.close()
    print(json.dumps({
        "db": str(args.db), "base_analysed": len(bases), "ner_crf": use_crf,
        "analyse_s": round(t_analyse), "seconds": round(time.perf_counter() - t0),
        "db_mb": round(args.db.stat().st_size / 1e6), **totals, "counts": counts,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
