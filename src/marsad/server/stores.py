"""One store connection per server thread.

The server answers requests on a pool of threads; a SQLite or psycopg connection must not
be used by two of them at once (transactions interleave, cursors are shared). Each thread
opens its own connection to the same URL on first use; SQLite in WAL mode lets them read
side by side.
"""

from __future__ import annotations

import threading

from marsad.store import open_store
from marsad.store.base import Store

__all__ = ["ThreadStores"]


class ThreadStores:
    def __init__(self, first: Store) -> None:
        self.url = first.url
        self._local = threading.local()
        self._local.store = first
        self._opened: list[Store] = [first]
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()
