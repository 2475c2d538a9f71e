"""Document consistency for the CRF's tags: a person named once is that person again.

News names a person in full once ("نجيب محفوظ") and by the surname alone later
("قال محفوظ"); a sentence-level CRF often misses the bare surname because nothing
in its sentence says "person". This pass runs after the CRF has tagged every
sentence of a document: each word the CRF tagged as a whole one-word person, or
as the last word of a longer person name, tags its other untagged occurrences in
the same document (clitic-aware: "لمحفوظ" is محفوظ), when

- the word (and its stem) is rare in Arabic (wordfreq Zipf < ``MAX_ZIPF``), so
  common words that are also names ("علي", read "على" in match form) are left alone;
- its stem has at least three letters;
- the occurrence is not next to another entity (it would change that name's span).

Measured by 5-fold CV on ANERcorp (docs/ner.md): about +1 F1 overall, all of it PER
recall. Only persons: the same rule for ORG, LOC and MISC did not pay.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.arabic import normalize
from marsad.entities.recognize.crf_features import stem_of
from marsad.entities.recognize.frequency import half_zipf
from marsad.eval.ner import chunks

__all__ = ["MAX_ZIPF", "PERSON_TYPES", "propagate_persons", "word_key"]

MAX_ZIPF = 4.5  # Zipf 4.5: about 30 per million words; rarer words may be surnames
PERSON_TYPES = frozenset({"PERS", "PER"})
_MIN_STEM = 3


@lru_cache(maxsize=100_000)
def word_key(token: str) -> str:
    """The form a word is compared by across a text: match form, clitics stripped."""
    return stem_of(normalize(token))


@lru_cache(maxsize=100_000)
def _rare(token: str) -> bool:
    return max(half_zipf(token), half_zipf(word_key(token))) < 2 * MAX_ZIPF


def propagate_persons(
    tokens: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> list[list[str]]:
    """The document's IOB tags with person surnames propagated (see the module doc).

    ``tokens`` and ``tags`` are per sentence; new mentions get ``B-`` + the type the
    CRF used for the name (PERS in an ANERcorp model).
    """
    names: dict[str, str] = {}
    for toks, sent_tags in zip(tokens, tags, strict=True):
        for _start, end, typ in chunks(sent_tags):
            if typ in PERSON_TYPES:
                key = word_key(toks[end - 1])
                if len(key) >= _MIN_STEM:
                    names.setdefault(key, typ)
    out = [list(t) for t in tags]
    if not names:
        return out
    for toks, sent in zip(tokens, out, strict=True):
        n = len(sent)
        for i, tok in enumerate(toks):
            if sent[i] != "O":
                continue
            found = names.get(word_key(tok))
            if found is None or not _rare(tok):
                continue
            if (i > 0 and sent[i - 1] != "O") or (i + 1 < n and sent[i + 1] != "O"):
                continue
            sent[i] = "B-" + found
    return out
