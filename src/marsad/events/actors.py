"""Actors from mentions: the linker's actor code, else a fallback through the KB.

A mention the linker coded (``Mention.actor_code``) is used as is. Otherwise the
code comes from the KB entry (``kb.actor_code`` at the article date), a capital
(metonymy: "أنقرة" → TURGOV), a demonym in the mention ("الجيش التركي" → TUR + MIL)
or an agent noun ("مسلحون" → UAF). Plural mentions ("الزعيمان") expand to one
participant per entity in ``Mention.group``. Without a KB the coder still runs:
mentions without codes become the unknown actor ``---``.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from marsad.arabic import normalize
from marsad.models import Mention, Participant

if TYPE_CHECKING:
    from marsad.entities.kb import KnowledgeBase

__all__ = ["ACTOR_LABELS", "PLACE_LABELS", "SECTORS", "UNKNOWN", "ActorResolver", "default_kb"]

log = logging.getLogger(__name__)

UNKNOWN = "---"
# sector codes that may stand alone, without a country ("GOV" for "دبلوماسيون")
SECTORS = frozenset(
    {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "SPY", "UAF", "CVL", "MED",
     "REL", "BUS", "EDU", "LAB", "HLH", "REF", "AGR", "ELI", "CRM", "IGO", "NGO", "INS"}
)
ACTOR_LABELS = frozenset({"PER", "ORG", "GPE", "AGENT"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


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
