"""The :class:`KnowledgeBase`: entities, countries, offices, dated roles, agents, indexed.

Built by :mod:`marsad.entities.kb.loader` from the TSV files (and pickled to a cache),
or directly from records with :meth:`KnowledgeBase.from_records` in tests.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from marsad.arabic import clitic_splits
from marsad.entities.kb.aliases import demonym_forms, match_form, with_article
from marsad.entities.kb.lexicon import Lexical, lexical_of
from marsad.entities.kb.records import Agent, AliasKind, Country, KBEntry, Office, Role
from marsad.entities.kb.validate import check_roles
from marsad.errors import KBError
from marsad.models import Entity

__all__ = ["KnowledgeBase", "LookupHit"]

RoleKey = tuple[str, str | None, str | None]  # (office, country, org)

# Which of a person's simultaneous roles codes them: the state before the party.
_SECTOR_RANK = {
    s: i for i, s in enumerate(
        ("GOV", "MIL", "SPY", "COP", "LEG", "JUD", "IGO", "REB", "INS", "UAF", "OPP", "PTY")
    )
}


@dataclass(frozen=True, slots=True)
class LookupHit:
    """One answer of :meth:`KnowledgeBase.lookup`: the entry and how it matched."""

    entry: KBEntry
    kind: str  # alias kind, or "short" for a surname-only form
    alias: str  # the match form that matched
    prefix: str = ""  # proclitic stripped from the query (و، ب، بال...)


class KnowledgeBase:
    """Entities and everything needed to code them as actors at a date."""

    def __init__(
        self,
        entities: dict[str, KBEntry],
        countries: dict[str, Country],
        offices: dict[str, Office],
        roles: Iterable[Role] = (),
        agents: Iterable[Agent] = (),
        source: str = "",
    ) -> None:
        self.entities = entities
        self.countries = countries
        self.offices = offices
        self.agents: tuple[Agent, ...] = tuple(agents)
        self.source = source
        self._roles_by_person: dict[str, list[Role]] = defaultdict(list)
        self._roles_by_key: dict[RoleKey, list[Role]] = defaultdict(list)
        for r in sorted(roles, key=lambda r: r.start):
            self._roles_by_person[r.person_id].append(r)
            self._roles_by_key[(r.office, r.country, r.org)].append(r)
            if r.org and r.country:  # an organisation's office, asked for by org alone
                self._roles_by_key[(r.office, None, r.org)].append(r)
        self._starts = {k: [r.start for r in v] for k, v in self._roles_by_key.items()}
        self._country_by_entity = {c.entity_id: c.iso3 for c in countries.values()}
        # Places whose name stands for the government: the seats of government when
        # listed (تل أبيب for Israel, not القدس), else the capital.
        self._capitals: dict[str, str] = {}
        for c in countries.values():
            for seat in c.seat_ids or (c.capital_id,):
                if seat:
                    self._capitals.setdefault(seat, c.iso3)
        self._demonyms: dict[str, str] = {}
        for c in countries.values():
            for form in demonym_forms(c.demonyms_ar):
                self._demonyms.setdefault(form, c.iso3)
        self._alias_list = list(self._build_aliases())
        self._alias_index = self._index_aliases(self._alias_list)
        self._short_index: dict[str, list[str]] = defaultdict(list)
        for e in entities.values():
            for s in e.short_ar:
                self._short_index[match_form(s)].append(e.id)
        self._titles: dict[str, list[str]] = defaultdict(list)
        # Construct-state forms, used before a country's name: وزير الخارجية →
        # "وزير خارجية روسيا", رئيس الوزراء → "رئيس وزراء إسرائيل".
        self._construct_titles: dict[str, list[str]] = defaultdict(list)
        for o in offices.values():
            for t in o.titles_ar:
                norm = match_form(t)
                self._titles[norm].append(o.key)
                words = norm.split()
                if len(words) >= 2 and words[-1].startswith("ال") and len(words[-1]) > 4:
                    construct = " ".join([*words[:-1], words[-1][2:]])
                    self._construct_titles[construct].append(o.key)
        self._agents: dict[str, Agent] = {}
        for a in self.agents:
            self._agents.setdefault(a.term_ar, a)
            self._agents.setdefault(with_article(a.term_ar), a)

    @staticmethod
    def _index_aliases(
        alias_list: list[tuple[str, str, str]],
    ) -> dict[str, list[tuple[str, str]]]:
        index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for alias, eid, kind in alias_list:
            index[alias].append((eid, kind))
        return index

    # The alias index is rebuilt on unpickling: cheaper than storing it.
    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        del state["_alias_index"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._alias_index = self._index_aliases(self._alias_list)

    # -- construction -------------------------------------------------------------

    @classmethod
    def from_records(
        cls,
        *,
        countries: Iterable[Country] = (),
        entities: Iterable[KBEntry] = (),
        offices: Iterable[Office] = (),
        roles: Iterable[Role] = (),
        agents: Iterable[Agent] = (),
        people: Iterable[KBEntry] = (),
        places: Iterable[KBEntry] = (),
        orgs: Iterable[KBEntry] = (),
    ) -> KnowledgeBase:
        """A KB from records (tests, plugins). Countries get their GPE entries.

        ``people``, ``places`` and ``orgs`` are only more ``entities``, by kind.

        Roles are checked as the loader checks them (overlaps of exclusive offices,
        end after start, known persons and offices); problems raise :class:`KBError`.
        """
        cmap = {c.iso3: c for c in countries}
        emap: dict[str, KBEntry] = {}
        for c in cmap.values():
            emap[c.entity_id] = country_entry(c)
        for e in (*entities, *people, *places, *orgs):
            if e.id in emap:
                raise KBError(f"duplicate id {e.id!r}")
            emap[e.id] = e
        for c in cmap.values():
            if c.capital_id and c.capital_id not in emap:
                emap[c.capital_id] = capital_entry(c)
        omap = {o.key: o for o in offices}
        role_list = list(roles)
        errors = check_roles(
            [(f"role {i}", r) for i, r in enumerate(role_list)], omap, set(emap)
        )
        if errors:
            raise KBError("invalid roles:\n  " + "\n  ".join(errors))
        return cls(emap, cmap, omap, role_list, agents, source="<records>")

    # -- names --------------------------------------------------------------------

    def _build_aliases(self) -> Iterator[tuple[str, str, str]]:
        seen: set[tuple[str, str]] = set()
        for alias, eid, kind in self._raw_aliases():
            if (alias, eid) not in seen:
                seen.add((alias, eid))
                yield alias, eid, kind

    def _raw_aliases(self) -> Iterator[tuple[str, str, str]]:
        for e in self.entities.values():
            kind: AliasKind = "name"
            if e.id in self._capitals:
                kind = "capital"
            for i, name in enumerate(e.names_ar):
                norm = match_form(name)
                if norm:
                    yield norm, e.id, kind if i == 0 or kind == "capital" else "variant"
            for acr in e.acronyms:
                norm = match_form(acr)
                if norm:
                    yield norm, e.id, "acronym"
        for c in self.countries.values():
            for form in demonym_forms(c.demonyms_ar):
                yield form, c.entity_id, "demonym"

    def aliases(self) -> Iterator[tuple[str, str, str]]:
        """``(alias in match form, entity id, kind)`` for every name the KB knows."""
        return iter(self._alias_list)

    def short_aliases(self) -> Iterator[tuple[str, str]]:
        """``(surname-only form, person id)``: for coreference, never matched alone."""
        for alias, ids in self._short_index.items():
            for eid in ids:
                yield alias, eid

    def candidates(self, norm: str) -> list[tuple[str, str]]:
        """``(entity id, kind)`` for an alias in match form (no clitic stripping)."""
        return list(self._alias_index.get(norm, ()))

    def lookup(self, name: str, *, short: bool = True) -> list[LookupHit]:
        """Entries a name may refer to: normalised, then with proclitics stripped.

        The whole name is tried first; a proclitic reading of its first word is used
        only when the whole name is unknown ("بموسكو" → موسكو; "بشار" stays whole).
        """
        norm = match_form(name)
        if not norm:
            return []
        first, _, rest = norm.partition(" ")
        for prefix, stem in clitic_splits(first):
            query = f"{stem} {rest}" if rest else stem
            hits = [
                LookupHit(self.entities[eid], kind, query, prefix)
                for eid, kind in self._alias_index.get(query, ())
            ]
            if short:
                hits += [
                    LookupHit(self.entities[eid], "short", query, prefix)
                    for eid in self._short_index.get(query, ())
                ]
            if hits:
                return hits
        return []

    def offices_of_title(self, norm: str) -> list[Office]:
        """Offices a title in match form names (``الرييس`` → head_of_state ...)."""
        keys = self._titles.get(norm) or self._titles.get(norm[2:] if norm.startswith("ال") else "")
        return [self.offices[k] for k in keys or ()]

    def role_phrase(self, text: str) -> list[tuple[Office, str | None]]:
        """Offices and countries a role phrase names: a title, then a demonym or country.

        ``"الرئيس السوري"`` → ``[(head_of_state, "SYR")]``; ``"وزير الخارجية في تركيا"``
        and ``"وزير خارجية تركيا"`` → ``[(foreign_minister, "TUR")]``; a bare title gives
        the office's own country (None for generic offices). The longest known title
        wins; a proclitic on the first word is stripped (والرئيس).
        """
        words = match_form(text).split()
        if not words:
            return []
        for _, stem in clitic_splits(words[0]):  # "والرييس السوري"
            found = self._role_phrase([stem, *words[1:]])
            if found:
                return found
        return []

    def _role_phrase(self, words: list[str]) -> list[tuple[Office, str | None]]:
        for i in range(len(words), 0, -1):
            title = " ".join(words[:i])
            construct = self._construct_titles.get(title)
            if construct and i < len(words):
                iso = self._country_of_name(" ".join(words[i:]))
                if iso:
                    return [
                        (o, iso) for k in construct
                        if (o := self.offices[k]).country in (None, iso)
                    ]
            offices = self.offices_of_title(title)
            if not offices:
                continue
            rest = words[i:]
            if not rest:
                return [(o, o.country) for o in offices]
            if rest[0] == "في" and len(rest) > 1:
                rest = rest[1:]
            # the demonym or country may be followed by a name: الرئيس السوري بشار الأسد
            for j in range(len(rest), 0, -1):
                tail = " ".join(rest[:j])
                iso = self.country_of_demonym(tail) or self._country_of_name(tail)
                if iso:
                    return [(o, iso) for o in offices if o.country in (None, iso)]
            return []
        return []

    def _country_of_name(self, norm: str) -> str | None:
        for eid, _ in self._alias_index.get(norm, ()):
            iso = self._country_by_entity.get(eid)
            if iso:
                return iso
        return None

    def holder_of_phrase(self, text: str, on: date) -> KBEntry | None:
        """Who a role phrase ("وزير الخارجية التركي") named on ``on``, if the KB knows."""
        for office, iso in self.role_phrase(text):
            person = self.holder(office.key, iso, on)
            if person is not None:
                return person
        return None

    def titles(self) -> Iterator[tuple[str, str]]:
        """``(title in match form, office key)`` for every office title."""
        for t, keys in self._titles.items():
            for k in keys:
                yield t, k

    def agent(self, norm: str) -> Agent | None:
        """The agent a role noun in match form names (with or without ال)."""
        return self._agents.get(norm)

    # -- countries ----------------------------------------------------------------

    def country_of_demonym(self, norm: str) -> str | None:
        """``سوري`` / ``السوريه`` / ``والسوريون`` → ``SYR``."""
        for _, stem in clitic_splits(match_form(norm)):
            iso = self._demonyms.get(stem)
            if iso:
                return iso
        return None

    def demonyms(self) -> Iterator[tuple[str, str]]:
        """``(demonym form in match form, ISO-3)``."""
        return iter(self._demonyms.items())

    def country_of_capital(self, entity_id: str) -> str | None:
        """Ankara's id → ``TUR``: capitals and seats of government, for metonymy."""
        return self._capitals.get(entity_id)

    def capital_of(self, iso3: str) -> KBEntry | None:
        """The capital's entry ("العاصمة الروسية" → Moscow)."""
        c = self.countries.get(iso3)
        return self.entities.get(c.capital_id) if c and c.capital_id else None

    def capital_phrase(self, text: str) -> KBEntry | None:
        """The capital "العاصمة الروسية" / "عاصمة روسيا" names (with a proclitic too)."""
        words = match_form(text).split()
        if len(words) < 2:
            return None
        for _, stem in clitic_splits(words[0]):
            if stem in ("العاصمه", "عاصمه"):
                tail = " ".join(words[1:])
                iso = (
                    self.country_of_demonym(tail) if stem == "العاصمه"
                    else self._country_of_name(tail)
                )
                return self.capital_of(iso) if iso else None
        return None

    def country_entity(self, iso3: str) -> KBEntry | None:
        c = self.countries.get(iso3)
        return self.entities.get(c.entity_id) if c else None

    # -- roles --------------------------------------------------------------------

    def roles_of(self, entity_id: str) -> list[Role]:
        return list(self._roles_by_person.get(entity_id, ()))

    def role_on(self, entity_id: str, on: date) -> Role | None:
        """The main role a person held on ``on``.

        With several (a president who also leads his party), state roles win over
        party and group roles, then the office listed first in offices.tsv (the more
        senior), then the most recently started.
        """
        held = [r for r in self._roles_by_person.get(entity_id, ()) if r.holds_on(on)]
        if not held:
            return None
        rank = {key: i for i, key in enumerate(self.offices)}
        return min(
            held,
            key=lambda r: (
                _SECTOR_RANK.get(r.sector, len(_SECTOR_RANK)),
                rank.get(r.office, len(rank)),
                -r.start.toordinal(),
            ),
        )

    def holder(
        self, office: str, country: str | None, on: date, org: str | None = None
    ) -> KBEntry | None:
        """Who held ``office`` in ``country`` (and ``org``) on ``on``; None if unknown.

        For an organisation's office the country may be left out:
        ``holder("armed_group_leader", None, day, org="mrs:org:hezbollah")``.
        """
        key = (office, country, org)
        roles = self._roles_by_key.get(key)
        if not roles:
            return None
        i = bisect.bisect_right(self._starts[key], on)
        for r in reversed(roles[:i]):
            if r.holds_on(on):
                return self.entities.get(r.person_id)
        return None

    def holders(self, office: str, country: str | None, org: str | None = None) -> list[Role]:
        """Every role of an office in a country, oldest first."""
        return list(self._roles_by_key.get((office, country, org), ()))

    # -- actor codes --------------------------------------------------------------

    def actor_code(self, entity_id: str, on: date | None = None) -> str | None:
        """The actor code of an entity at a date (today's when ``on`` is None).

        Countries: ISO-3 (``RUS``). Capitals and seats of government: the government
        (``TURGOV``: "أنقرة" as an actor). Organisations: their code (``IGOUNO``) or
        country + sector. People: the role held that day (country + sector, or the
        organisation's code); with no role that day, their country, followed by the
        person's own sector when the people file gives one (``EGYELI`` for a footballer,
        ``EGYREL`` for a cleric: ``figures.people.tsv``).
        """
        e = self.entities.get(entity_id)
        if e is None:
            return None
        if e.type == "PER":
            role = self.role_on(entity_id, on or date.today())
            if role is None:
                if e.country and e.sector:
                    return e.country + e.sector
                return e.country
            if role.org:
                org = self.entities.get(role.org)
                if org is not None and org.code:
                    return org.code
            country = role.country or e.country
            return f"{country}{role.sector}" if country else role.sector
        if e.type == "ORG":
            if e.code:
                return e.code
            if e.country and e.sector:
                return e.country + e.sector
            return e.sector or e.country
        iso = self._country_by_entity.get(entity_id)
        if iso:
            return iso
        iso = self._capitals.get(entity_id)
        if iso:
            return iso + "GOV"
        return e.country

    def entity_record(self, entity_id: str, on: date | None = None) -> Entity | None:
        """The :class:`marsad.models.Entity` for ``Article.entities``, role at ``on``."""
        e = self.entities.get(entity_id)
        if e is None:
            return None
        role = self.role_on(entity_id, on or date.today()) if e.type == "PER" else None
        sector = role.sector if role else e.sector
        return Entity(
            id=e.id, label_en=e.name_en, label_ar=e.name_ar, type=e.type,
            country=(role.country if role and role.country else e.country), sector=sector,
            role=role.office if role else None,
        )

    # -- common words -------------------------------------------------------------

    def lexical(self) -> Lexical:
        """Names that are also common words, and words never split into clitic + name.

        Computed from Arabic word frequencies (:mod:`marsad.entities.kb.lexicon`) on
        first use and kept with the KB's cache, so a cached KB does not read them again.
        """
        lex: Lexical | None = self.__dict__.get("_lexical")
        if lex is None:
            lex = self._lexical = lexical_of(self)
        return lex

    # -- summary ------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        by_type: dict[str, int] = defaultdict(int)
        for e in self.entities.values():
            by_type[e.type] += 1
        people_with_roles = len(self._roles_by_person)
        return {
            "countries": len(self.countries),
            "places": sum(
                1 for e in self.entities.values()
                if e.type in ("LOC", "GPE") and e.subtype != "country"
            ),
            "organisations": by_type["ORG"],
            "people": by_type["PER"],
            "people_with_roles": people_with_roles,
            "roles": sum(len(v) for v in self._roles_by_person.values()),
            "offices": len(self.offices),
            "agents": len(self.agents),
            "aliases": len(self._alias_list),
            "entities": len(self.entities),
        }


def country_entry(c: Country) -> KBEntry:
    return KBEntry(
        id=c.entity_id, qid=c.qid, type="GPE", name_en=c.name_en, names_ar=c.names_ar,
        country=c.iso3, sector=None, subtype="country",
    )


def capital_entry(c: Country) -> KBEntry:
    assert c.capital_id is not None
    return KBEntry(
        id=c.capital_id, qid=c.capital_id if c.capital_id.startswith("Q") else None,
        type="GPE", name_en=c.capital_en or f"capital of {c.name_en}",
        names_ar=c.capital_names_ar,
        country=c.iso3, subtype="capital",
    )
