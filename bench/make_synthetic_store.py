"""Build a large SQLite store for the search benchmark: the SaudiNewsNet dumps plus
synthetic variants (sentences of two articles of one outlet spliced, dates spread over
two years), until ``--target`` articles.

    python bench/make_synthetic_store.py --target 100000 --db /tmp/marsad_search.db

No analysis runs (search does not need it); the search form is computed in worker
processes. Nothing from the corpus is written outside the database you name.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from corpus import CORPUS, records

ROOT = Path(__file__).resolve().parents[1]


def load_corpus() -> list[dict[str, Any]]:
    return records()


def sentences(text: str) -> list[str]:
    from marsad.arabic import split_sentences

    return [text[a:b] for a, b in split_sentences(text)]


def make_variant(rng: random.Random, a: dict[str, str], b: dict[str, str], i: int
                 ) -> dict[str, str]:
    sa, sb = sentences(a["content"]), sentences(b["content"])
    cut_a, cut_b = max(1, len(sa) // 2), len(sb) // 2
    text = " ".join(sa[:cut_a] + sb[cut_b:])
    day = datetime(2015, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(730),
                                                       minutes=rng.randrange(1440))
    return {"id": f"syn{i:07d}", "url": f"https://synthetic.example/{a['source']}/{i}",
            "source": a["source"], "title": a["title"] if rng.random() < 0.5 else b["title"],
            "text": text, "published": day.isoformat()}


def prepare(row: dict[str, str]) -> dict[str, str]:
    from marsad.store.textindex import index_text

    row["norm_text"] = index_text(row["text"])
    row["norm_title"] = index_text(row["title"])
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/marsad_search.db")
    ap.add_argument("--target", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    corpus = load_corpus()
    if not corpus:
        sys.exit(f"no corpus at {CORPUS}")
    from marsad.models import Article
    from marsad.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    rng = random.Random(7)
    by_source: dict[str, list[dict[str, str]]] = {}
    for a in corpus:
        by_source.setdefault(a["source"], []).append(a)

    def rows():  # type: ignore[no-untyped-def]
        for i, a in enumerate(corpus):
            yield {"id": f"real{i:06d}", "url": a["url"], "source": a["source"],
                   "title": a["title"], "text": a["content"],
                   "published": a["date_extracted"].replace(" ", "T") + "+00:00"}
        for i in range(args.target - len(corpus)):
            a = rng.choice(corpus)
            b = rng.choice(by_source[a["source"]])
            yield make_variant(rng, a, b, i)

    store = open_store(f"sqlite:///{args.db}")
    t0 = time.perf_counter()
    batch: list[Article] = []
    done = 0
    with Pool(args.workers) as pool:
        for row in pool.imap(prepare, rows(), chunksize=64):
            aid = hashlib.sha1(row["id"].encode()).hexdigest()[:16]
            batch.append(Article(
                id=aid, text=row["text"], title=row["title"], url=row["url"],
                source=row["source"], published=datetime.fromisoformat(row["published"]),
                meta={"norm_text": row["norm_text"], "norm_title": row["norm_title"]},
            ))
            if len(batch) >= 2000:
                done += store.save(batch).new
                batch = []
                print(f"{done} articles, {time.perf_counter() - t0:.0f}s", flush=True)
        if batch:
            done += store.save(batch).new
    store.vacuum()  # type: ignore[attr-defined]
    store.close()
    size = Path(args.db).stat().st_size / 1e6
    print(json.dumps({"articles": done, "seconds": round(time.perf_counter() - t0),
                      "db_mb": round(size)}))


if __name__ == "__main__":
    main()
