"""The Store contract: what every backend (SQLite, PostgreSQL) provides.

``marsad.open_store(url)`` returns an object satisfying :class:`Store`. Writes go
through :meth:`Store.save` (one transaction per batch: a crash leaves whole batches
or nothing); reads cover what the API and dashboard need. docs/store.md documents
every method.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol, Self, runtime_checkable

from marsad.models import Article, Entity
from marsad.store.records import (
    ArticleSummary,
    ClusterRecord,
    EventFilter,
    Page,
    SaveResult,
    SearchHit,
    StoredEvent,
)

__all__ = ["Store"]


@runtime_checkable
class Store(Protocol):
    url: str
    dialect: str

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...
    def schema_version(self) -> int: ...

    # -- writing ---------------------------------------------------------------------
    def save(
        self,
        articles: Sequence[Article],
        *,
        clusters: Sequence[ClusterRecord] = (),
        failures: Sequence[tuple[str, str]] = (),
        duplicates: Sequence[tuple[str, str | None]] = (),
        dup_updates: Sequence[tuple[str, str]] = (),
        run_id: int | None = None,
        pipeline_version: str = "",
    ) -> SaveResult: ...
    def replace_analysis(self, articles: Sequence[Article], pipeline_version: str) -> int: ...
    def existing(
        self, hashes: Sequence[str], canonical_urls: Sequence[str]
    ) -> dict[str, str]: ...
    def seen_items(self, item_keys: Sequence[str]) -> set[str]: ...
    def start_run(self, sources: Sequence[str], pipeline_version: str) -> int: ...
    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None: ...
    def runs(self, limit: int = 20) -> list[dict[str, Any]]: ...

    # -- articles --------------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None: ...
    def list_articles(
        self, filters: EventFilter | None = None, *, limit: int = 50, offset: int = 0
    ) -> Page[ArticleSummary]: ...
    def iter_articles(
        self, filters: EventFilter | None = None, *, pipeline_version_not: str | None = None
    ) -> Iterator[Article]: ...
    def related_articles(self, article_id: str, limit: int = 10) -> list[ArticleSummary]: ...

    # -- search ----------------------------------------------------------------------
    def search(
        self, query: str, filters: EventFilter | None = None, *, limit: int = 20,
        offset: int = 0, mark: tuple[str, str] = ("[", "]")
    ) -> Page[SearchHit]: ...

    # -- entities --------------------------------------------------------------------
    def get_entity(self, entity_id: str) -> Entity | None: ...
    def search_entities(self, name: str, limit: int = 20) -> list[tuple[Entity, int]]: ...
    def counterparts(self, entity_id: str, limit: int = 20) -> list[dict[str, Any]]: ...
    def iter_entities(self) -> Iterator[Entity]: ...
    def quotes(self, speaker_id: str, limit: int = 20) -> list[dict[str, Any]]: ...

    # -- events ----------------------------------------------------------------------
    def list_events(
        self, filters: EventFilter | None = None, *, involving: str | None = None,
        limit: int = 50, offset: int = 0, with_sources: bool = False
    ) -> Page[StoredEvent]: ...
    def get_event(self, event_id: str) -> StoredEvent | None: ...
    def iter_events(self, filters: EventFilter | None = None) -> Iterator[StoredEvent]: ...

    # -- clusters --------------------------------------------------------------------
    def list_clusters(
        self, kind: str = "story", *, min_size: int = 1, date_from: str | None = None,
        date_to: str | None = None, limit: int = 50, offset: int = 0
    ) -> Page[ClusterRecord]: ...
    def get_cluster(self, cluster_id: str) -> dict[str, Any] | None: ...
    def recent_clusters(self, kind: str, since: str) -> list[ClusterRecord]: ...
    def recent_signatures(
        self, since: str
    ) -> list[tuple[str, str | None, str | None, bytes]]: ...
    def latest_day(self) -> str | None: ...
    def term_frequencies(self) -> tuple[int, dict[str, int]]: ...

    # -- statistics ------------------------------------------------------------------
    def counts(self) -> dict[str, int]: ...
    def stats(
        self, by: str = "category", *, interval: str = "day",
        filters: EventFilter | None = None, happened_only: bool = True
    ) -> list[dict[str, Any]]: ...
