"""Shared pieces of the linker: sources, the resolution record and word helpers.

Mentions are looked up in match form (:func:`marsad.arabic.normalize`), with the
admissible proclitic readings of their first word (:func:`heads`); the coreference scan
looks words up in one table of surface keys (:func:`scan_keys`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.arabic import clitic_splits, tokenize
from marsad.entities.link.coref import coref_terms, surname_keys
from marsad.entities.link.protocol import KBLike

__all__ = [
    "COREF_SOURCE",
    "SOURCE",
    "WORD_RE",
    "Resolution",
    "heads",
    "mention_words",
    "next_word",
    "scan_keys",
]

SOURCE = "link.kb.v1"
COREF_SOURCE = "link.coref.v1"
# Proclitics stripped from the first word of a mention before lookup (not ال: aliases
# carry their own article).
STRIP = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention was linked to and by which rule (``how``)."""

    entity_id: str | None
    actor_code: str | None
    how: str
    group: tuple[str, ...] = ()


def mention_words(text: str) -> list[str]:
    """Match-form words of a mention (punctuation dropped)."""
    return [t.norm for t in tokenize(text) if t.norm[:1].isalnum()]


def heads(tokens: Sequence[str]) -> list[list[str]]:
    """The token list with each admissible proclitic reading of its first word."""
    if not tokens:
        return []
    out = [list(tokens)]
    for prefix, stem in clitic_splits(tokens[0])[1:]:
        if prefix in STRIP:
            out.append([stem, *tokens[1:]])
        elif prefix in ("لل", "ولل", "فلل"):
            out.append(["ال" + stem, *tokens[1:]])
    return out


WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
SCAN_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def scan_keys(kb: KBLike) -> dict[str, tuple[str, str]]:
    """Surface key (with proclitics) -> (kind, base form) for the coreference scan."""
    bases: dict[str, str] = {}
    for entry in kb.entities.values():
        if entry.type == "PER":
            for key in surname_keys(entry):
                bases.setdefault(key, "surname")
    bases.update(coref_terms())  # terms win over a homographic surname
    keys: dict[str, tuple[str, str]] = {}
    for base, kind in bases.items():
        for p in SCAN_PROCLITICS:
            keys.setdefault(p + base, (kind, base))
        if base.startswith("ال"):  # ل + ال is written لل
            for p in ("لل", "ولل", "فلل"):
                keys.setdefault(p + base[2:], (kind, base))
    return keys


def next_word(text: str, pos: int) -> tuple[int, int, str] | None:
    """The word after ``pos`` when only spaces separate them."""
    i = pos
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    j = i
    while j < len(text) and (text[j].isalpha() or "\u064b" <= text[j] <= "\u0652"):
        j += 1
    if j == i or i == pos:
        return None
    return i, j, text[i:j]


