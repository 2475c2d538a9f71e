"""The REST API under ``/api``: read-only over the store, plus a token-guarded ingest.

Responses are plain JSON built from the store's records; errors are
``{"error": ..., "detail": ...}`` with a 4xx status (see :mod:`marsad.server.app`).
"""

from __future__ import annotations

import dataclasses
import hmac
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from marsad.models import to_dict
from marsad.server.app import store_for
from marsad.server.exports import MEDIA_TYPES, export_rows
from marsad.server.params import Filters, Pages
from marsad.server.security import UnsafeURLError

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])



def _plain(record: Any) -> Any:
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return to_dict(record)
    return record


def _page(page: Any) -> dict[str, Any]:
    return {
        "items": [_plain(x) for x in page.items],
        "total": page.total,
        "limit": page.limit,
        "offset": page.offset,
    }


@router.get("/articles", summary="List articles, newest first")
def list_articles(request: Request, filters: Filters, pages: Pages) -> dict[str, Any]:
    page = store_for(request).list_articles(filters, limit=pages.limit, offset=pages.offset)
    return _page(page)


@router.get("/articles/{article_id}", summary="One article with mentions, events and quotes")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    store = store_for(request)
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    out: dict[str, Any] = to_dict(article)
    out["related"] = [to_dict(r) for r in store.related_articles(article_id, limit=10)]
    return out


@router.get("/entities", summary="Find entities by name (Arabic or English)")
def search_entities(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    found = store_for(request).search_entities(q, limit=limit)
    return {"items": [{**to_dict(e), "mentions": n} for e, n in found]}


@router.get("/entities/{entity_id}", summary="An entity with its timeline and counterparts")
def get_entity(
    request: Request, entity_id: str, filters: Filters, pages: Pages
) -> dict[str, Any]:
    store = store_for(request)
    entity = store.get_entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    timeline = store.list_events(
        filters, involving=entity_id, limit=pages.limit, offset=pages.offset
    )
    return {
        "entity": to_dict(entity),
        "timeline": _page(timeline),
        "counterparts": store.counterparts(entity_id, limit=20),
    }


@router.get("/events", summary="Events, filtered and paginated")
def list_events(
    request: Request,
    filters: Filters,
    pages: Pages,
    sources: Annotated[bool, Query(description="include the reporting articles")] = False,
) -> dict[str, Any]:
    page = store_for(request).list_events(
        filters, limit=pages.limit, offset=pages.offset, with_sources=sources
    )
    return _page(page)


@router.get("/events/{event_id}", summary="One event with every article that reports it")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    event = store_for(request).get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return to_dict(event)  # type: ignore[no-any-return]


@router.get("/search", summary="Arabic-aware full-text search with filters")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="the query")],
    filters: Filters,
    pages: Pages,
) -> dict[str, Any]:
    return _page(store_for(request).search(q, filters, limit=pages.limit, offset=pages.offset))


@router.get("/clusters", summary="Story clusters (or near-duplicate groups)")
def list_clusters(
    request: Request,
    pages: Pages,
    kind: Literal["story", "dup"] = "story",
    min_size: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> dict[str, Any]:
    page = store_for(request).list_clusters(
        kind, min_size=min_size, limit=pages.limit, offset=pages.offset
    )
    return _page(page)


@router.get("/clusters/{cluster_id}", summary="A story: its articles, outlets and events")
def get_cluster(request: Request, cluster_id: str) -> dict[str, Any]:
    cluster = store_for(request).get_cluster(cluster_id)
    if cluster is None:
        raise HTTPException(404, f"no cluster {cluster_id!r}")
    return {k: _plain(v) if not isinstance(v, list) else [_plain(x) for x in v]
            for k, v in cluster.items()}


@router.get("/stats", summary="Event counts over time by category, quad class or dyad")
def stats(
    request: Request,
    filters: Filters,
    by: Literal["category", "quad", "status", "country", "actor", "dyad"] = "quad",
    interval: Literal["day", "month", "year"] = "day",
    all_statuses: Annotated[
        bool, Query(description="count negated/future/... events too")
    ] = False,
) -> dict[str, Any]:
    rows = store_for(request).stats(
        by, interval=interval, filters=filters, happened_only=not all_statuses
    )
    return {"by": by, "interval": interval, "rows": rows}


@router.get("/counts", summary="How much the store holds")
def counts(request: Request) -> dict[str, int]:
    return store_for(request).counts()


@router.get(
    "/export/{what}.{fmt}",
    summary="Download events, articles or entities as CSV, JSONL or Parquet",
    response_class=Response,
)
def export(
    request: Request,
    what: Literal["events", "articles", "entities"],
    fmt: Literal["csv", "jsonl", "parquet"],
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=1_000_000)] = 100_000,
) -> Response:
    # the body is streamed from another thread: it reads through a connection of its own
    chunks = export_rows(store_for(request).url, what, fmt, filters, limit=limit)
    headers = {"content-disposition": f'attachment; filename="marsad-{what}.{fmt}"'}
    return StreamingResponse(chunks, media_type=MEDIA_TYPES[fmt], headers=headers)


class IngestRequest(BaseModel):
    text: str | None = Field(None, description="plain text or a text dump of a page")
    html: str | None = Field(None, description="an HTML page")
    url: str | None = Field(None, description="the page's URL; fetched when no text/html")
    title: str | None = None
    published: str | None = Field(None, description="ISO date or datetime")
    source: str | None = Field(None, description="the outlet")


@router.post("/ingest", summary="Analyse and store one page (needs the ingest token)")
def ingest(
    request: Request,
    item: Annotated[IngestRequest, Body()],
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    token = request.app.state.settings.server.ingest_token
    if not token:
        raise HTTPException(403, "ingest is disabled: set server.ingest_token to enable it")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid bearer token is required")
    raw: str | bytes | None = item.html or item.text
    if raw is None:
        if not item.url:
            raise HTTPException(422, "give text, html or url")
        from marsad.errors import FetchError
        from marsad.server.ingest_one import fetch_public

        try:
            raw = fetch_public(item.url, request.app.state.settings, request.app.state.resolver)
        except UnsafeURLError as e:
            raise HTTPException(422, str(e)) from None
        except FetchError as e:
            raise HTTPException(422, f"cannot fetch: {e}") from None
    from marsad.server.ingest_one import ingest_page

    return ingest_page(
        store_for(request), raw, url=item.url, title=item.title, published=item.published,
        source=item.source,
    )
