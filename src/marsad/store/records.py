"""Plain records the store returns, and the Article <-> row conversion.

The store keeps each article's full analysis as JSON (so :meth:`Store.get_article`
gives back the very Article that was saved) and, beside it, normalised tables
(mentions, events, participants, quotes) that queries filter on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from marsad.models import (
    Article,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    TimeExpression,
    to_dict,
)

__all__ = [
    "ArticleSummary",
    "ClusterRecord",
    "EventFilter",
    "EventSource",
    "Page",
    "SaveResult",
    "SearchHit",
    "StoredEvent",
    "article_from_dict",
    "content_hash",
    "iso_utc",
]

T = TypeVar("T")


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by events, search, articles, stats and export.

    ``actor`` / ``recipient`` take a KB id (``Q82955``), an actor code (``SYRGOV``, or a
    prefix such as ``SYR``) or a name (looked up among entity labels). ``date_from`` and
    ``date_to`` are inclusive ISO days. ``country`` is an ISO-3 code of any participant.
    """

    actor: str | None = None
    recipient: str | None = None
    category: str | None = None
    quad: int | None = None
    country: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    status: str | None = None
    story: str | None = None

    def is_event_filter(self) -> bool:
        """True when a filter needs events (not only articles) to be checked."""
        return any(
            v is not None
            for v in (self.actor, self.recipient, self.category, self.quad, self.country,
                      self.status)
        )


@dataclass
class Page(Generic[T]):
    """One page of results and the total count of matches."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str
    url: str | None
    source: str | None
    published: str | None
    story_id: str | None
    dup_group: str | None
    n_events: int = 0
    error: str | None = None


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    url: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    story_id: str | None = None


@dataclass(frozen=True)
class EventSource:
    article_id: str
    event_local_id: str
    trigger: str
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    rule: str
    title: str = ""
    source: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class StoredEvent:
    """One deduplicated event and the articles that report it."""

    id: str
    category: str
    mode: str | None
    cameo: str | None
    quad: int
    status: str
    date: str | None
    day: str | None
    location: str | None
    location_text: str | None
    actors: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    story_id: str | None
    n_sources: int
    confidence: float
    sources: list[EventSource] = field(default_factory=list)


@dataclass(frozen=True)
class ClusterRecord:
    """A near-duplicate group (``kind="dup"``) or a story (``kind="story"``)."""

    id: str
    kind: str
    label: str
    first_seen: str | None
    last_seen: str | None
    size: int
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class SaveResult:
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    events_new: int = 0
    events_merged: int = 0
    duplicate_ids: list[str] = field(default_factory=list)


def content_hash(text: str) -> str:
    """Hash of the whitespace-collapsed body: the same text from anywhere is one article."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def iso_utc(dt: datetime | None) -> str | None:
    """ISO-8601 in UTC (naive datetimes are taken as UTC), sortable as text."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def _tuple_spans(value: Any) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in value or ())


def _build(cls: Any, d: dict[str, Any]) -> Any:
    """A record from its dict: lists back to tuples, keys the class no longer has dropped
    (rows written by an older version stay readable)."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items() if k in names})


def _participant(d: dict[str, Any]) -> Participant:
    return _build(Participant, d)  # type: ignore[no-any-return]


def event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["actors"] = tuple(_participant(p) for p in d.get("actors", ()))
    d["recipients"] = tuple(_participant(p) for p in d.get("recipients", ()))
    d["mentions"] = _tuple_spans(d.get("mentions"))
    return _build(Event, d)  # type: ignore[no-any-return]


def article_from_dict(d: dict[str, Any]) -> Article:
    """Rebuild an Article from :func:`marsad.models.to_dict` output."""
    d = dict(d)
    if d.get("published"):
        d["published"] = datetime.fromisoformat(d["published"])
    d["sections"] = tuple(d.get("sections") or ())
    d["flags"] = tuple(d.get("flags") or ())
    d["sentences"] = _tuple_spans(d.get("sentences"))
    d["timexes"] = tuple(_build(TimeExpression, t) for t in d.get("timexes") or ())
    d["mentions"] = tuple(_build(Mention, m) for m in d.get("mentions") or ())
    d["entities"] = tuple(_build(Entity, e) for e in d.get("entities") or ())
    d["events"] = tuple(event_from_dict(e) for e in d.get("events") or ())
    d["quotes"] = tuple(_build(Quote, q) for q in d.get("quotes") or ())
    d["meta"] = dict(d.get("meta") or {})
    names = {f.name for f in fields(Article)}
    return Article(**{k: v for k, v in d.items() if k in names})
