#!/usr/bin/env python3
"""Extraction speed (and body F1) on SaudiNewsNet articles wrapped in page chrome, 2 cores.

    python bench/bench_extraction.py              # 1,000 articles, 2 worker processes
    python bench/bench_extraction.py -n 300 -j 1

Each article from ../shared/data/corpus/saudinewsnet/ is wrapped by ``wrap_pages.py`` into
an HTML page (one of three theme layouts) and a text dump (category strip, share row,
"اقرأ أيضاً", tags, related posts, comment form). Then, side by side on the same pages:

- ``marsad html``        ``marsad.extract.extract(html)`` (trafilatura + our fixes)
- ``trafilatura html``   plain ``trafilatura.extract(html)``
- ``marsad dump clean``  the text-dump cleaner alone (``marsad.extract.clean_text``)
- ``marsad dump extract`` the full ``extract(dump)`` (sniff, metadata, Article)

Reported: pages/s over the pool (wall clock), ms per page per core, and body F1 against the
article text the page was built from. Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wrap_pages import CORPUS, Wrapped, read_articles, wrap


def _marsad_html(w: Wrapped) -> str:
    from marsad.extract import extract

    return extract(w.html).text


def _trafilatura_html(w: Wrapped) -> str:
    import trafilatura

    return trafilatura.extract(w.html) or ""


def _dump_clean(w: Wrapped) -> str:
    from marsad.extract import clean_text

    return clean_text(w.dump).body


def _dump_extract(w: Wrapped) -> str:
    from marsad.extract import extract

    return extract(w.dump).text


SYSTEMS: dict[str, Callable[[Wrapped], str]] = {
    "marsad html": _marsad_html,
    "trafilatura html": _trafilatura_html,
    "marsad dump clean": _dump_clean,
    "marsad dump extract": _dump_extract,
}


def _work(args: tuple[str, list[Wrapped]]) -> tuple[float, list[float]]:
    """Run one system over a chunk; return CPU seconds spent and per-page F1."""
    import logging

    from marsad.eval.extraction import score_body

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    name, chunk = args
    fn = SYSTEMS[name]
    fn(chunk[0])  # warm up imports and compiled tables outside the clock
    t0 = time.process_time()
    bodies = [fn(w) for w in chunk]
    spent = time.process_time() - t0
    return spent, [score_body(b, w.body).f1 for b, w in zip(bodies, chunk, strict=True)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=1000)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--only", choices=sorted(SYSTEMS), action="append")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is absent: the bench needs ../shared/data")
    pages = [wrap(a) for a in read_articles(limit=args.articles)]
    size = sum(len(p.html.encode()) for p in pages) / len(pages) / 1024
    dsize = sum(len(p.dump.encode()) for p in pages) / len(pages) / 1024
    print(f"{len(pages)} articles; HTML pages {size:.1f} KiB, text dumps {dsize:.1f} KiB on "
          f"average; {args.jobs} worker process(es)")
    chunks = [pages[i :: args.jobs] for i in range(args.jobs)]
    print(f"{'system':22} {'pages/s':>9} {'ms/page/core':>13} {'body F1':>8}")
    with get_context("spawn").Pool(args.jobs) as pool:
        for name in args.only or SYSTEMS:
            t0 = time.perf_counter()
            results = pool.map(_work, [(name, c) for c in chunks])
            wall = time.perf_counter() - t0
            cpu = sum(r[0] for r in results)
            f1 = [f for r in results for f in r[1]]
            # wall time includes the warm-up call per worker: rate from CPU time per core
            rate = len(pages) / (cpu / args.jobs)
            print(f"{name:22} {rate:9.1f} {1000 * cpu / len(pages):13.3f} {mean(f1):8.3f}"
                  f"   (wall {wall:.1f} s)")


if __name__ == "__main__":
    main()
