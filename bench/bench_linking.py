#!/usr/bin/env python3
"""Linking and quote-finding speed on real news: SaudiNewsNet articles, one core.

    python bench/bench_linking.py            # 1,000 articles
    python bench/bench_linking.py -n 300 --no-crf

Recognises the articles first (``sentences.rules.v1 → ner.default.v1``, not timed),
then times ``link.kb.v1`` and ``quotes.rules.v1`` alone over the same articles and
prints tokens per second of process CPU time for each (tokens as
``marsad.arabic.tokenize`` counts them), so a busy machine does not skew the figure.
Reads ../shared/data/corpus/saudinewsnet/*.zip at run time (never copied).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from itertools import islice

from corpus import CORPUS, iter_records

from marsad.arabic import tokenize
from marsad.models import Article
from marsad.pipeline import Pipeline
from marsad.registry import components
from marsad.settings import load_settings

# The dumps are from July-August 2015; roles are resolved at that date.
PUBLISHED = datetime(2015, 8, 1, tzinfo=UTC)


def articles(limit: int) -> list[Article]:
    return [
        Article(id=f"{stem}-{i}", text=rec["content"].strip(), published=PUBLISHED)
        for stem, i, rec in islice(iter_records(), limit)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles")
    ap.add_argument("--no-crf", action="store_true", help="recognise without the CRF model")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is shown")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    docs = articles(args.n)
    settings = load_settings()
    if args.no_crf:
        settings = settings.replace("entities", use_crf=False)
    recognise = Pipeline.from_settings(
        settings, components=["sentences.rules.v1", "ner.default.v1"], on_error="raise"
    )
    recognised = list(recognise.pipe(docs))
    tokens = sum(len(tokenize(a.text)) for a in docs)
    t0 = time.perf_counter()
    linker = components.get("link.kb.v1")(settings)
    linker.pipe(recognised[:1])  # KB load and index build
    setup = time.perf_counter() - t0
    quoter = components.get("quotes.rules.v1")(settings)
    for name, comp, inputs in (("link.kb.v1", linker, recognised),
                               ("quotes.rules.v1", quoter, linker.pipe(recognised))):
        best = wall = float("inf")
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            comp.pipe(inputs)
            best = min(best, time.process_time() - c0)
            wall = min(wall, time.perf_counter() - t0)
        # CPU time of this process: tokens/s per core even on a busy machine
        print(f"{name:16s} {len(docs)} articles, {tokens} tokens: {best:.2f} s CPU "
              f"({wall:.2f} s wall), {tokens / best:,.0f} tokens/s/core, "
              f"{len(docs) / best:,.0f} articles/s/core")
    print(f"linker setup (KB load + indexes): {setup:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
