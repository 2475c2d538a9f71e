"""Event deduplication across articles: ten outlets, one event, ten sources.

Two coded events are the same real-world event when they are in the same story,
have the same PLOVER category and status, fall within a day of each other, and
share a participant on the same side (an actor with an actor, or a recipient with a
recipient; a participant is its KB id, else its actor code). Two events with no
participants at all merge only when their triggers have the same search form ("an
attack" reported twice in one story on one day is one attack). Events of one article
never merge with each other: the coder already kept them apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["EventKey", "same_event"]


@dataclass(frozen=True)
class EventKey:
    category: str
    status: str
    day: str | None
    story: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    trigger: str = ""  # search form of the trigger word
    articles: frozenset[str] = frozenset()  # the articles reporting it


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def same_event(a: EventKey, b: EventKey, *, max_days: int = 1) -> bool:
    """The merge decision (pure, symmetric)."""
    if a.story is None or a.story != b.story:
        return False
    if a.category != b.category or a.status != b.status:
        return False
    apart = _days_apart(a.day, b.day)
    if apart is None or apart > max_days:
        return False
    if a.articles & b.articles:
        return False
    a_any, b_any = a.actors | a.recipients, b.actors | b.recipients
    if not a_any and not b_any:
        return bool(a.trigger) and a.trigger == b.trigger
    return bool(a.actors & b.actors) or bool(a.recipients & b.recipients)
