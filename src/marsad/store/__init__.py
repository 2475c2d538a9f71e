"""Stores: SQLite (default) and PostgreSQL, selected by URL.

    store = marsad.open_store("sqlite:///marsad.db")
    store = marsad.open_store("postgresql://user@host/db?schema=marsad")

Backends register in :data:`marsad.registry.stores` under their URL scheme.
"""

from __future__ import annotations

from typing import Any

from marsad.errors import ConfigError
from marsad.registry import stores
from marsad.store.base import Store
from marsad.store.records import (
    ArticleSummary,
    ClusterRecord,
    EventFilter,
    EventSource,
    Page,
    SaveResult,
    SearchHit,
    StoredEvent,
)

__all__ = [
    "ArticleSummary",
    "ClusterRecord",
    "EventFilter",
    "EventSource",
    "Page",
    "SaveResult",
    "SearchHit",
    "Store",
    "StoredEvent",
    "open_store",
]


@stores.register("sqlite")
def _sqlite(url: str, **options: Any) -> Store:
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(url, **options)


@stores.register("postgresql")
def _postgres(url: str, **options: Any) -> Store:
    from marsad.store.postgres import PostgresStore

    return PostgresStore(url, **options)


stores.register("postgres")(_postgres)


def open_store(url: str = "sqlite:///marsad.db", **options: Any) -> Store:
    """Open (creating and migrating) the store at ``url``; a bare path means SQLite."""
    scheme, sep, _ = url.partition("://")
    if not sep:
        url, scheme = "sqlite:///" + url, "sqlite"
    scheme = scheme.split("+")[0]
    if scheme not in stores:
        raise ConfigError(f"no store backend for {scheme!r} URLs ({url})")
    store: Store = stores.get(scheme)(url, **options)
    return store
