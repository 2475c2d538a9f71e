"""The data model: frozen, slotted records with character offsets into ``Article.text``.

Every record a user sees can be traced to a span of the original text and to the
backend (rule or model, with version) that produced it. Records are immutable:
components return new articles with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Status = Literal["asserted", "negated", "future", "hypothetical", "claimed", "historical"]
Granularity = Literal["day", "week", "month", "year", "decade", "time"]

__all__ = [
    "Article",
    "Entity",
    "Event",
    "Mention",
    "Participant",
    "Quote",
    "TimeExpression",
    "article_id",
    "to_dict",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of ``Article.text`` naming a person, place, organisation or agent.

    ``label`` is one of PER, ORG, LOC, GPE, NORP (a people by nationality:
    "السوريون"), MISC, AGENT. ``source`` names the
    backend that found it (``"ner.gazetteer.v1"``). After linking, ``entity_id``
    holds a KB id and ``actor_code`` the CAMEO-style actor code valid at the
    article's date (``"SYRGOV"``).
    """

    start: int
    end: int
    label: str
    text: str
    source: str = ""
    entity_id: str | None = None
    actor_code: str | None = None
    score: float = 1.0
    group: tuple[str, ...] = ()  # plural mentions ("الزعيمان"): every entity id referred to


@dataclass(frozen=True, slots=True)
class Entity:
    """A knowledge-base entity: Wikidata QID where one exists, else a local id."""

    id: str
    label_en: str
    label_ar: str
    type: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # office held at the article's date, if any


@dataclass(frozen=True, slots=True)
class Participant:
    """One actor or recipient of an event: entity, actor code and the mention."""

    code: str
    entity_id: str | None = None
    text: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression resolved against the publication date.

    ``value`` is an ISO date (``2023-03-15``), month (``2023-03``) or year
    (``2016``) depending on ``granularity``; ``None`` when unresolvable.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity
    kind: str = "absolute"  # absolute | relative | hijri | duration | since


@dataclass(frozen=True, slots=True)
class Event:
    """One political event coded in PLOVER (and CAMEO), with its evidence."""

    id: str
    category: str
    mode: str | None
    cameo: str | None
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    status: Status
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    trigger: str
    rule: str
    confidence: float = 1.0
    date: str | None = None
    date_granularity: Granularity | None = None
    location: str | None = None  # KB id of the place
    location_text: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()  # further sentence spans telling it


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a direct («...») or reported (قال إن ...) statement."""

    start: int
    end: int
    text: str
    kind: Literal["direct", "reported"]
    verb: str
    speaker_text: str = ""
    speaker_id: str | None = None
    speaker_start: int = -1
    speaker_end: int = -1


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article and everything the pipeline learned about it."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    published: datetime | None = None
    lang: str | None = None
    sections: tuple[str, ...] = ()
    author: str | None = None
    agency: str | None = None
    sentences: tuple[tuple[int, int], ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    cluster_id: str | None = None
    flags: tuple[str, ...] = ()
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)


def article_id(url: str | None = None, text: str = "") -> str:
    """Stable id: a hash of the canonical URL when known, else of the content."""
    from marsad.ingest.canonical import canonical_url

    key = "url:" + canonical_url(url) if url else "text:" + " ".join(text.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def to_dict(record: Any) -> Any:
    """JSON-ready form of any model record (datetimes as ISO strings)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    if isinstance(record, (datetime, date)):
        return record.isoformat()
    return record
