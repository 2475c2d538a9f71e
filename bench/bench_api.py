"""API latency under load: p50/p95 for the event list and search endpoints.

Starts ``marsad serve`` on 127.0.0.1 over an existing store (build an analysed one of
100,000 articles with ``bench/make_api_store.py``), then sends a bounded number of
requests from a few client threads and reports latency percentiles per endpoint, and per
query kind (each event filter, each search term), so a slow filter shows by name.

    python bench/make_api_store.py --target 100000 --db bench/out/api_store.db
    python bench/bench_api.py --db bench/out/api_store.db --requests 400 --concurrency 4
    python bench/bench_api.py --url http://127.0.0.1:8000 --requests 200   # a running server

Requests answered with an error status are counted (``errors``, with the first few
statuses and URLs), not timed; the server's own log goes to ``--server-log``.
"""

from __future__ import annotations

import argparse
import json
import os
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


def run(
    base: str, paths: list[str], concurrency: int, timeout: float = 60.0
) -> list[tuple[str, int, float]]:
    """(path, status, ms) for every request, in order."""

    def one(path: str) -> tuple[str, int, float]:
        t0 = time.perf_counter()
        try:
            status = client.get(base + path).status_code
        except httpx.HTTPError:
            status = 0  # timeout or connection error
        return path, status, (time.perf_counter() - t0) * 1000

    with httpx.Client(timeout=timeout) as client, ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(one, paths))


def summary(ms: list[float]) -> dict[str, float]:
    if not ms:
        return {"requests": 0}
    return {
        "requests": len(ms),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(percentile(ms, 0.95), 1),
        "max_ms": round(max(ms), 1),
    }


def kind_of(path: str) -> str:
    """The query part that varies: the event filter or the search term."""
    query = path.split("?", 1)[1].removeprefix("limit=50&").removeprefix("limit=20&")
    return query or "(no filter)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="SQLite store file (a server is started)")
    where.add_argument("--url", help="base URL of a running marsad server")
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="client timeout per request, s (a timed-out request is an error)")
    ap.add_argument("--event-filter", action="append", dest="event_filters", metavar="QUERY",
                    help="event filter to use instead of the built-in set (repeatable; "
                    "'' = no filter)")
    ap.add_argument("--server-log", type=Path, default=Path("/tmp/marsad_bench_api_server.log"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    event_filters = args.event_filters or EVENT_FILTERS
    server = None
    if args.url:
        base = args.url.rstrip("/")
    else:
        if not args.db.exists():
            raise SystemExit(f"{args.db}: no such store")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = args.server_log.open("wb")
        server = subprocess.Popen(
            [sys.executable, "-m", "marsad", "serve", "--db", f"sqlite:///{args.db.resolve()}",
             "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        wait_up(base, time.monotonic() + 120)
        counts = httpx.get(base + "/api/counts", timeout=120).json()
        results: dict[str, object] = {}
        plans = {
            "events": [f"/api/events?limit=50&{rng.choice(event_filters)}".rstrip("&")
                       for _ in range(args.requests)],
            "search": [f"/api/search?limit=20&q={rng.choice(QUERIES)}"
                       for _ in range(args.requests)],
        }
        for name, paths in plans.items():
            run(base, paths[:20], args.concurrency, args.timeout)  # warm the page cache
            t0 = time.perf_counter()
            done = run(base, paths, args.concurrency, args.timeout)
            wall = time.perf_counter() - t0
            ok = [ms for _, status, ms in done if status == 200]
            failed = [(status, path) for path, status, _ in done if status != 200]
            by_kind: dict[str, list[float]] = {}
            for path, status, ms in done:
                if status == 200:
                    by_kind.setdefault(kind_of(path), []).append(ms)
            results[name] = {
                **summary(ok),
                "req_per_s": round(len(done) / wall, 1),
                "errors": len(failed),
                "first_errors": failed[:3],
                "by_query": {k: summary(v) for k, v in sorted(by_kind.items())},
            }
        # other work on the machine inflates wall-clock latency: say how busy it was
        load = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps({"store": counts, "concurrency": args.concurrency,
                          "cpus": os.cpu_count(), "load_average_1_5_15": load, **results},
                         ensure_ascii=False, indent=2))
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:  # stuck in a long query: do not leave it behind
                server.kill()
                server.wait()


if __name__ == "__main__":
    main()
