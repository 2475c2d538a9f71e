"""Finding temporal expressions in a text and resolving them against an anchor date."""

from __future__ import annotations

from datetime import date, datetime

from marsad.arabic.normalize import normalize_with_map
from marsad.models import TimeExpression
from marsad.timex.resolve import resolve_spec
from marsad.timex.scan import Candidate, candidates

__all__ = ["find_timexes", "resolve"]

# marks that belong to the last letter of a span ("غداً", "1441هـ")
_TRAILING_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest wins, then the earlier rule."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rule, c.start)):
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def find_timexes(text: str, anchor: date | datetime | None = None) -> list[TimeExpression]:
    """The temporal expressions of ``text``, resolved against ``anchor``.

    Spans are offsets into ``text`` as given (matching runs on its normalised form).
    ``anchor`` is the publication date; without it, expressions that need one
    (``أمس``, ``في نوفمبر``) keep a ``None`` value.
    """
    if not text:
        return []
    nt = normalize_with_map(text)
    out = []
    for c in _select(list(candidates(nt.text))):
        value, granularity = resolve_spec(c.spec, anchor)
        start, end = nt.span(c.start, c.end)
        while end < len(text) and text[end] in _TRAILING_MARKS:
            end += 1
        out.append(TimeExpression(start, end, text[start:end], value, granularity, c.spec.kind))
    return out


def resolve(expression: str, anchor: date | datetime | None = None) -> TimeExpression | None:
    """The longest temporal expression in ``expression`` (e.g. one phrase), resolved."""
    found = find_timexes(expression, anchor)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.start, -t.start))
