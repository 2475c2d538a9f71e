"""The combined recogniser: KB gazetteer + patterns + CRF, with one conflict policy.

Per sentence: the gazetteer's raw matches feed the CRF (as features) and the
patterns (demonyms, countries); the three sets of mentions are then merged:

1. Names (PER, ORG, LOC, GPE, MISC) first. Overlapping candidates: the longest span
   (in tokens) wins; on equal length the most reliable source wins (gazetteer, then
   patterns, then CRF). A KB match carries its entity id; a longer winning span of the
   same type that contains exactly one linked KB match inherits its id
   ("فلاديمير بوتين" from the CRF around the KB's "بوتين").
   When the gazetteer and another source give the same span, the gazetteer's label
   wins (GPE is finer than the CRF's LOC).
2. AGENT mentions (offices, role phrases, agents) are added where they overlap no name,
   so "الرئيس الروسي فلاديمير بوتين" gives an AGENT and a PER.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.arabic import Token, split_sentences, tokenize
from marsad.entities.recognize.crf import CRFModel
from marsad.entities.recognize.gazetteer import NAME as GAZ_NAME
from marsad.entities.recognize.gazetteer import Gazetteer, mention_from_tokens
from marsad.entities.recognize.patterns import NAME as PAT_NAME
from marsad.entities.recognize.patterns import find_patterns
from marsad.models import Mention

__all__ = ["RELIABILITY", "Recognizer", "merge_mentions", "sentence_tokens"]

# lower is more reliable
RELIABILITY = {GAZ_NAME: 0, PAT_NAME: 1, "ner.crf.v1": 2, "ner.transformers.v1": 2}


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def merge_mentions(mentions: Iterable[Mention], policy: str = "longest") -> list[Mention]:
    """Resolve overlaps (see module docstring). ``policy``: "longest" or "reliable"."""
    mentions = list(mentions)
    names = [m for m in mentions if m.label != "AGENT"]
    agents = [m for m in mentions if m.label == "AGENT"]

    def rank(m: Mention) -> tuple[int, int, int]:
        size = m.end - m.start
        rel = RELIABILITY.get(m.source, 3)
        if policy == "reliable":
            return (rel, -size, m.start)
        return (-size, rel, m.start)

    chosen: list[Mention] = []
    for m in sorted(names, key=rank):
        if any(_overlaps(m, c) for c in chosen):
            continue
        chosen.append(m)
    out: list[Mention] = []
    for m in chosen:
        inner = [
            g for g in names
            if g.source == GAZ_NAME and g is not m and g.start >= m.start and g.end <= m.end
        ]
        if inner and m.entity_id is None:
            same_span = [g for g in inner if g.start == m.start and g.end == m.end]
            if same_span:
                g = same_span[0]
                m = Mention(m.start, m.end, g.label, m.text, m.source, g.entity_id,
                            m.actor_code, m.score)
            else:
                ids = {g.entity_id for g in inner if g.label == m.label and g.entity_id}
                if len(ids) == 1:
                    m = Mention(m.start, m.end, m.label, m.text, m.source, ids.pop(),
                                m.actor_code, m.score)
        out.append(m)
    for a in sorted(agents, key=lambda m: (-(m.end - m.start), RELIABILITY.get(m.source, 3))):
        if not any(_overlaps(a, c) for c in out):
            out.append(a)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def sentence_tokens(
    text: str, sentences: Sequence[tuple[int, int]] | None = None
) -> list[list[Token]]:
    """The tokens of ``text`` grouped by sentence (spans computed when not given)."""
    spans = list(sentences) if sentences else split_sentences(text)
    tokens = tokenize(text)
    out: list[list[Token]] = []
    k = 0
    for _s, e in spans:
        group: list[Token] = []
        while k < len(tokens) and tokens[k].start < e:
            group.append(tokens[k])
            k += 1
        if group:
            out.append(group)
    if k < len(tokens):
        out.append(tokens[k:])
    return out


@dataclass
class Recognizer:
    """Gazetteer + patterns + CRF over one text; any part may be left out."""

    gazetteer: Gazetteer | None = None
    crf: CRFModel | None = None
    patterns: bool = True
    policy: str = "longest"
    gazetteer_mentions: bool = True  # False: the gazetteer only feeds CRF and patterns

    def find(
        self, text: str, sentences: Sequence[tuple[int, int]] | None = None
    ) -> list[Mention]:
        out: list[Mention] = []
        for tokens in sentence_tokens(text, sentences):
            out.extend(self.find_in_tokens(text, tokens))
        return out

    def find_in_tokens(self, text: str, tokens: Sequence[Token]) -> list[Mention]:
        """Mentions in one sentence's tokens."""
        norms = [t.norm for t in tokens]
        raw = self.gazetteer.raw_matches(norms) if self.gazetteer else []
        found: list[Mention] = []
        if self.gazetteer is not None and self.gazetteer_mentions:
            matches = self.gazetteer.extend_agents(raw, norms)
            found.extend(mention_from_tokens(text, tokens, m, GAZ_NAME) for m in matches)
        if self.patterns:
            found.extend(find_patterns(text, tokens, raw))
        if self.crf is not None:
            gaz_tags = None
            if self.crf.uses_gazetteer and self.gazetteer is not None:
                gaz_tags = self.gazetteer.tags_of(raw, len(norms))
            found.extend(self.crf.mentions(text, tokens, gaz_tags))
        return merge_mentions(found, self.policy)
