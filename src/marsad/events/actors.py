"""Actors from mentions: the linker's actor code, else a fallback through the KB.

A mention the linker coded (``Mention.actor_code``) is used as is. Otherwise the
code comes from the KB entry (``kb.actor_code`` at the article date), a capital
(metonymy: "أنقرة" → TURGOV), a demonym in the mention ("الجيش التركي" → TUR + MIL)
or an agent noun ("مسلحون" → UAF). Plural mentions ("الزعيمان") expand to one
participant per entity in ``Mention.group``. Without a KB the coder still runs:
mentions without codes become the unknown actor ``---``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from marsad.arabic import normalize
from marsad.models import Mention, Participant

if TYPE_CHECKING:
    from marsad.entities.kb import KnowledgeBase
    from marsad.events.roles import Group

__all__ = [
    "ACTOR_LABELS",
    "COUNTRY_LABELS",
    "PLACE_LABELS",
    "SECTORS",
    "UNKNOWN",
    "ActorResolver",
    "code_in_context",
    "context_countries",
    "country_part",
    "default_kb",
    "dominant_country",
    "group_participants",
    "place_countries",
    "sector_only",
    "situate",
    "unique_participants",
]

log = logging.getLogger(__name__)

UNKNOWN = "---"
# sector codes that may stand alone, without a country ("GOV" for "دبلوماسيون")
SECTORS = frozenset(
    {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "SPY", "UAF", "CVL", "MED",
     "REL", "BUS", "EDU", "LAB", "HLH", "REF", "AGR", "ELI", "CRM", "IGO", "NGO", "INS"}
)
ACTOR_LABELS = frozenset({"PER", "ORG", "GPE", "AGENT", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# mentions that tell a country without being a place where something happens
COUNTRY_LABELS = PLACE_LABELS | {"NORP"}


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase | None:
    """The shipped KB, or None when it is not installed or does not load."""
    try:
        from marsad.entities.kb import load_kb

        return load_kb()
    except Exception as e:  # the coder degrades: actors fall back to mention codes
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        log.warning("events: knowledge base unavailable (%s); actor fallback disabled", first)
        return None


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def known_first_words(kb: Any) -> frozenset[str]:
    """Every word of every KB alias (match form), cached per KB object."""
    key = id(kb)
    if key not in _FIRST_WORDS:
        try:
            _FIRST_WORDS[key] = frozenset(w for a, _, _ in kb.aliases() for w in a.split())
        except Exception:  # a KB without aliases: no clitic detection
            _FIRST_WORDS[key] = frozenset()
    return _FIRST_WORDS[key]


class ActorResolver:
    """Participant codes for mentions at one article's date."""

    def __init__(self, kb: KnowledgeBase | Any | None, on: date | None) -> None:
        self.kb = kb
        self.on = on
        self._cache: dict[tuple[int, int, str | None], str] = {}
        words = known_first_words(kb) if kb is not None else frozenset()
        self.known = words.__contains__ if words else None

    def code(self, m: Mention) -> str:
        key = (m.start, m.end, m.entity_id)
        if key not in self._cache:
            self._cache[key] = self._code(m)
        return self._cache[key]

    def _code(self, m: Mention) -> str:
        if m.actor_code:
            return m.actor_code
        kb = self.kb
        if kb is None:
            return UNKNOWN
        try:
            if m.entity_id:
                code = kb.actor_code(m.entity_id, self.on)
                if code:
                    return str(code)
            return self._from_words(normalize(m.text))
        except Exception as e:  # a KB bug must not stop coding
            log.debug("actor fallback failed for %r: %s", m.text, e)
            return UNKNOWN

    def _from_words(self, norm: str) -> str:
        kb = self.kb
        assert kb is not None
        country, sector = "", ""
        words = norm.split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                agent = kb.agent(phrase)
                if agent is not None and not sector:
                    sector = agent.sector
                    break
            iso = kb.country_of_demonym(words[i])
            if iso and not country:
                country = iso
        if not country and len(words) == 1:
            country = kb.country_of_demonym(words[0]) or ""
        return (country + sector) or UNKNOWN

    def participants(self, m: Mention) -> list[Participant]:
        """One participant per entity the mention names (plural mentions expand)."""
        if m.group and self.kb is not None:
            out = []
            for eid in m.group:
                code = None
                try:
                    code = self.kb.actor_code(eid, self.on)
                except Exception:  # unknown id in the group: keep the others
                    code = None
                out.append(Participant(code or UNKNOWN, eid, m.text, m.start, m.end))
            if out:
                return out
        return [Participant(self.code(m), m.entity_id, m.text, m.start, m.end)]


# -- countries from context -------------------------------------------------------


def country_part(code: str) -> str | None:
    """The country of a code (``SYRGOV`` → SYR), None for sectors, IGOs and ``---``."""
    head = code[:3]
    if code == UNKNOWN or len(head) < 3 or head in SECTORS or not head.isalpha():
        return None
    return head if head.isupper() else None


def sector_only(code: str) -> bool:
    """A sector with no country: ``GOV``, ``CVL`` (never the unknown actor)."""
    return len(code) == 3 and code in SECTORS and code != "IGO"


def place_countries(mentions: Sequence[Mention], resolver: ActorResolver) -> list[str]:
    """Countries of the places among ``mentions``, in text order, without repeats."""
    out: list[str] = []
    for m in mentions:
        if m.label not in COUNTRY_LABELS:
            continue
        iso = country_part(resolver.code(m))
        if iso and iso not in out:
            out.append(iso)
    return out


def dominant_country(mentions: Sequence[Mention], resolver: ActorResolver) -> str | None:
    """The country the article is most about: the most frequent country among its
    coded mentions (places and actors), the first mentioned on a tie."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        iso = country_part(resolver.code(m))
        if iso:
            counts[iso] += 1
            first.setdefault(iso, m.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def context_countries(
    clause: Sequence[Mention],
    sentence: Sequence[Mention],
    article_country: str | None,
    resolver: ActorResolver,
) -> list[str]:
    """Countries an event's unplaced sectors may belong to, nearest first: the places
    of its clause, then of its sentence, then the article's main country."""
    out = place_countries(clause, resolver)
    for iso in [*place_countries(sentence, resolver), article_country or ""]:
        if iso and iso not in out:
            out.append(iso)
    return out


def situate(parts: Sequence[Participant], countries: Sequence[str]) -> list[Participant]:
    """Sector-only codes take the first country of the context ("مدنيين" in a sentence
    about Idlib → SYRCVL); with no country anywhere they stay as they are."""
    if not countries:
        return list(parts)
    return [
        dataclasses.replace(p, code=countries[0] + p.code) if sector_only(p.code) else p
        for p in parts
    ]


def code_in_context(
    category: str,
    mode: str | None,
    actors: list[Participant],
    recips: list[Participant],
    countries: Sequence[str],
    country_after: Callable[[Participant], str | None],
    is_people: Callable[[Participant], bool],
) -> tuple[list[Participant], list[Participant]]:
    """Actor and recipient codes completed from the event's context.

    - a sector-only code takes the country of a demonym right after its mention
      ("صحفيين فرنسيين" → FRAMED), else the first of ``countries`` (the clause's
      places, the sentence's, the article's main country);
    - victims (ASSAULT, COERCE) and protesters named by a plural demonym ("ثلاثة
      فلسطينيين" → PSE) are that country's civilians (PSECVL), not its state;
    - a protest with no named protesters is held by civilians, and a demonstration
      with no target is aimed at the government of the country it happens in (strikes
      aim at employers, boycotts at goods or votes: no default target)."""

    def own(p: Participant) -> Participant:
        if p.start < 0 or not sector_only(p.code):
            return p
        iso = country_after(p)
        return dataclasses.replace(p, code=iso + p.code) if iso else p

    actors, recips = [own(p) for p in actors], [own(p) for p in recips]

    def crowd(parts: list[Participant]) -> list[Participant]:
        return [dataclasses.replace(p, code=p.code + "CVL") if is_people(p) else p
                for p in parts]

    if category in ("ASSAULT", "COERCE"):
        recips = crowd(recips)
    elif category == "PROTEST":
        actors = crowd(actors) or [Participant("CVL")]
    actors, recips = situate(actors, countries), situate(recips, countries)
    if category == "PROTEST" and mode not in ("strike", "boycott") and not recips and countries:
        gov = countries[0] + "GOV"
        if gov not in {p.code for p in actors}:
            recips = [Participant(gov)]
    return actors, recips


def unique_participants(parts: list[Participant]) -> list[Participant]:
    """Participants without repeats: by entity (or code), by text for unknown actors."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for p in parts:
        key = (p.code, p.entity_id) if p.entity_id or p.code != UNKNOWN else (p.code, p.text)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def group_participants(
    group: Group | None, resolver: ActorResolver, groups: Sequence[Group] = ()
) -> list[Participant]:
    """The participants of a mention group (an actor or recipient slot of an event)."""
    if group is None:
        return []
    parts = unique_participants(
        [p for m in group.members for p in resolver.participants(m.mention)]
    )
    # "دبلوماسيون من روسيا وتركيا": a sector without a country takes the countries
    # of the من-phrase right after it, one participant each
    if len(parts) == 1 and (parts[0].code == UNKNOWN or parts[0].code in SECTORS):
        nxt = next((g for g in groups if g.start >= group.end), None)
        if nxt is not None and nxt.marker == "من" and nxt.start - group.end <= 5:
            countries = [p for m in nxt.members for p in resolver.participants(m.mention)]
            if countries and all(len(p.code) == 3 and p.code != UNKNOWN for p in countries):
                sector = "" if parts[0].code == UNKNOWN else parts[0].code
                return [
                    Participant(c.code + sector, c.entity_id, parts[0].text,
                                parts[0].start, parts[0].end)
                    for c in countries
                ]
    return parts
