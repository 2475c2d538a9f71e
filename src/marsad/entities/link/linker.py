"""Entity linking: mentions -> KB entities and actor codes valid at the article's date.

For each mention, in text order, the first rule that applies wins:

1. the recogniser already set an ``entity_id`` (an unambiguous gazetteer match), except
   that a role phrase (AGENT) always goes to the office holder;
2. a coreferring term: a counterpart ("بنظيره الروسي") or a dual ("الزعيمان");
3. a KB alias (with proclitics stripped), disambiguated by the article so far;
4. a role phrase: an office title, a country (demonym or name) and perhaps a name
   ("الرئيس السوري", "وزير خارجية تركيا", "الناطق باسم الكرملين") -> the office holder
   on the article's date; a bare title ("الرئيس") -> the last person holding it;
5. a demonym alone ("السوريون") -> the country;
6. an agent term ("الجيش التركي") -> no entity, actor code country + sector;
7. the longest alias inside the mention ("المستشار الألماني أولاف شولتس");
8. a surname of a person already introduced ("الأسد").

Besides the given mentions, the pass adds mentions (source ``link.coref.v1``) for
coreferring words the recogniser left unmarked: surnames of people already introduced,
counterparts and duals (:mod:`marsad.entities.link.resolve`).

Actor codes: a capital stands for its government (أنقرة -> TURGOV, the entity stays the
city); a person is coded by their most prominent role that day (head of state, then head
of government, then other government roles: Erdoğan is TURGOV though he also leads a
party); a person with no role that day gets the bare country code (SYR), not CVL: an
incomplete KB is not evidence of being a civilian; anything else takes the KB's code.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from marsad.entities.kb.lexicon import kb_lexical
from marsad.entities.link.indexes import Indexes, build_indexes
from marsad.entities.link.protocol import KBLike, office_of
from marsad.entities.link.resolve import ArticleRun
from marsad.entities.link.text import Resolution, heads, scan_keys
from marsad.models import Article, Entity, Mention

__all__ = ["Linker", "Resolution"]

log = logging.getLogger(__name__)


class Linker:
    """Links the mentions of articles against one knowledge base (indexes built once)."""

    def __init__(self, kb: KBLike, indexes: Indexes | None = None) -> None:
        self.kb = kb
        self.ix = indexes or build_indexes(kb)
        self.scan_keys = scan_keys(kb)
        # words never read as proclitic + alias ("بايدن" is not ب + ايدن)
        lex = kb_lexical(kb)
        self.whole_words: frozenset[str] = lex.whole_words
        # surnames that name their person alone ("لافروف"), whatever label they got
        self.alone_short: frozenset[str] = lex.alone_short

    # ------------------------------------------------------------------ public
    def link(self, article: Article) -> Article:
        on = article.published_date
        flags = article.flags
        if on is None:
            on = date.today()
            flags = (*flags, "link:date_unknown")
        run = ArticleRun(self, article.text, on)
        mentions = run.run(article.mentions)
        entities = self.entities_for(mentions, on)
        return article.replace(mentions=tuple(mentions), entities=entities, flags=flags)

    def entities_for(self, mentions: Sequence[Mention], on: date) -> tuple[Entity, ...]:
        """Distinct :class:`Entity` records of the linked mentions, in order of first mention."""
        seen: dict[str, Entity] = {}
        for m in mentions:
            for eid in (m.entity_id, *m.group):
                if eid and eid not in seen:
                    entity = self.entity(eid, on)
                    if entity is not None:
                        seen[eid] = entity
        return tuple(seen.values())

    def entity(self, entity_id: str, on: date) -> Entity | None:
        entry = self.kb.entities.get(entity_id)
        if entry is None:
            return None
        role = office_of(self.kb, entity_id, on) if entry.type == "PER" else None
        code = self.actor_code(entity_id, on)
        sector = getattr(role, "sector", None) or _sector_of(code, entry)
        names = tuple(getattr(entry, "names_ar", ()) or ())
        return Entity(
            id=entity_id,
            label_en=entry.name_en,
            label_ar=names[0] if names else "",
            type=entry.type,
            country=(getattr(role, "country", None) or entry.country),
            sector=sector,
            role=role.office if role is not None else None,
        )

    def actor_code(self, entity_id: str, on: date) -> str | None:
        """Country + sector valid on ``on``; a capital codes its government."""
        iso = self.kb.country_of_capital(entity_id)
        if iso:
            return iso + "GOV"
        role = office_of(self.kb, entity_id, on)
        if role is not None and getattr(role, "country", None) and getattr(role, "sector", None):
            # the most prominent role that day: a president who leads a party is GOV
            return str(role.country) + str(role.sector)
        code = self.kb.actor_code(entity_id, on)
        if code:
            return code
        if entity_id in self.ix.iso_of_entity:
            return self.ix.iso_of_entity[entity_id]
        entry = self.kb.entities.get(entity_id)
        if entry is not None and entry.country:
            return str(entry.country) + (entry.sector or "" if entry.type != "PER" else "")
        return None

    # ------------------------------------------------------------ lookups
    def aliases_of(self, tokens: Sequence[str]) -> list[tuple[str, str]]:
        whole = self.whole_words
        for i, head in enumerate(heads(tokens)):
            # a proclitic reading inside a whole word: "وبايدن" is و + بايدن, not وب + ايدن
            if i and any(tokens[0][k:] in whole for k in range(len(tokens[0]) - len(head[0]))):
                continue
            hit = self.ix.aliases.get(head)
            if hit:
                return hit
        return []

    def country_prefix(self, tokens: Sequence[str]) -> tuple[str | None, int]:
        """ISO-3 named at the start of ``tokens`` (demonym or country name), tokens used."""
        if not tokens:
            return None, 0
        iso = self.kb.country_of_demonym(tokens[0])
        if iso:
            return iso, 1
        n, hits = self.ix.aliases.prefix(tokens)
        for eid, _kind in hits:
            if eid in self.ix.iso_of_entity:
                return self.ix.iso_of_entity[eid], n
        return None, 0

    def country_of(self, entity_id: str, on: date) -> str | None:
        """The country an entity stands for: itself, its capital, its office, its home."""
        if entity_id in self.ix.iso_of_entity:
            return self.ix.iso_of_entity[entity_id]
        iso = self.kb.country_of_capital(entity_id)
        if iso:
            return iso
        entry = self.kb.entities.get(entity_id)
        if entry is None:
            return None
        if entry.type == "PER":
            role = office_of(self.kb, entity_id, on)
            if role is not None and getattr(role, "country", None):
                return str(role.country)
        return str(entry.country) if entry.country else None


def _sector_of(code: str | None, entry: Any) -> str | None:
    if code and len(code) > 3 and code[:3].isupper():
        return code[3:] if not code.startswith("IGO") else "IGO"
    return getattr(entry, "sector", None)
