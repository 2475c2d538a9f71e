"""Tokens with their proclitics: و ف ب ل ك س and the article ال, in combinations.

"بموسكو" is موسكو with ب; "والرئيس" is رئيس with و + ال. A clitic is stripped for
lookup only when the remainder is a known form (or, without a lexicon, long enough
to be a word), or "بشار" would become "شار". Tokens carry offsets into the original
text, the match form (:func:`marsad.arabic.normalize.normalize`) and the candidate
splits; :func:`bare` picks the split a lexicon knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic.normalize import cached_match_form, normalize

__all__ = [
    "PROCLITICS",
    "Token",
    "bare",
    "clitic_splits",
    "tokenize",
]

# Proclitic sequences in match form, longest first. Conjunction (و ف), then
# preposition (ب ل ك) or future (س), then the article (ال). ل + ال is written لل.
PROCLITICS: tuple[str, ...] = tuple(
    sorted(
        {
            "و", "ف", "ب", "ل", "ك", "س", "ال",
            "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس",
            "وال", "فال", "بال", "كال", "لل",
            "وبال", "وكال", "ولل", "فبال", "فكال", "فلل",
        },
        key=len,
        reverse=True,
    )
)
_HAS_ARTICLE = frozenset(p for p in PROCLITICS if p.endswith("ال") or p.endswith("لل"))

# A token: a run of Arabic letters and marks, a Latin/number word, or one symbol.
_TOKEN_RE = re.compile(
    r"[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u0640]+"
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|[^\s]"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # as in the original
    norm: str  # match form

    @property
    def is_arabic(self) -> bool:
        return bool(self.norm) and "\u0621" <= self.norm[0] <= "\u06ff"

    def splits(self) -> tuple[tuple[str, str], ...]:
        return clitic_splits(self.norm)


@lru_cache(maxsize=65536)
def clitic_splits(norm: str) -> tuple[tuple[str, str], ...]:
    """Every ``(proclitic, stem)`` reading of a match-form word, unsplit first.

    ``"والرييس"`` → ``(("", "والرييس"), ("وال", "رييس"), ("و", "الرييس"))``; a stem
    keeps at least two letters. For ``لل`` the article is restored on the stem
    variant ``ال...`` as well, since "للرئيس" is ل + الرئيس.
    """
    out: list[tuple[str, str]] = [("", norm)]
    for p in PROCLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            stem = norm[len(p) :]
            out.append((p, stem))
            if p.endswith("لل"):
                out.append((p[:-1], "ال" + stem))
    return tuple(out)


def bare(
    norm: str,
    known: Container[str] | Callable[[str], bool] | None = None,
    *,
    min_stem: int = 4,
) -> tuple[str, str]:
    """``(proclitic, stem)``: the longest split whose stem is known.

    With no lexicon, a split is taken when the stem has ``min_stem`` letters or more,
    so "بموسكو" gives موسكو while "بشار" and "وزير" stay whole.
    """
    is_known: Callable[[str], bool]
    if known is None:
        is_known = lambda s: len(s) >= min_stem  # noqa: E731
    elif callable(known):
        is_known = known
    else:
        is_known = known.__contains__
    if known is not None and is_known(norm):
        return "", norm
    for prefix, stem in clitic_splits(norm)[1:]:
        if is_known(stem):
            return prefix, stem
    return "", norm


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with original offsets and match forms."""
    # an article's match form is cached when the timex tagger has made it
    norm = cached_match_form(text) or normalize(text)
    if len(norm) == len(text):
        # the match table maps one character to one, so with nothing deleted (no
        # tashkeel or tatweel) each token's match form is a slice: one translate a text
        return [
            Token(m.start(), m.end(), m.group(), norm[m.start() : m.end()])
            for m in _TOKEN_RE.finditer(text)
        ]
    return [
        Token(m.start(), m.end(), m.group(), _normalize_word(m.group()))
        for m in _TOKEN_RE.finditer(text)
    ]


# words repeat: a cached lookup is cheaper than translating each token again
_normalize_word = lru_cache(maxsize=200_000)(normalize)


def has_article(prefix: str) -> bool:
    return prefix in _HAS_ARTICLE
