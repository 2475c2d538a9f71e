"""The dashboard: server-rendered pages (Jinja2, autoescaped) over the same store.

Overview, search, article, actor, dyad, story and event-table pages. Charts are plotly
figure specs embedded as JSON data blocks and drawn by ``static/app.js``; no inline
script runs, so the Content-Security-Policy can forbid it.
"""

from __future__ import annotations

from datetime import date, timedelta
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from marsad.server import charts
from marsad.server.app import store_for
from marsad.server.labels import CATEGORY_AR, QUAD, STATUS, category_label, entity_label
from marsad.server.params import CATEGORIES, STATUSES, Filters, Pages
from marsad.server.queries import code_label, roles_of, top_actors, top_dyads
from marsad.server.text import MARK, highlight_snippet, mention_segments
from marsad.store.records import EventFilter

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False)
CHART_DAYS = 90
templates = Jinja2Templates(directory=str(resources.files("marsad.server") / "templates"))
templates.env.globals.update(
    category_label=category_label,
    entity_label=entity_label,
    CATEGORY_AR=CATEGORY_AR,
    CATEGORIES=CATEGORIES,
    STATUSES=STATUSES,
    STATUS=STATUS,
    QUAD=QUAD,
)



def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message)


def _query(filters: EventFilter, **extra: Any) -> str:
    params = {k: v for k, v in vars(filters).items() if v not in (None, "")}
    params.update({k: v for k, v in extra.items() if v not in (None, "")})
    return urlencode(params)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    store = store_for(request)
    latest = store.list_articles(limit=10).items
    # The chart shows the news window: events dated in the CHART_DAYS before the newest
    # article. Background events ("since 2016") would stretch the axis over years.
    window = EventFilter()
    newest = max((a.published for a in latest if a.published), default=None)
    if newest:
        end = date.fromisoformat(newest[:10])
        window = EventFilter(
            date_from=(end - timedelta(days=CHART_DAYS)).isoformat(), date_to=end.isoformat()
        )
    return _render(
        request,
        "overview.html",
        counts=store.counts(),
        quad_chart=charts.quad_timeline(store.stats("quad", interval="day", filters=window)),
        window=window,
        top_actors=top_actors(store),
        top_dyads=top_dyads(store),
        stories=store.list_clusters("story", min_size=2, limit=10).items,
        latest=latest,
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request, filters: Filters, pages: Pages, q: str = Query("", max_length=500)
) -> HTMLResponse:
    hits = None
    if q.strip():
        hits = store_for(request).search(
            q, filters, limit=pages.limit, offset=pages.offset, mark=MARK
        )
    snippets = {h.id: highlight_snippet(h.snippet) for h in hits.items} if hits else {}
    return _render(
        request, "search.html", q=q, hits=hits, snippets=snippets, filters=filters,
        pages=pages, query=_query(filters, q=q),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    store = store_for(request)
    art = store.get_article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    entities = {e.id: e for e in art.entities}
    return _render(
        request,
        "article.html",
        article=art,
        paragraphs=mention_segments(art.text, art.mentions),
        entities=entities,
        events=sorted(art.events, key=lambda e: e.sentence_start),
        related=store.related_articles(article_id, limit=8),
    )


@router.get("/actors/{entity_id}", response_class=HTMLResponse)
def actor(request: Request, entity_id: str, pages: Pages) -> HTMLResponse:
    store = store_for(request)
    entity = store.get_entity(entity_id)
    if entity is None:
        raise HTTPException(404, f"no actor {entity_id!r}")
    as_actor = store.stats("category", interval="day", filters=EventFilter(actor=entity_id))
    as_recipient = store.stats(
        "category", interval="day", filters=EventFilter(recipient=entity_id)
    )
    timeline = store.list_events(
        None, involving=entity_id, limit=pages.limit, offset=pages.offset, with_sources=True
    )
    return _render(
        request,
        "actor.html",
        entity=entity,
        chart_spec=charts.actor_timeline(as_actor, as_recipient),
        timeline=timeline,
        counterparts=[
            {**c, "label": code_label(c["code"])} for c in store.counterparts(entity_id, 15)
        ],
        quotes=store.quotes(entity_id, limit=15),
        roles=roles_of(entity_id),
        pages=pages,
    )


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: str,
    b: str,
    pages: Pages,
    day: str | None = Query(None, description="show the events of this day"),
) -> HTMLResponse:
    store = store_for(request)
    ab = EventFilter(actor=a, recipient=b)
    ba = EventFilter(actor=b, recipient=a)
    rows = store.stats("quad", interval="day", filters=ab) + store.stats(
        "quad", interval="day", filters=ba
    )
    if day:
        try:
            date.fromisoformat(day)
        except ValueError:
            raise HTTPException(422, f"day: expected YYYY-MM-DD, got {day!r}") from None
    events_ab = store.list_events(
        EventFilter(actor=a, recipient=b, date_from=day, date_to=day),
        limit=pages.limit, with_sources=True,
    )
    events_ba = store.list_events(
        EventFilter(actor=b, recipient=a, date_from=day, date_to=day),
        limit=pages.limit, with_sources=True,
    )
    events = sorted(
        [*events_ab.items, *events_ba.items], key=lambda e: e.day or "", reverse=True
    )
    return _render(
        request, "dyad.html", a=a, b=b, day=day, chart_spec=charts.dyad_balance(rows, a, b),
        events=events, total=events_ab.total + events_ba.total,
    )


@router.get("/stories/{cluster_id}", response_class=HTMLResponse)
def story(request: Request, cluster_id: str) -> HTMLResponse:
    cluster = store_for(request).get_cluster(cluster_id)
    if cluster is None:
        raise HTTPException(404, f"no story {cluster_id!r}")
    articles = cluster.get("articles", [])
    outlets = sorted({a.source for a in articles if getattr(a, "source", None)})
    return _render(
        request, "story.html", cluster=cluster["cluster"],
        articles=articles, outlets=outlets, events=cluster.get("events", []),
    )


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, filters: Filters, pages: Pages) -> HTMLResponse:
    page = store_for(request).list_events(
        filters, limit=pages.limit, offset=pages.offset, with_sources=True
    )
    query = _query(filters)
    prev_offset = max(pages.offset - pages.limit, 0) if pages.offset else None
    next_offset = pages.offset + pages.limit if pages.offset + pages.limit < page.total else None
    return _render(
        request, "events.html", page=page, filters=filters, pages=pages, query=query,
        prev_query=_query(filters, offset=prev_offset, limit=pages.limit)
        if prev_offset is not None else None,
        next_query=_query(filters, offset=next_offset, limit=pages.limit)
        if next_offset is not None else None,
        default_from=(date.today() - timedelta(days=365)).isoformat(),
    )
