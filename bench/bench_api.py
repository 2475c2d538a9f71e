"""API latency under load: p50/p95 for the event list and search endpoints.

Starts ``marsad serve`` on 127.0.0.1 over an existing store (build a large one with
``bench/make_synthetic_store.py``), then sends a bounded number of requests from a
few client threads and reports latency percentiles per endpoint.

    python bench/bench_api.py --db bench/out/synthetic.db --requests 400 --concurrency 4
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

QUERIES = ["الأسد", "موسكو", "أردوغان", "غارة", "مظاهرة", "وزير الخارجية", "الأمم المتحدة",
           "النفط", "الرياض", "طهران", "عقوبات", "اتفاق"]
EVENT_FILTERS = ["", "category=CONSULT", "quad=4", "country=SYR", "actor=SYR",
                 "date_from=2015-07-27&date_to=2015-08-02", "category=ASSAULT&country=YEM"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/counts", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(base: str, paths: list[str], concurrency: int) -> list[float]:
    def one(path: str) -> float:
        t0 = time.perf_counter()
        r = client.get(base + path)
        r.raise_for_status()
        return (time.perf_counter() - t0) * 1000

    with httpx.Client(timeout=30) as client, ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(one, paths))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, type=Path, help="SQLite store file")
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no such store")
    rng = random.Random(args.seed)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "marsad", "serve", "--db", f"sqlite:///{args.db}",
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_up(base, time.monotonic() + 60)
        counts = httpx.get(base + "/api/counts").json()
        results = {}
        plans = {
            "events": [f"/api/events?limit=50&{rng.choice(EVENT_FILTERS)}"
                       for _ in range(args.requests)],
            "search": [f"/api/search?limit=20&q={rng.choice(QUERIES)}"
                       for _ in range(args.requests)],
        }
        for name, paths in plans.items():
            run(base, paths[:20], args.concurrency)  # warm the page cache
            t0 = time.perf_counter()
            ms = run(base, paths, args.concurrency)
            wall = time.perf_counter() - t0
            results[name] = {
                "requests": len(ms),
                "p50_ms": round(statistics.median(ms), 1),
                "p95_ms": round(percentile(ms, 0.95), 1),
                "max_ms": round(max(ms), 1),
                "req_per_s": round(len(ms) / wall, 1),
            }
        print(json.dumps({"store": counts, "concurrency": args.concurrency, **results},
                         indent=2))
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
