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


def test_each_thread_gets_its_own_connection(store_path: object) -> None:
    import threading

    from marsad.server.stores import ThreadStores
    from marsad.store import open_store

    first = open_store(f"sqlite:///{store_path}")
    stores = ThreadStores(first)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(stores.get())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert stores.get() is first and stores.get() is stores.get()
    assert len({id(s) for s in seen}) == 3 and first not in seen
    assert all(s.counts()["articles"] == 4 for s in seen)  # type: ignore[attr-defined]
    stores.close()
