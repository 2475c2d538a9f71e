"""Query parameters shared by the API and the dashboard, validated once.

Every list endpoint takes the same filters (actor, recipient, category, quad, country,
outlet, date range, status, story) and paging; bad values are a 422 with a message
that names the parameter, never a 500.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from marsad.store.records import EventFilter

__all__ = ["CATEGORIES", "STATUSES", "Paging", "event_filter", "paging"]

CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "negated", "future", "hypothetical", "claimed", "historical")
_CODE = re.compile(r"^[A-Za-z]{3}$")


def _day(value: str | None, name: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name}: expected a date YYYY-MM-DD, got {value!r}") from None


def _quad(value: str | None) -> int | None:
    # forms send empty fields as "": treat them as absent
    if value in (None, ""):
        return None
    if value not in ("1", "2", "3", "4"):
        raise HTTPException(422, f"quad: expected 1, 2, 3 or 4, got {value!r}")
    return int(value)


def event_filter(
    actor: Annotated[str | None, Query(max_length=200, description="KB id, actor code or name")]
    = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    category: Annotated[str | None, Query(description="PLOVER category, e.g. CONSULT")] = None,
    quad: Annotated[str | None, Query(description="1..4 (see docs/events.md)")] = None,
    country: Annotated[str | None, Query(description="ISO-3 code of any participant")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    date_from: Annotated[str | None, Query(description="first day, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="last day, YYYY-MM-DD")] = None,
    status: Annotated[str | None, Query(description="asserted, negated, future, ...")] = None,
    story: Annotated[str | None, Query(max_length=200)] = None,
) -> EventFilter:
    if category:
        category = category.upper()
        if category not in CATEGORIES:
            raise HTTPException(422, f"category: unknown PLOVER category {category!r}")
    if status and status not in STATUSES:
        raise HTTPException(422, f"status: expected one of {', '.join(STATUSES)}")
    if country:
        if not _CODE.match(country):
            raise HTTPException(422, f"country: expected an ISO-3 code, got {country!r}")
        country = country.upper()
    quad_class = _quad(quad)
    start, end = _day(date_from, "date_from"), _day(date_to, "date_to")
    if start and end and start > end:
        raise HTTPException(422, "date_from is after date_to")
    return EventFilter(
        actor=actor or None, recipient=recipient or None, category=category or None,
        quad=quad_class, country=country or None, outlet=outlet or None, date_from=start,
        date_to=end, status=status or None, story=story or None,
    )


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    request: Request,
    limit: Annotated[int, Query(ge=1, description="page size")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Paging:
    cap = request.app.state.settings.server.max_page_size
    if limit > cap:
        raise HTTPException(422, f"limit: at most {cap} per page, got {limit}")
    return Paging(limit, offset)


Filters = Annotated[EventFilter, Depends(event_filter)]
Pages = Annotated[Paging, Depends(paging)]
