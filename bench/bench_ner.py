#!/usr/bin/env python3
"""Recognition (+ linking) speed on real news: SaudiNewsNet articles, one core.

    python bench/bench_ner.py                 # 1,000 articles, default recogniser + linker
    python bench/bench_ner.py -n 300 --no-link

Reads the zipped JSON dumps in ../shared/data/corpus/saudinewsnet/ at run time (never
copied into the repo), runs ``sentences.rules.v1 → ner.default.v1 [→ link.kb.v1]`` in
this process and prints tokens per second (tokens as ``marsad.arabic.tokenize`` counts
them). Setup (KB load, gazetteer build, model load) is timed apart from the run; the
per-core figure divides by this process's CPU time (wall time is also printed).
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import islice

from corpus import CORPUS, iter_records

from marsad.arabic import tokenize
from marsad.models import Article
from marsad.pipeline import Pipeline
from marsad.registry import components
from marsad.settings import load_settings


def articles(limit: int) -> list[Article]:
    return [
        Article(id=f"{stem}-{i}", text=rec["content"].strip())
        for stem, i, rec in islice(iter_records(), limit)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="articles to run")
    ap.add_argument("--no-link", action="store_true", help="recognition only")
    ap.add_argument("--recognizer", default="ner.default.v1")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    docs = articles(args.n)
    n_tokens = sum(len(tokenize(a.text)) for a in docs)
    names = ["sentences.rules.v1", args.recognizer] + ([] if args.no_link else ["link.kb.v1"])
    settings = load_settings()
    t0 = time.perf_counter()
    built = [components.get(n)(settings) for n in names]
    pipe = Pipeline(built, on_error="raise")
    pipe(Article(id="warm", text="وصل الرئيس السوري بشار الأسد إلى موسكو."))  # loads KB, model
    setup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    out = list(pipe.pipe(docs))
    run, cpu = time.perf_counter() - t0, time.process_time() - c0
    n_mentions = sum(len(a.mentions) for a in out)
    linked = sum(1 for a in out for m in a.mentions if m.entity_id)
    print(f"pipeline      {' → '.join(names)}")
    print(f"articles      {len(out):,}   tokens {n_tokens:,}")
    print(f"setup         {setup:.2f} s (KB, gazetteer, CRF model)")
    print(f"run (wall)    {run:.2f} s   {n_tokens / run:,.0f} tokens/s")
    # CPU time of this one process: the per-core figure, fair on a busy machine
    print(f"run (CPU)     {cpu:.2f} s   {n_tokens / cpu:,.0f} tokens/s/core")
    print(f"mentions      {n_mentions:,} ({linked:,} with an entity id)")


if __name__ == "__main__":
    main()
