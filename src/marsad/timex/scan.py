"""Running the rules over a text: candidates with their context (since, future cues)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from marsad.timex.gates import windows, word_set
from marsad.timex.grammar import rules
from marsad.timex.lexicon import Lexicon, load_lexicon
from marsad.timex.resolve import Spec

__all__ = ["Candidate", "candidates"]

_CLAUSE_END = re.compile(r"[.!?;\n]")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # offsets into the normalised text
    end: int
    rule: int  # index of the rule: earlier rules win ties
    spec: Spec


def _future_cue(text: str, start: int, lex: Lexicon) -> bool:
    """A future cue (من المقرر، سوف ...) earlier in the clause that ends at ``start``."""
    lo = max(0, start - 80)
    for m in _CLAUSE_END.finditer(text, lo, start):
        lo = m.end()
    window = text[lo:start]
    return any(cue in window for cue in lex.future_cues)


_SINCE = re.compile(r"(?<!\w)و?منذ\s+$")


def candidates(norm: str) -> Iterator[Candidate]:
    """Every rule match in the normalised text, with context applied (since, future)."""
    lex = load_lexicon()
    words = word_set(norm)
    lower = norm.lower()
    if len(lower) != len(norm):  # a character whose lower case is longer: no offsets
        lower = norm
    # rules share gates (four look for month names): compute each gate's windows once
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for i, rule in enumerate(rules()):
        spans = spans_of.get(id(rule.gate))
        if spans is None:
            spans = spans_of[id(rule.gate)] = windows(norm, rule.gate(lower, words))
        for m in (m for lo, hi in spans for m in rule.pattern.finditer(norm, lo, hi)):
            spec = rule.handler(m, norm, lex)
            if spec is None:
                continue
            start, end = m.span("x")
            if spec.type != "offset":
                since = _SINCE.search(norm, max(0, start - 8), start)
                if since:
                    start = since.start() + (1 if since.group().startswith("و") else 0)
                    spec = _with(spec, since=True)
            if spec.year is None and _future_cue(norm, start, lex):
                spec = _with(spec, future=True)
            yield Candidate(start, end, i, spec)


def _with(spec: Spec, **changes: object) -> Spec:
    return replace(spec, **changes)  # type: ignore[arg-type]
