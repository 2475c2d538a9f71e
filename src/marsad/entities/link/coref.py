"""Within-article coreference: surnames, counterparts (نظيره الروسي) and pairs (الزعيمان).

An article introduces its actors by full name or role ("الرئيس السوري بشار الأسد") and
then refers back to them: by surname ("الأسد"), by a counterpart phrase ("بنظيره
الروسي" = the holder of the antecedent's office in Russia) or by a dual noun ("ناقش
الزعيمان", "بين البلدين"). :class:`Salience` keeps what has been introduced so far,
in text order; the functions here pick antecedents from it. The terms are data
(``data/link/coref_terms.tsv``).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.arabic import clitic_splits, normalize
from marsad.entities.link.protocol import KBLike, office_of

__all__ = [
    "HEAD_OFFICES",
    "Salience",
    "between_pair",
    "coref_terms",
    "pair_countries",
    "pair_people",
    "surname_keys",
]

# Offices "الرئيسان" may refer to; ministers are offices whose key says so.
HEAD_OFFICES = frozenset({"head_of_state", "head_of_government"})
# Words of a patronymic name chain (match form).
_NASAB = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام"})
# Proclitics a coreferring word may carry (و ف ب ل and pairs); ال is part of the term.
_COREF_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@lru_cache(maxsize=1)
def coref_terms() -> dict[str, str]:
    """Match form of each coreferring term -> its kind (``pair_person``, ``counterpart``...)."""
    text = resources.files("marsad.data").joinpath("link/coref_terms.tsv").read_text("utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if line and not line.startswith("#")),
        delimiter="\t",
    )
    return {normalize(r["term"]): r["kind"] for r in rows}


def match_term(norm: str) -> tuple[str, str] | None:
    """``(term, kind)`` when ``norm`` is a coref term with optional proclitics (وبنظيره)."""
    terms = coref_terms()
    for prefix, stem in clitic_splits(norm):
        if prefix in _COREF_PROCLITICS and stem in terms:
            return stem, terms[stem]
        # ل + ال is written لل: "للبلدين"
        if prefix in ("لل", "ولل", "فلل") and "ال" + stem in terms:
            return "ال" + stem, terms["ال" + stem]
    return None


def surname_keys(entry: Any) -> set[str]:
    """Forms a person is referred to by alone once introduced: KB short forms + last names.

    "بشار الأسد" gives الاسد; "فلاديمير بوتين" gives بوتين. One-letter and two-letter
    keys are dropped (they are clitics, not names).
    """
    keys = {normalize(s) for s in getattr(entry, "short_ar", ()) or ()}
    for name in getattr(entry, "names_ar", ()) or ():
        parts = normalize(name).split()
        # a nasab ("سلمان بن عبدالعزيز آل سعود") ends in a father's or a dynasty's name,
        # which is no surname: only the KB's short forms count for those
        if len(parts) >= 2 and not _NASAB.intersection(parts):
            keys.add(parts[-1])
    return {k for k in keys if len(k) >= 3}


# How much a mention of an entity weighs for the salience of its country.
_COUNTRY_WEIGHT = {"PER": 2.0, "ORG": 1.0, "GPE": 1.0, "LOC": 0.5}


@dataclass
class Salience:
    """Entities introduced so far in an article, in order, with mention counts."""

    kb: KBLike
    on: date
    order: list[tuple[int, str]] = field(default_factory=list)  # (offset, entity id)
    counts: Counter[str] = field(default_factory=Counter)
    surnames: dict[str, str] = field(default_factory=dict)  # surname key -> person id
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, id)

    def add(self, offset: int, entity_id: str, end: int = -1) -> None:
        self.order.append((offset, entity_id))
        self.spans.append((offset, max(end, offset), entity_id))
        self.counts[entity_id] += 1
        entry = self.kb.entities.get(entity_id)
        if entry is not None and entry.type == "PER" and self.counts[entity_id] == 1:
            for key in surname_keys(entry):
                # the latest person introduced wins a shared surname (الأسد father/son)
                self.surnames[key] = entity_id

    def type_of(self, entity_id: str) -> str | None:
        entry = self.kb.entities.get(entity_id)
        return entry.type if entry is not None else None

    def people(self, before: int) -> list[str]:
        """Distinct people introduced before ``before``, most recent first."""
        seen: list[str] = []
        for offset, eid in reversed(self.order):
            if offset < before and eid not in seen and self.type_of(eid) == "PER":
                seen.append(eid)
        return seen

    def last_with_office(self, before: int, offices: Iterable[str] | None = None) -> Any:
        """The most recent person holding an office on the date (one of ``offices``)."""
        wanted = set(offices) if offices is not None else None
        for eid in self.people(before):
            role = office_of(self.kb, eid, self.on)
            if role is not None and (wanted is None or role.office in wanted):
                return role
        return None

    def known(self, entity_id: str) -> bool:
        return entity_id in self.counts


def _rank(salience: Salience, ids: list[str]) -> list[str]:
    """Most mentioned first; ties go to the most recently mentioned."""
    last = {eid: i for i, (_, eid) in enumerate(salience.order)}
    return sorted(ids, key=lambda e: (-salience.counts[e], -last.get(e, -1)))


def pair_people(salience: Salience, before: int, kind: str) -> tuple[str, ...]:
    """The two people a dual noun refers to, in order of first mention."""
    people = salience.people(before)
    if kind == "pair_head":
        filtered = [p for p in people if _office_key(salience, p) in HEAD_OFFICES]
        people = filtered if len(filtered) >= 2 else people
    elif kind == "pair_minister":
        filtered = [p for p in people if "minister" in (_office_key(salience, p) or "")]
        people = filtered if len(filtered) >= 2 else people
    top = _rank(salience, people)[:2]
    if len(top) < 2:
        return ()
    first = {eid: i for i, (_, eid) in reversed(list(enumerate(salience.order)))}
    return tuple(sorted(top, key=lambda e: first[e]))


def _office_key(salience: Salience, person: str) -> str | None:
    role = office_of(salience.kb, person, salience.on)
    return role.office if role is not None else None


def pair_countries(
    salience: Salience, before: int, country_of: dict[str, str | None], qid_of: dict[str, str]
) -> tuple[str, ...]:
    """The two countries "البلدين" refers to: the most salient countries so far.

    ``country_of`` maps entity ids to the ISO-3 they stand for (a country, its capital,
    a person's office country); ``qid_of`` maps ISO-3 to the country's entity id.
    """
    counts: dict[str, float] = {}  # weighted mention counts per ISO-3
    last: dict[str, int] = {}
    for i, (offset, eid) in enumerate(salience.order):
        if offset >= before:
            break
        iso = country_of.get(eid)
        if iso and iso in qid_of:
            # the parties' countries outweigh the venue ("وقع الرئيسان في براغ ...")
            weight = _COUNTRY_WEIGHT.get(salience.type_of(eid) or "", 1.0)
            counts[iso] = counts.get(iso, 0.0) + weight
            last[iso] = i
    top = sorted(counts, key=lambda c: (-counts[c], -last[c]))[:2]
    if len(top) < 2:
        return ()
    return tuple(qid_of[c] for c in top)


_BETWEEN_RE = re.compile(r"(?:^|[\s(])[وف]?بين\s+$")
_AND_RE = re.compile(r"^\s*،?\s*و?\s*$")


def between_pair(salience: Salience, text: str, before: int, window: int = 400) -> tuple[str, str]:
    """The last "بين X و Y" within ``window`` characters before ``before``.

    "المصالحة بين دمشق وأنقرة. وتسعى موسكو لإحداث اختراق بين البلدين": the two
    countries are the ones just paired by بين ... و, not the most mentioned ones.
    Returns ``("", "")`` when there is none.
    """
    spans = [sp for sp in salience.spans if before - window <= sp[0] and sp[1] <= before]
    for (s1, e1, a), (s2, _e2, b) in zip(reversed(spans[:-1]), reversed(spans[1:]), strict=True):
        if a != b and _AND_RE.match(text[e1:s2]) and _BETWEEN_RE.search(text[max(0, s1 - 8) : s1]):
            return a, b
    return "", ""
