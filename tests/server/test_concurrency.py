"""Many clients at once: each server thread reads through its own connection."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

PATHS = [
    "/api/events?category=CONSULT", "/api/search?q=الأسد", "/api/stats?by=quad",
    "/api/articles", "/api/entities/Q44329", "/api/clusters/story-moscow", "/",
    "/api/export/events.csv", "/events?country=TUR",
]


def test_parallel_requests_all_succeed(live_url: str) -> None:
    def fetch(path: str) -> tuple[str, int, int]:
        r = client.get(live_url + path)
        return path, r.status_code, len(r.content)

    with httpx.Client(timeout=30) as client, ThreadPoolExecutor(8) as pool:
        results = list(pool.map(fetch, PATHS * 12))
    failures = [(p, s) for p, s, _ in results if s != 200]
    assert failures == []
    sizes: dict[str, set[int]] = {}
    for path, _, size in results:
        sizes.setdefault(path, set()).add(size)
    # the same request always gets the same answer, whatever thread served it
    assert all(len(v) == 1 for v in sizes.values()), sizes
