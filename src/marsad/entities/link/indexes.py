"""Lookup tables the linker compiles once per knowledge base.

- :class:`PhraseIndex`: token-sequence keys (match form) with longest-prefix lookup,
  used for aliases, office titles and agent terms alike.
- :func:`build_indexes`: aliases -> ids, titles -> office keys (with the construct
  form "وزير خارجية" derived from "وزير الخارجية", so "وزير خارجية تركيا" is found),
  agent terms -> agents, and ISO-3 <-> country entity id maps.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from marsad.arabic import normalize
from marsad.entities.link.protocol import KBLike

__all__ = ["Indexes", "PhraseIndex", "build_indexes"]

V = TypeVar("V")


@dataclass
class PhraseIndex(Generic[V]):
    """Token tuples -> values, with the longest key length kept for prefix scans."""

    table: dict[tuple[str, ...], list[V]] = field(default_factory=dict)
    longest: int = 0

    def add(self, phrase: str, value: V) -> None:
        key = tuple(normalize(phrase).split())
        if not key:
            return
        values = self.table.setdefault(key, [])
        if value not in values:
            values.append(value)
        self.longest = max(self.longest, len(key))

    def get(self, tokens: Sequence[str]) -> list[V]:
        return self.table.get(tuple(tokens), [])

    def prefix(self, tokens: Sequence[str]) -> tuple[int, list[V]]:
        """The longest key that ``tokens`` starts with: ``(length, values)``."""
        for n in range(min(self.longest, len(tokens)), 0, -1):
            hit = self.table.get(tuple(tokens[:n]))
            if hit:
                return n, hit
        return 0, []

    def prefixes(self, tokens: Sequence[str]) -> Iterator[tuple[int, list[V]]]:
        """Every key ``tokens`` starts with, longest first."""
        for n in range(min(self.longest, len(tokens)), 0, -1):
            hit = self.table.get(tuple(tokens[:n]))
            if hit:
                yield n, hit

    def __len__(self) -> int:
        return len(self.table)


@dataclass
class Indexes:
    aliases: PhraseIndex[tuple[str, str]]  # -> (entity id, kind)
    titles: PhraseIndex[str]  # -> office key
    constructs: PhraseIndex[str]  # "وزير خارجية", "أمير": only with a country after
    agents: PhraseIndex[Any]  # -> Agent
    short_forms: PhraseIndex[str]  # a person's surname-only forms (KB short_ar) -> ids
    iso_of_entity: dict[str, str]  # country entity id -> ISO-3
    entity_of_iso: dict[str, str]  # ISO-3 -> country entity id


def _construct_form(title: str) -> str | None:
    """"وزير الخارجية" -> "وزير خارجية": the form followed by a country name."""
    parts = normalize(title).split()
    if len(parts) == 2 and parts[1].startswith("ال") and len(parts[1]) > 4:
        return f"{parts[0]} {parts[1][2:]}"
    if len(parts) == 1 and parts[0].startswith("ال") and len(parts[0]) > 4:
        return parts[0][2:]  # "الأمير" -> "أمير قطر"
    return None


def build_indexes(kb: KBLike) -> Indexes:
    aliases: PhraseIndex[tuple[str, str]] = PhraseIndex()
    for alias, entity_id, kind in kb.aliases():
        aliases.add(alias, (entity_id, kind))
    titles: PhraseIndex[str] = PhraseIndex()
    constructs: PhraseIndex[str] = PhraseIndex()
    for key, office in kb.offices.items():
        for title in getattr(office, "titles_ar", ()) or ():
            titles.add(title, key)
            construct = _construct_form(title)
            if construct:
                constructs.add(construct, key)
    agents: PhraseIndex[Any] = PhraseIndex()
    for agent in kb.agents:
        agents.add(agent.term_ar, agent)
    short_forms: PhraseIndex[str] = PhraseIndex()
    for person_id, entry in kb.entities.items():
        for form in getattr(entry, "short_ar", ()) or ():
            short_forms.add(form, person_id)
    iso_of_entity: dict[str, str] = {}
    entity_of_iso: dict[str, str] = {}
    for iso, country in kb.countries.items():
        eid = str(getattr(country, "entity_id", None) or getattr(country, "qid", None) or "")
        if eid:
            iso_of_entity[eid] = iso
            entity_of_iso[iso] = eid
    return Indexes(
        aliases, titles, constructs, agents, short_forms, iso_of_entity, entity_of_iso
    )
