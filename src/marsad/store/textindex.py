"""The search form of a text: normalised, clitic-stripped terms, and snippets.

Documents and queries go through the same :func:`index_terms`, so "الأسد" finds
"بالأسد" (ب + ال stripped) and "أردوغان" finds "إردوغان" (alef forms unified). The
stripping is deliberately conservative: a proclitic comes off only when four letters
remain (:func:`marsad.arabic.bare`), then a leading article only when three remain,
so "بشار" and "وزير" stay whole while "والوزير" → "وزير".
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.arabic import bare, normalize, tokenize

__all__ = ["index_form", "index_terms", "index_text", "query_terms", "snippet"]

_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+|[^\W_]+")
_ARABIC_START = re.compile(r"[\u0621-\u06ff]")


@lru_cache(maxsize=50_000)
def index_form(norm_word: str) -> str:
    """The search term for one word already in match form."""
    if not _ARABIC_START.match(norm_word):
        return norm_word.lower()
    _, stem = bare(norm_word)
    if stem.startswith("ال") and len(stem) - 2 >= 3:
        stem = stem[2:]
    return stem


def index_terms(text: str) -> list[str]:
    """Every search term of ``text``, in order (repeats kept: they weigh in bm25)."""
    return [index_form(w) for w in _WORD_RE.findall(normalize(text))]


def index_text(text: str) -> str:
    """The space-joined terms, as stored in the full-text index."""
    return " ".join(index_terms(text))


def query_terms(query: str) -> list[str]:
    """Distinct terms of a user query, in order."""
    seen: dict[str, None] = {}
    for term in index_terms(query):
        seen.setdefault(term, None)
    return list(seen)


def _around_first_hit(text: str, terms: list[str], before: int = 400, after: int = 900) -> str:
    """A slice of ``text`` around the first place a term occurs (so a long article is
    not tokenised whole). Normalisation only deletes characters, so a position in the
    normalised text is at or before the same place in the original."""
    if len(text) <= before + after:
        return text
    norm = normalize(text)
    found = [i for i in (norm.find(t) for t in terms if t) if i >= 0]
    if not found:
        return text[: before + after]
    pos = min(found)
    start = max(0, pos - before // 2)
    start = text.rfind(" ", 0, start) + 1 if start else 0  # do not cut a word
    return text[start : pos + before + after]


def snippet(
    text: str, terms: list[str], *, width: int = 30, mark: tuple[str, str] = ("[", "]")
) -> str:
    """A window of ``width`` tokens of the ORIGINAL text around the densest run of
    query terms, each hit wrapped in ``mark``."""
    wanted = set(terms)
    text = _around_first_hit(text, terms)
    tokens = [t for t in tokenize(text) if _WORD_RE.fullmatch(t.norm)]
    hits = [i for i, t in enumerate(tokens) if index_form(t.norm) in wanted]
    if not tokens:
        return ""
    if hits:
        # the window start that covers most hits
        best, best_count = hits[0], 0
        for h in hits:
            count = sum(1 for j in hits if h <= j < h + width)
            if count > best_count:
                best, best_count = h, count
        first = max(0, best - width // 4)
    else:
        first = 0
    last = min(len(tokens), first + width)
    hit_set = set(hits)
    parts: list[str] = []
    pos = tokens[first].start
    for i in range(first, last):
        tok = tokens[i]
        parts.append(text[pos : tok.start])
        parts.append(f"{mark[0]}{tok.text}{mark[1]}" if i in hit_set else tok.text)
        pos = tok.end
    out = " ".join("".join(parts).split())
    prefix = "… " if first > 0 else ""
    suffix = " …" if last < len(tokens) else ""
    return prefix + out + suffix
