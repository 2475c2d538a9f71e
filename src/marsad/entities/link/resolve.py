"""The per-article linking pass: rules applied to each mention in text order.

:class:`ArticleRun` walks an article's mentions (and the coreferring words the
recogniser left unmarked) in order, keeping a :class:`~marsad.entities.link.coref.Salience`
record of what has been introduced; :meth:`ArticleRun.resolve` applies the rules listed
in :mod:`marsad.entities.link.linker` (role phrases, organisations, counterparts, pairs,
aliases, agents, surnames).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from marsad.arabic import clitic_splits, normalize, normalize_with_map
from marsad.entities.link.coref import (
    Salience,
    between_pair,
    match_term,
    pair_countries,
    pair_people,
)
from marsad.entities.link.protocol import office_of
from marsad.entities.link.text import (
    COREF_SOURCE,
    SOURCE,
    WORD_RE,
    Resolution,
    heads,
    mention_words,
    next_word,
)
from marsad.models import Mention

if TYPE_CHECKING:
    from marsad.entities.link.linker import Linker

__all__ = ["ArticleRun"]

# Kinds of alias, most to least trusted when several entities share a form.
_KIND_BONUS = {"name": 1.0, "capital": 1.0, "acronym": 0.5, "demonym": 0.5, "variant": 0.25}
_PLACE_TYPES = frozenset({"GPE", "LOC"})
# Entity types a name found *inside* a longer mention may have, by the mention's label:
# "بنك الرياض" (ORG) is not Riyadh, "جامعة حائل" is not Ha'il.
_ANY = frozenset({"PER", "ORG", "GPE", "LOC"})
_INNER_TYPES = {
    "PER": frozenset({"PER"}),
    "ORG": frozenset({"ORG"}),
    "GPE": _PLACE_TYPES,
    "LOC": _PLACE_TYPES,
    "NORP": _PLACE_TYPES,
    "AGENT": frozenset({"PER", "ORG"}),
}


class ArticleRun:
    """One article's linking pass: mentions in order, with a growing salience record."""

    def __init__(self, linker: Linker, text: str, on: date) -> None:
        self.linker = linker
        self.kb = linker.kb
        self.text = text
        self.on = on
        self.salience = Salience(linker.kb, on)
        self._country_cache: dict[str, str | None] = {}

    def run(self, given: Sequence[Mention]) -> list[Mention]:
        covered = bytearray(len(self.text))
        for m in given:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        pending = sorted(given, key=lambda m: (m.start, -m.end))
        candidates = [
            c for c in self._candidates()
            if covered.find(1, c[0], c[1]) == -1 or (c[2] == "surname" and self._split_inside(
                c, pending))
        ]
        dropped: set[int] = set()  # ids of given mentions replaced by a whole-word surname
        out: list[Mention] = []
        i = k = 0  # next given mention, next candidate
        while i < len(pending) or k < len(candidates):
            if k == len(candidates) or (i < len(pending) and pending[i].start <= candidates[k][0]):
                m = pending[i]
                i += 1
                if id(m) in dropped:
                    continue
            else:
                extra = self._coref_mention(*candidates[k])
                k += 1
                if extra is None:
                    continue
                if covered.find(1, extra.start, extra.end) != -1:
                    # "بايدن" read by the recogniser as ب + "ايدن" (a town): the person
                    # introduced earlier wins over a split inside their surname
                    inner = [p for p in pending if extra.start < p.start and p.end <= extra.end]
                    if not inner:
                        continue
                    dropped.update(id(p) for p in inner)
                covered[extra.start : extra.end] = b"\x01" * (extra.end - extra.start)
                m = extra
            out.append(self._link(m, self._following(m, pending, i, candidates, k)))
        return out

    @staticmethod
    def _split_inside(cand: tuple[int, int, str, str], pending: Sequence[Mention]) -> bool:
        """A given mention starts inside the candidate word (a proclitic split off it)."""
        return any(cand[0] < p.start < cand[1] and p.end <= cand[1] for p in pending)

    def _following(
        self,
        m: Mention,
        pending: Sequence[Mention],
        i: int,
        candidates: Sequence[tuple[int, int, str, str]],
        k: int,
    ) -> list[Mention]:
        """The next mention after ``m``, given or found by the scan (for appositions)."""
        nxt = pending[i] if i < len(pending) else None
        while k < len(candidates) and candidates[k][0] < m.end:
            k += 1
        if k < len(candidates) and (nxt is None or candidates[k][0] < nxt.start):
            extra = self._coref_mention(*candidates[k])
            if extra is not None:
                return [extra]
        return [nxt] if nxt is not None else []

    # ---------------------------------------------------------- new mentions
    def _candidates(self) -> Iterator[tuple[int, int, str, str]]:
        """Words that may corefer: dual/counterpart terms and KB surnames (with clitics).

        One pass over the normalised text with a set lookup per word: no tokenising.
        """
        norm = normalize_with_map(self.text)
        keys = self.linker.scan_keys
        for w in WORD_RE.finditer(norm.text):
            hit = keys.get(w.group())
            if hit is not None:
                start, end = norm.span(w.start(), w.end())
                yield start, end, hit[0], hit[1]

    def _coref_mention(self, start: int, end: int, kind: str, base: str) -> Mention | None:
        """An uncovered counterpart/dual term or introduced surname becomes a mention."""
        if kind == "surname":
            if base not in self.salience.surnames:  # only once the person is introduced
                return None
            return Mention(start, end, "PER", self.text[start:end], COREF_SOURCE)
        if kind == "counterpart":  # take the demonym: "نظيره الروسي"
            nxt = next_word(self.text, end)
            if nxt is not None and self.kb.country_of_demonym(normalize(nxt[2])):
                end = nxt[1]
        return Mention(start, end, "AGENT", self.text[start:end], COREF_SOURCE)

    # ---------------------------------------------------------------- linking
    def _link(self, m: Mention, following: Sequence[Mention]) -> Mention:
        res = self.resolve(m, following)
        if res.entity_id and not res.group:
            self.salience.add(m.start, res.entity_id, m.end)
        if res.entity_id is None and res.actor_code is None:
            return m
        return Mention(
            m.start,
            m.end,
            m.label,
            m.text,
            m.source or SOURCE,
            res.entity_id,
            res.actor_code,
            m.score,
            res.group,
        )

    def code(self, entity_id: str) -> str | None:
        return self.linker.actor_code(entity_id, self.on)

    def resolve(self, m: Mention, following: Sequence[Mention] = ()) -> Resolution:
        words = mention_words(m.text)
        if m.entity_id:
            # a role phrase names whoever holds the office that day, whatever the
            # recogniser matched inside it ("الناطق باسم الكرملين" is not the Kremlin)
            role = self._role(m, words) if m.label == "AGENT" and words else None
            if role is not None and role.entity_id:
                return role
            return Resolution(m.entity_id, m.actor_code or self.code(m.entity_id), "ner")
        if not words:
            return Resolution(None, None, "none")
        if m.label == "PER" and len(words) == 1:  # "السوداني" the PM, not the demonym
            res = self._surname(m, words)
            if res is not None:
                return res
        for rule in (self._coref_term, self._alias, self._role, self._demonym):
            res = rule(m, words)
            if res is not None:
                if res.how.startswith("role") and following:
                    app = self._apposition(m, following[0])
                    if app is not None:
                        return app
                    if res.how == "role-context" and self._adjacent_person(m, following[0]):
                        # "الأمير سطام بن سعود": the title belongs to the name after it,
                        # a person the KB does not know, not to the last prince mentioned
                        return Resolution(None, None, "none")
                return res
        if m.label == "AGENT" and following:
            app = self._apposition(m, following[0])
            if app is not None:
                return app
        for rule in (self._agent, self._inner_alias, self._surname, self._title_before):
            res = rule(m, words)
            if res is not None:
                return res
        return Resolution(None, None, "none")

    def _title_before(self, m: Mention, words: list[str]) -> Resolution | None:
        """A name whose title the recogniser left out: "الملك" + "سلمان" is an alias."""
        if m.label != "PER":
            return None
        before = [normalize(w) for w in WORD_RE.findall(self.text, max(0, m.start - 40), m.start)]
        for n in (1, 2):
            if len(before) < n:
                break
            hits = [h for h in self.linker.ix.aliases.get([*before[-n:], *words])
                    if self.salience.type_of(h[0]) == "PER"]
            eid = self._choose(hits, "PER") if hits else None
            if eid is not None:
                return Resolution(eid, self.code(eid), "title+name")
        return None

    def _adjacent_person(self, m: Mention, nxt: Mention) -> bool:
        between = self.text[m.end : nxt.start]
        return nxt.label == "PER" and len(between) <= 3 and not between.strip(" ،,\u00a0")

    def _apposition(self, m: Mention, nxt: Mention) -> Resolution | None:
        """"الرئيس السوري بشار الأسد" as two mentions: the title takes the name's entity."""
        between = self.text[m.end : nxt.start]
        if nxt.label != "PER" or len(between) > 3 or between.strip(" ،,\u00a0"):
            return None
        res = self.resolve(nxt)
        if not res.entity_id or self.kb.entities[res.entity_id].type != "PER":
            return None
        # "كلف الرئيس العراقي محمد شياع السوداني": a name after a title is its holder
        # only if that person ever held the office (or the KB knows no role of theirs)
        n, offices, _ = self._title(mention_words(m.text), self.linker.ix.titles)
        if not n:  # only a title stands in apposition: "ميليشيات صالح" is not Saleh
            return None
        roles = self.kb.roles_of(res.entity_id)
        if roles and not any(r.office in offices for r in roles):
            return None
        return Resolution(res.entity_id, res.actor_code, "apposition")

    def _choose(self, hits: list[tuple[str, str]], label: str) -> str | None:
        best: tuple[float, int] | None = None
        choice = None
        for rank, (eid, kind) in enumerate(hits):
            entry = self.kb.entities.get(eid)
            if entry is None:
                continue
            score = _KIND_BONUS.get(kind, 0.0)
            if self.salience.known(eid):
                score += 4.0
            if label == entry.type or (label in _PLACE_TYPES and entry.type in _PLACE_TYPES):
                score += 2.0
            if eid in self.linker.ix.iso_of_entity:
                score += 0.5
            elif entry.country and entry.country in self._salient_countries():
                score += 1.5  # "عمان" after the Jordanian king is Amman, not Oman
            if entry.type == "PER" and office_of(self.kb, eid, self.on) is not None:
                score += 1.5
            if str(eid).startswith("Q"):
                score += 0.5
            key = (score, -rank)
            if best is None or key > best:
                best, choice = key, eid
        return choice

    def _alias(self, m: Mention, words: list[str]) -> Resolution | None:
        hits = self.linker.aliases_of(words)
        if not hits and len(words) == 1:  # "لافروف" labelled ORG or LOC: still Lavrov
            for head in heads(words):
                if head[0] in self.linker.alone_short:
                    hits = [(pid, "variant") for pid in self.linker.ix.short_forms.get(head)]
                    break
        if m.label == "PER":
            people = [h for h in hits if self.salience.type_of(h[0]) == "PER"]
            if people:
                hits = people
            elif len(words) == 1:  # "ترامب" alone: a KB short form beats a village
                short = self.linker.ix.short_forms.get(words)
                if short:
                    hits = [(pid, "variant") for pid in short]
        eid = self._choose(hits, m.label) if hits else None
        if eid is None:
            return None
        return Resolution(eid, self.code(eid), "alias")

    def _inner_alias(self, m: Mention, words: list[str]) -> Resolution | None:
        ix = self.linker.ix.aliases
        # inside a person's name, one word is a surname at best: "خالد الفيصل" is not
        # Saud al-Faisal, so a person needs two words of a known name
        shortest = 2 if m.label == "PER" else 1
        for n in range(min(len(words) - 1, ix.longest), shortest - 1, -1):
            for s in range(1, len(words) - n + 1):
                hits = [h for h in ix.get(words[s : s + n]) if h[1] != "demonym"
                        and self.salience.type_of(h[0]) in _INNER_TYPES.get(m.label, _ANY)]
                eid = self._choose(hits, m.label) if hits else None
                if eid is not None:
                    return Resolution(eid, self.code(eid), "inner")
        return None

    def _surname(self, m: Mention, words: list[str]) -> Resolution | None:
        if len(words) != 1:  # "خالد بن صالح" is not Ali Abdullah Saleh
            return None
        for head in heads(words[-1:]):
            pid = self.salience.surnames.get(head[0])
            if pid is not None:
                return Resolution(pid, self.code(pid), "surname")
        return None

    def _demonym(self, m: Mention, words: list[str]) -> Resolution | None:
        if len(words) != 1:
            return None
        for head in heads(words):
            iso = self.kb.country_of_demonym(head[0])
            if iso and iso in self.linker.ix.entity_of_iso:
                return Resolution(self.linker.ix.entity_of_iso[iso], iso, "demonym")
        return None

    def _name_after(self, rest: list[str]) -> Resolution | None:
        """A person named after a title: "الرئيس بوتين", "نظيره الروسي فلاديمير بوتين"."""
        if not rest:
            return None
        hits = [h for h in self.linker.ix.aliases.get(rest) if self.salience.type_of(h[0]) == "PER"]
        eid = self._choose(hits, "PER") if hits else None
        if eid is None and len(rest) == 1:  # "الرئيس بوتين": a surname alone
            eid = self.salience.surnames.get(rest[0])
            if eid is None:
                short = self.linker.ix.short_forms.get(rest)
                eid = self._choose([(p, "variant") for p in short], "PER") if short else None
        if eid is not None and self.kb.entities[eid].type == "PER":
            return Resolution(eid, self.code(eid), "role+name")
        return None

    def _role(self, m: Mention, words: list[str]) -> Resolution | None:
        found = self._role_with(m, words, construct=False)
        if found is None or found.entity_id is None:
            # "وزير خارجية تركيا", "أمير قطر": construct forms, only with a country after
            alt = self._role_with(m, words, construct=True)
            if alt is not None and (found is None or alt.entity_id):
                return alt
        return found

    def _role_with(self, m: Mention, words: list[str], construct: bool) -> Resolution | None:
        """Longest title first; a shorter one is tried when the longer finds nobody
        ("الأمين العام للأمم المتحدة" = "الأمين العام" of the UN)."""
        index = self.linker.ix.constructs if construct else self.linker.ix.titles
        fallback: Resolution | None = None
        for head in heads(words):
            for n, offices in index.prefixes(head):
                res = self._role_at(m, offices, head[n:], construct)
                if res is not None and res.entity_id:
                    return res
                fallback = fallback or res
            if fallback is not None:
                break
        return fallback

    def _role_at(
        self, m: Mention, offices: list[str], rest: list[str], construct: bool
    ) -> Resolution | None:
        iso, used = self.linker.country_prefix(rest)
        if not rest:  # a span cut after the title: "المستشار" + "الألماني" outside it
            nxt = next_word(self.text, m.end)
            if nxt is not None:
                word = normalize(nxt[2])
                iso = self.kb.country_of_demonym(word)
                if iso is None and construct:
                    # only a construct head takes a country name: "أمير" + "قطر"; after
                    # "الرئيس" a country is the object ("زار الرئيس تركيا")
                    iso = self.linker.country_prefix([word])[0]
        org = None if iso else self._org_prefix(rest)
        if construct and iso is None:
            return None
        named = self._name_after(rest[used:])
        if named is not None:
            return named
        if org is not None:
            # "زعيم حزب الله": an armed group's leader before its parliamentary chief
            sector = getattr(self.kb.entities.get(org[0]), "sector", None)
            offices = sorted(offices, key=lambda k: self.kb.offices[k].sector != sector)
        for key in offices:
            office = self.kb.offices[key]
            country = iso or getattr(office, "country", None)
            holder = None
            if org is not None:
                holder = self._holder_in_org(key, org[0])
            elif country:
                holder = self.kb.holder(key, country, self.on)
            if holder is not None:
                return Resolution(holder.id, self.code(holder.id), "role")
        first = self.kb.offices[offices[0]]
        country = iso or getattr(first, "country", None)
        if org is not None:  # "المتحدث باسم حركة حماس": the organisation's code
            return Resolution(None, self.code(org[0]), "role-vacant")
        if country is None:  # a bare title: the last person introduced who holds it
            if rest:
                return None
            role = self.salience.last_with_office(m.start, offices)
            if role is not None:
                return Resolution(role.person_id, self.code(role.person_id), "role-context")
            return None
        # the office and country are known even when the holder is not
        return Resolution(None, country + (getattr(first, "sector", None) or "GOV"), "role-vacant")

    def _org_prefix(self, rest: list[str]) -> tuple[str, int] | None:
        """An organisation named right after a title ("للأمم المتحدة", "باسم حركة حماس")."""
        if not rest:
            return None
        if rest[0] == "باسم":
            rest = rest[1:]
        aliases = self.linker.ix.aliases
        for head in heads(rest):
            n, hits = aliases.prefix(head)
            orgs = [h for h in hits if self.salience.type_of(h[0]) == "ORG"]
            if n and orgs:
                return orgs[0][0], n
        return None

    def _holder_in_org(self, office: str, org: str) -> Any | None:
        """The holder of an office in an organisation (roles keyed by its country, or none)."""
        country = getattr(self.kb.entities.get(org), "country", None)
        for c in dict.fromkeys((country, None)):
            try:
                found = self.kb.holder(office, c, self.on, org=org)  # type: ignore[call-arg]
            except TypeError:  # a KB without organisation offices
                return None
            if found is not None:
                return found
        return None

    @staticmethod
    def _title(words: list[str], index: Any) -> tuple[int, list[str], list[str]]:
        """The longest title opening ``words`` (proclitics allowed): length, offices, rest."""
        for head in heads(words):
            n, offices = index.prefix(head)
            if n:
                return n, offices, head[n:]
        return 0, [], []

    def _agent(self, m: Mention, words: list[str]) -> Resolution | None:
        agents = self.linker.ix.agents
        # agent terms may be stored bare (شرطه) or with the article (الجيش)
        heads = [[stem, *words[1:]] for _, stem in clitic_splits(words[0])]
        for head in heads:
            n, hits = agents.prefix(head)
            if n:
                break
        else:
            return None
        iso, _ = self.linker.country_prefix(head[n:])
        sector = hits[0].sector
        return Resolution(None, (iso or "") + sector, "agent")

    def _coref_term(self, m: Mention, words: list[str]) -> Resolution | None:
        term = match_term(words[0])
        if term is None:
            return None
        kind = term[1]
        if kind == "counterpart":
            return self._counterpart(m, words[1:])
        a, b = between_pair(self.salience, self.text, m.start)
        if a:  # "بين دمشق وأنقرة ... بين البلدين"
            people = all(self.salience.type_of(x) == "PER" for x in (a, b))
            if kind != "pair_country" and people:
                return Resolution(a, self.code(a), "pair-between", (a, b))
            iso = [self.linker.country_of(x, self.on) for x in (a, b)]
            of_iso = self.linker.ix.entity_of_iso
            c1, c2 = iso
            if kind in ("pair_country", "pair_side") and c1 and c2 and c1 != c2 and (
                c1 in of_iso and c2 in of_iso
            ):
                pair = (of_iso[c1], of_iso[c2])
                return Resolution(pair[0], self.code(pair[0]), "pair-between", pair)
        if kind in ("pair_country",) or (
            kind == "pair_side" and len(self.salience.people(m.start)) < 2
        ):
            group = pair_countries(
                self.salience, m.start, self._countries_of_salient(), self.linker.ix.entity_of_iso
            )
        else:
            group = pair_people(self.salience, m.start, kind)
        if not group:
            return None
        return Resolution(group[0], self.code(group[0]), "pair", group)

    def _salient_countries(self) -> set[str]:
        return {c for c in self._countries_of_salient().values() if c}

    def _countries_of_salient(self) -> dict[str, str | None]:
        for _, eid in self.salience.order:
            if eid not in self._country_cache:
                self._country_cache[eid] = self.linker.country_of(eid, self.on)
        return self._country_cache

    def _counterpart(self, m: Mention, rest: list[str]) -> Resolution | None:
        iso, used = self.linker.country_prefix(rest)
        named = self._name_after(rest[used:])
        if named is not None:
            return Resolution(named.entity_id, named.actor_code, "counterpart+name")
        if iso is None:
            return None
        antecedent = self.salience.last_with_office(m.start)
        holder = self.kb.holder(antecedent.office, iso, self.on) if antecedent else None
        if holder is None:  # the country is known even when the holder is not
            sector = getattr(antecedent, "sector", None) or "GOV"
            return Resolution(None, iso + sector, "counterpart-vacant")
        return Resolution(holder.id, self.code(holder.id), "counterpart")


