"""Benchmark: search latency on a large store (build it with make_synthetic_store.py).

    python bench/make_synthetic_store.py --target 105000 --db /tmp/marsad_search.db
    python bench/bench_search.py --db sqlite:////tmp/marsad_search.db

Each query (one-word, two-word, phrase, rare, with outlet / date filters) runs
``--repeat`` times through ``Store.search`` (ranked page of 20 with the total count and
snippets, i.e. what the CLI and the API do); prints median, p95 and max in ms, as
wall time and as CPU time of this process (the figure that does not depend on what
else the machine is running).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

from marsad.store import EventFilter, open_store

# queries written for this benchmark: common news vocabulary of Gulf outlets
WORDS = [
    "الأمير", "الرياض", "وزير الخارجية", "النفط", "السوق المالية", "اليمن", "الحوثيين",
    "مجلس الوزراء", "كرة القدم", "الهلال", "التعليم", "وزارة الصحة", "حادث مروري", "الأمطار",
    "خادم الحرمين", "المملكة", "الاقتصاد", "الإرهاب", "داعش", "سوريا", "إيران", "الاتفاق النووي",
    "رمضان", "الحج", "جدة", "الطلاب", "المستشفى", "الشرطة", "البطولة", "العقار", "الأسهم",
    "الكهرباء", "المياه", "الجامعة", "بالرياض", "للمملكة", "والاقتصاد", "أردوغان", "مصر",
    "العراق",
]
PHRASES = ['"خادم الحرمين الشريفين"', '"مجلس الوزراء"', '"وزارة الداخلية"', '"سوق الأسهم"']


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="sqlite:////tmp/marsad_search.db")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    store = open_store(args.db)
    n_articles = store.counts()["articles"]
    outlets = ["alriyadh", "okaz", "aawsat"]
    cases: list[tuple[str, str, EventFilter]] = []
    for q in WORDS:
        cases.append(("text", q, EventFilter()))
    for q in PHRASES:
        cases.append(("phrase", q, EventFilter()))
    for i, q in enumerate(WORDS[:20]):
        cases.append(("outlet", q, EventFilter(outlet=outlets[i % 3])))
        cases.append(("dates", q, EventFilter(date_from="2015-06-01", date_to="2015-09-30")))
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    totals = []
    for _ in range(args.repeat):
        for kind, q, f in cases:
            t0, c0 = time.perf_counter(), time.process_time()
            page = store.search(q, f, limit=20)
            ms = (time.perf_counter() - t0) * 1000
            cpu_ms = (time.process_time() - c0) * 1000
            cpu.setdefault(kind, []).append(cpu_ms)
            cpu.setdefault("all", []).append(cpu_ms)
            times.setdefault(kind, []).append(ms)
            times.setdefault("all", []).append(ms)
            totals.append(page.total)
    store.close()

    def summary(xs: list[float]) -> dict[str, float]:
        xs = sorted(xs)
        return {"n": len(xs), "median_ms": round(statistics.median(xs), 1),
                "p95_ms": round(xs[int(0.95 * (len(xs) - 1))], 1), "max_ms": round(xs[-1], 1)}

    print(json.dumps({
        "store": args.db, "articles": n_articles, "queries": len(cases),
        "repeat": args.repeat, "median_hits": statistics.median(totals),
        "max_hits": max(totals), "load_average_1min": round(os.getloadavg()[0], 1),
        "wall": {k: summary(v) for k, v in times.items()},
        "cpu": {k: summary(v) for k, v in cpu.items()},
    }, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
