"""The KB's records: frozen, slotted, picklable (the compiled cache stores them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

__all__ = ["Agent", "AliasKind", "Country", "KBEntry", "Office", "Role"]


class _FastPickle:
    """Pickle as ``(class, field values)``: the KB cache holds ~15,000 records, and the
    dataclass default (``__setstate__`` looking up the fields per object) makes loading
    it three times slower."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        names: tuple[str, ...] = self.__slots__
        return type(self), tuple(getattr(self, name) for name in names)

AliasKind = Literal["name", "demonym", "capital", "acronym", "variant"]


@dataclass(frozen=True, slots=True)
class KBEntry(_FastPickle):
    """One entity: a person, organisation, place or country.

    ``id`` is the Wikidata QID where one exists, else a local id (``mrs:per:slug``,
    ``gn:<geonameid>``). ``subtype`` is the place or organisation type (``city``,
    ``ministry``...) or ``country`` / ``person``.
    """

    id: str
    qid: str | None
    type: str  # PER | ORG | LOC | GPE
    name_en: str
    names_ar: tuple[str, ...]
    country: str | None = None
    sector: str | None = None
    subtype: str | None = None
    short_ar: tuple[str, ...] = ()  # surname-only forms (people), matched in context only
    acronyms: tuple[str, ...] = ()
    code: str | None = None  # actor code when it is not country + sector (IGOUNO)
    population: int = 0
    gender: str | None = None

    @property
    def name_ar(self) -> str:
        return self.names_ar[0] if self.names_ar else ""


@dataclass(frozen=True, slots=True)
class Country(_FastPickle):
    iso3: str
    qid: str | None
    name_en: str
    names_ar: tuple[str, ...]
    demonyms_ar: tuple[str, ...]
    capital_id: str | None
    capital_names_ar: tuple[str, ...]
    iso2: str | None = None
    region: str | None = None
    seat_ids: tuple[str, ...] = ()  # other places used for the government (تل أبيب)
    capital_en: str = ""

    @property
    def entity_id(self) -> str:
        return self.qid or f"mrs:gpe:{self.iso3.lower()}"


@dataclass(frozen=True, slots=True)
class Office(_FastPickle):
    """An office a person holds (``head_of_state``), with the titles texts use for it."""

    key: str
    name_en: str
    titles_ar: tuple[str, ...]
    sector: str
    exclusive: bool
    country: str | None = None  # None: generic office (every country has one)


@dataclass(frozen=True, slots=True)
class Role(_FastPickle):
    """A dated role. ``end`` is exclusive (the successor's first day); None = ongoing."""

    person_id: str
    office: str
    country: str | None
    sector: str
    start: date
    end: date | None = None
    org: str | None = None
    note: str = ""

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Agent(_FastPickle):
    """A role noun that codes an actor without a name (الجيش → MIL)."""

    term_ar: str  # match form
    sector: str
    label_en: str
    plural: bool = False
