#!/usr/bin/env python3
"""Full-pipeline speed (extraction through events) on SaudiNewsNet, 1 core and N processes.

    python bench/bench_events.py                  # 500 articles, 1 and 2 processes
    python bench/bench_events.py -n 1000 -p 1 2   # process counts to try
    MARSAD_ENTITIES__USE_CRF=false python bench/bench_events.py   # gazetteer NER only

Reads the zipped JSON dumps in ../shared/data/corpus/saudinewsnet/ at run time (never
copied into the repo). Each article goes through ``marsad.extract.extract`` (the text-dump
cleaner) and the default pipeline (sentences → timex → ner → link → events → quotes).
Setup (KB, gazetteer, models) is timed apart, per process. Also prints the time the event
coder alone takes on the already-analysed articles.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
from typing import Any

from corpus import CORPUS, records

_NLP: Any = None


def _init() -> None:
    global _NLP
    import marsad
    from marsad.models import Article

    _NLP = marsad.load()
    _NLP(Article(id="warm", text="وصل الرئيس السوري بشار الأسد إلى موسكو أمس."))


def _pid(_: int) -> int:
    import os

    time.sleep(0.2)
    return os.getpid()


def _run(batch: list[dict[str, Any]]) -> tuple[int, int, int]:
    from marsad.extract import extract

    n_events = errors = 0
    for rec in batch:
        article = extract(rec["content"], url=rec.get("url"), title=rec.get("title"),
                          source=rec.get("source"))
        done = _NLP(article)
        n_events += len(done.events)
        errors += bool(done.error)
    return len(batch), n_events, errors


def bench(recs: list[dict[str, Any]], processes: int) -> dict[str, Any]:
    chunks = [recs[i : i + 25] for i in range(0, len(recs), 25)]
    t0 = time.perf_counter()
    cpu = 0.0
    if processes == 1:
        _init()
        setup = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        results = [_run(c) for c in chunks]
        # this process's CPU time: the fair per-core figure on a shared machine
        cpu = time.process_time() - c0
    else:
        with mp.get_context("fork").Pool(processes, initializer=_init) as pool:
            # wait until every worker has loaded the pipeline (KB, models)
            while len(set(pool.map(_pid, range(processes * 2), chunksize=1))) < processes:
                pass
            setup = time.perf_counter() - t0
            t0 = time.perf_counter()
            results = pool.map(_run, chunks)
    run = time.perf_counter() - t0
    n = sum(r[0] for r in results)
    return {"processes": processes, "articles": n, "events": sum(r[1] for r in results),
            "errors": sum(r[2] for r in results), "setup_s": round(setup, 2),
            "run_s": round(run, 2), "articles_per_s": round(n / run, 1),
            "per_core": round(n / run / processes, 1),
            "per_cpu_s": round(n / cpu, 1) if cpu else None}


def coder_only(recs: list[dict[str, Any]]) -> float:
    """Articles/s of events.rules.v1 alone, on articles analysed up to the linker."""
    import marsad
    from marsad.events.component import make_event_coder
    from marsad.extract import extract
    from marsad.settings import load_settings

    settings = load_settings()
    names = [n for n in settings.pipeline.components if not n.startswith(("events", "quotes"))]
    pre = marsad.load(settings, components=names)
    docs = [pre(extract(r["content"], title=r.get("title"))) for r in recs]
    coder = make_event_coder(settings)
    t0 = time.perf_counter()
    for d in docs:
        coder(d)
    return len(docs) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500, help="articles to run")
    ap.add_argument("-p", type=int, nargs="+", default=[1, 2], help="process counts")
    ap.add_argument("--json", action="store_true", help="print JSON lines")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    recs = records(args.n)
    for p in args.p:
        r = bench(recs, p)
        if args.json:
            print(json.dumps(r))
        else:
            print(f"{p} process(es): {r['articles']} articles in {r['run_s']} s = "
                  f"{r['articles_per_s']} articles/s ({r['per_core']}/core); setup "
                  f"{r['setup_s']} s; {r['events']} events; {r['errors']} errors"
                  + (f"; {r['per_cpu_s']} articles per CPU-second" if r["per_cpu_s"] else ""))
    rate = coder_only(recs[: min(len(recs), 300)])
    print(f"events.rules.v1 alone: {rate:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
