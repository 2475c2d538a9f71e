"""Where a rule can match: the words it needs, and windows of text around them.

Scanning a whole text with a regex costs far more than finding a few known words, and
most rules find nothing in most texts, so each rule has a gate that returns the offsets
of its anchor words (empty: the rule cannot match) and scans only windows around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["WINDOW", "Gate", "regex_gate", "windows", "word_set", "words_gate"]

# offsets of a rule's anchor words in the lower-cased text, given its set of words
Gate = Callable[[str, frozenset[str]], list[int]]
# An expression reaches less than this far from the word that anchors it.
WINDOW = 80

_NON_LETTERS = re.compile(r"[\W\d_]+")  # "14يوليو" holds the word يوليو
_TWO_LETTER_CLITICS = frozenset({"وب", "ول", "وك", "فب", "فل", "فك"})


def word_set(norm: str) -> frozenset[str]:
    """The words of ``norm`` in lower case, each also without its proclitics."""
    words = set(_NON_LETTERS.sub(" ", norm).lower().split())
    for w in list(words):
        if len(w) > 3 and w[0] in "وفبلك":
            words.add(w[1:])
            if w[:2] in _TWO_LETTER_CLITICS:
                words.add(w[2:])
            elif w.startswith("لل"):
                words.add("ال" + w[2:])
    return frozenset(words)


def words_gate(forms: object) -> Gate:
    firsts = frozenset(f.split(" ")[0] for f in forms)  # type: ignore[attr-defined]

    def gate(lower: str, words: frozenset[str]) -> list[int]:
        out = []
        for w in firsts & words:
            i = lower.find(w)
            while i >= 0:
                out.append(i)
                i = lower.find(w, i + 1)
        return out

    return gate


def regex_gate(pattern: str) -> Gate:
    compiled = re.compile(pattern)
    return lambda lower, words: [m.start() for m in compiled.finditer(lower)]


_SPACE_OR_END = re.compile(r"\s|$")


def windows(text: str, anchors: list[int]) -> list[tuple[int, int]]:
    """Merged ``[a - WINDOW, a + WINDOW]`` stretches, each ending at a space."""
    out: list[tuple[int, int]] = []
    for a in sorted(anchors):
        lo, hi = max(0, a - WINDOW), a + WINDOW
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    n = len(text)
    ends = (_SPACE_OR_END.search(text, min(hi, n)) for _, hi in out)
    return [(lo, e.start() if e else n) for (lo, _), e in zip(out, ends, strict=True)]
