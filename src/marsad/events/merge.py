"""Document-level merging: the same event told several times is one event.

Two events merge when they share category, mode and status and their participants
agree: the actor codes are equal or one side's codes contain the other's, and the
recipients are equal or one side has none (a later mention often drops the
recipient: "زيارته" after "زيارة الأسد إلى موسكو"). The merged event keeps the first
telling's trigger and adds the others' sentence spans to ``Event.mentions``; it takes
the most specific date and place any telling gave, the union of participants and the
highest confidence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from marsad.events.actors import UNKNOWN
from marsad.models import Event, Participant

__all__ = ["merge_events"]

_GRAN_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "year": 4, "decade": 5, None: 9}


def _codes(parts: Iterable[Participant]) -> frozenset[str]:
    return frozenset(p.code for p in parts if p.code != UNKNOWN)


def _told(parts: Iterable[Participant]) -> frozenset[str]:
    """Codes of participants the text names: the coder's defaults (a protest's unnamed
    civilians, its government target: no mention, ``start`` -1) do not decide whether
    two tellings are one event."""
    return _codes(p for p in parts if p.start >= 0)


def _roots(codes: frozenset[str]) -> frozenset[str]:
    """Country-level view of codes: SYRGOV and SYR tell of the same side."""
    return frozenset(c[:3] for c in codes)


def _compatible(a: Event, b: Event) -> bool:
    if (a.category, a.status) != (b.category, b.status):
        return False
    same_sentence = a.sentence_start == b.sentence_start or any(
        m[0] == b.sentence_start for m in a.mentions
    )
    # across sentences the mode must agree (a visit is not the talks held during it);
    # within one sentence a second trigger of the category elaborates the first
    # a visit and the talks held during it are two events, even in one sentence
    if a.mode != b.mode and ("visit" in (a.mode, b.mode) or (
        not same_sentence and a.mode and b.mode
    )):
        return False
    aa, ba = _roots(_told(a.actors)), _roots(_told(b.actors))
    ar, br = _roots(_told(a.recipients)), _roots(_told(b.recipients))
    if aa and ba and not (aa <= ba or ba <= aa):
        return False
    if ar and br and not (ar <= br or br <= ar):
        return False
    if (aa & ba) or (ar & br):
        return True
    # nothing shared to compare: only the same sentence may tell one event twice
    return same_sentence


def _union(a: tuple[Participant, ...], b: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """Participants of both tellings, one per country-level side: a more specific code
    (SYRGOV) replaces a vaguer one (SYR), never the other way round."""
    out = [p for p in a if p.code != UNKNOWN] if _codes(b) else list(a)
    if _told(b):
        out = [p for p in out if p.start >= 0]  # a named side replaces a default one
    for p in b:
        if p.code == UNKNOWN or (p.start < 0 and _told(out)):
            continue
        same = [i for i, q in enumerate(out) if q.code[:3] == p.code[:3]]
        if not same:
            out.append(p)
        elif len(p.code) > len(out[same[0]].code):
            out[same[0]] = p
    return tuple(out)


def _absorb(into: Event, other: Event, dated: set[str]) -> Event:
    spans = list(into.mentions) or [(into.sentence_start, into.sentence_end)]
    for span in other.mentions or ((other.sentence_start, other.sentence_end),):
        if span not in spans:
            spans.append(span)
    date, gran = into.date, into.date_granularity
    if other.id in dated and (
        into.id not in dated
        or _GRAN_RANK[other.date_granularity] < _GRAN_RANK[into.date_granularity]
    ):
        date, gran = other.date, other.date_granularity
        dated.add(into.id)
    take_other = into.mode is None and other.mode is not None
    # a talk's place is where its first telling puts it: later tellings of talks often
    # name the places talked about ("بحث الطرفان الوجود الروسي في سوريا")
    keep_place = into.category == "CONSULT" or into.location is not None
    return Event(
        id=into.id,
        category=into.category,
        mode=other.mode if take_other else into.mode,
        cameo=other.cameo if take_other else into.cameo,
        quad=into.quad,
        actors=_union(into.actors, other.actors),
        recipients=_union(into.recipients, other.recipients),
        status=into.status,
        sentence_start=into.sentence_start,
        sentence_end=into.sentence_end,
        trigger_start=into.trigger_start,
        trigger_end=into.trigger_end,
        trigger=into.trigger,
        rule=into.rule,
        confidence=max(into.confidence, other.confidence),
        date=date,
        date_granularity=gran,
        location=into.location if keep_place else other.location,
        location_text=into.location_text if keep_place else other.location_text,
        mentions=tuple(spans),
    )


def merge_events(events: Iterable[Event], dated: Iterable[str] = ()) -> list[Event]:
    """Merge events telling the same thing; order of first telling is kept.

    ``dated`` holds the ids of events whose date came from a time expression in the
    text (not the article date): a merged event prefers those dates.
    """
    explicit = set(dated)
    merged: list[Event] = []
    for ev in events:
        for i, kept in enumerate(merged):
            if _compatible(kept, ev):
                merged[i] = _absorb(kept, ev, explicit)
                break
        else:
            merged.append(ev)
    return _talks_at_visit_place(merged)


def _talks_at_visit_place(events: list[Event]) -> list[Event]:
    """Talks with no place of their own, held by a visitor, happen where the visit went."""
    visits = [e for e in events if e.mode == "visit" and e.location and e.status == "asserted"]
    if not visits:
        return events
    out = []
    for e in events:
        if e.category == "CONSULT" and e.mode != "visit" and not e.location:
            codes = _codes(e.actors)
            host = next((v for v in visits if _codes(v.actors) & codes), None)
            if host is not None:
                e = dataclasses.replace(e, location=host.location,
                                        location_text=host.location_text)
        out.append(e)
    return out
