"""The combined recogniser: KB gazetteer + patterns + CRF, with one conflict policy.

Per text (one document): the gazetteer's raw matches feed the CRF (as features) and
the patterns (demonyms, countries); the CRF tags every sentence (a stacked model's
second stage then re-tags those the rest of the text disagrees with: :mod:`.stacking`),
the consistency pass (:mod:`.consistency`) finds again the persons it named once, and
each sentence's three sets of mentions are then merged.

Policy "statistical" (the default when a model is present):

1. Names (PER, ORG, LOC, GPE, MISC): the model's spans come first (it saw the KB hits as
   features and learned where names start and end). Rule mentions fill the places it
   left empty, for the labels in ``DEFAULT_FILL`` (gazetteer: PER and ORG, none
   holding a demonym; measured), most reliable first (gazetteer, then patterns),
   then longest.
2. A model span identical to a KB match takes the KB's label and id (GPE is finer than
   LOC); a model span holding exactly one KB match of a compatible type inherits its id
   ("فلاديمير بوتين" around the KB's "بوتين").
3. AGENT mentions (offices, role phrases, agents) are added where they overlap no name,
   so "الرئيس الروسي فلاديمير بوتين" gives an AGENT and a PER.

Before the policy, adjacent model spans that together are exactly one KB name are
joined into it, and a model name that takes in a spokesperson phrase's fixed words
("المتحدث باسم") is dropped (docs/ner.md, "Conflict policy").

Without a model, or with policy "longest", the longest span wins (ties: gazetteer, then
patterns, then model); policy "reliable" puts the gazetteer first.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from marsad.arabic import Token, split_sentences, tokenize
from marsad.entities.recognize.consistency import propagate_persons
from marsad.entities.recognize.crf import CRFModel, tags_to_mentions
from marsad.entities.recognize.gazetteer import NAME as GAZ_NAME
from marsad.entities.recognize.gazetteer import Gazetteer, GazetteerMatch, mention_from_tokens
from marsad.entities.recognize.patterns import NAME as PAT_NAME
from marsad.entities.recognize.patterns import find_patterns, role_words
from marsad.eval.ner import chunks
from marsad.models import Mention

__all__ = ["RELIABILITY", "Recognizer", "merge_mentions", "sentence_tokens"]

# lower is more reliable
RELIABILITY = {GAZ_NAME: 0, PAT_NAME: 1, "ner.crf.v1": 2, "ner.transformers.v1": 2}


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


# labels a statistical span and a KB match inside it may share (CRF LOC ~ KB GPE)
_COMPATIBLE = {
    "PER": {"PER"}, "ORG": {"ORG"}, "LOC": {"LOC", "GPE"}, "GPE": {"GPE", "LOC"}, "MISC": set(),
}
STATISTICAL = frozenset({"ner.crf.v1", "ner.transformers.v1"})
# labels of rule mentions that may fill places the statistical model left empty.
# Measured by 5-fold CV on ANERcorp (docs/ner.md), matches the CRF left out are right:
# gazetteer persons 9 times in 10 (short forms: "لافروف"); organisations without a
# demonym 4 in 10 (break-even for F1; "الأمم المتحدة" matters for events); places 1 in
# 4 (the CRF saw them as features and said no: clubs named after cities, common
# words); any match holding a demonym ("الجيش اللبناني", "السوريون") never; pattern
# fills 3 in 10. Left-out matches still lend their KB ids to the CRF's own spans.
DEFAULT_FILL: dict[str, frozenset[str]] = {
    GAZ_NAME: frozenset({"PER", "ORG"}),
    PAT_NAME: frozenset(),
}


def merge_mentions(
    mentions: Iterable[Mention],
    policy: str = "statistical",
    fill: Mapping[str, frozenset[str]] | None = None,
    no_fill: Container[tuple[int, int]] = (),
    always_fill: Container[tuple[int, int]] = (),
) -> list[Mention]:
    """Resolve overlaps between backends (see the module docstring).

    ``policy``: "statistical" (model spans first, rule mentions fill the gaps with the
    labels in ``fill``, never the rule spans in ``no_fill``, always those in
    ``always_fill``), "longest" (longest span first) or "reliable" (gazetteer, then
    patterns, then the model).
    """
    mentions = list(mentions)
    names = [m for m in mentions if m.label != "AGENT"]
    if policy == "statistical":
        names = _join_fragments(names)
    agents = [m for m in mentions if m.label == "AGENT"]
    fill = DEFAULT_FILL if fill is None else fill

    def rank(m: Mention) -> tuple[int, int, int]:
        size = m.end - m.start
        rel = RELIABILITY.get(m.source, 3)
        if policy == "reliable":
            return (rel, -size, m.start)
        if policy == "statistical":
            return (0 if m.source in STATISTICAL else 1, rel, -size)
        return (-size, rel, m.start)

    chosen: list[Mention] = []
    for m in sorted(names, key=rank):
        if (
            policy == "statistical"
            and m.source not in STATISTICAL
            and (m.start, m.end) not in always_fill
            and (m.label not in fill.get(m.source, frozenset({m.label}))
                 or (m.start, m.end) in no_fill)
        ):
            continue  # a rule mention that may not fill gaps
        if any(_overlaps(m, c) for c in chosen):
            continue
        chosen.append(m)
    out = [_with_kb_id(m, names) for m in chosen]
    for a in sorted(agents, key=lambda m: (-(m.end - m.start), RELIABILITY.get(m.source, 3))):
        if not any(_overlaps(a, c) for c in out):
            out.append(a)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _join_fragments(names: list[Mention]) -> list[Mention]:
    """Adjacent model spans that together are exactly one KB name become that name.

    A model sometimes tags "كريات شمونة" as two places, "كريات" and "شمونة"; the KB
    knows the town, so the pieces are one mention (which then takes the KB's id).
    """
    model = [m for m in names if m.source in STATISTICAL]
    if len(model) < 2:
        return names
    joined: dict[int, Mention] = {}  # id() of a piece -> the whole it is part of
    for g in names:
        if g.source != GAZ_NAME:
            continue
        inner = sorted((m for m in model if m.start >= g.start and m.end <= g.end),
                       key=lambda m: m.start)
        if (len(inner) >= 2 and inner[0].start == g.start and inner[-1].end == g.end
                and all(g.label in _COMPATIBLE.get(m.label, ()) for m in inner)
                and not any(id(m) in joined for m in inner)):
            whole = replace(inner[0], end=g.end, text=g.text)
            for m in inner:
                joined[id(m)] = whole
    if not joined:
        return names
    out: list[Mention] = []
    for m in names:
        part_of = joined.get(id(m))
        if part_of is None:
            out.append(m)
        elif part_of.start == m.start:
            out.append(part_of)
    return out


def _with_kb_id(m: Mention, names: list[Mention]) -> Mention:
    """A winning span takes the KB id (and finer label) of a gazetteer match it holds."""
    if m.entity_id is not None or m.source == GAZ_NAME:
        return m
    inner = [g for g in names
             if g.source == GAZ_NAME and g.start >= m.start and g.end <= m.end]
    if not inner:
        return m
    for g in inner:
        if g.start == m.start and g.end == m.end and g.label in _COMPATIBLE.get(m.label, ()):
            return Mention(m.start, m.end, g.label, m.text, m.source, g.entity_id,
                           m.actor_code, m.score)
    ids = {g.entity_id for g in inner if g.label in _COMPATIBLE.get(m.label, ()) and g.entity_id}
    if len(ids) == 1:
        return Mention(m.start, m.end, m.label, m.text, m.source, ids.pop(), m.actor_code,
                       m.score)
    return m


def _off_role_words(tokens: Sequence[Token], tags: Sequence[str]) -> Sequence[str]:
    """The model's tags without names that take in spokesperson words ("المتحدث باسم").

    "باسم" is also a given name: "المتحدث باسم الكرملين" may come back tagged as a
    person "باسم الكرملين". Such a name is dropped; the gazetteer and the role pattern
    then give the body (الكرملين) and the AGENT as they do when the model stays out.
    """
    if all(t == "O" for t in tags):
        return tags
    fixed = role_words(tokens)
    if not fixed or all(tags[i] == "O" for i in fixed):
        return tags
    out = list(tags)
    for start, end, _typ in chunks(tags):
        if any(i in fixed for i in range(start, end)):
            out[start:end] = ["O"] * (end - start)
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
    policy: str = "statistical"
    fill: Mapping[str, frozenset[str]] | None = None
    gazetteer_mentions: bool = True  # False: the gazetteer only feeds CRF and patterns
    consistency: bool = True  # a person the CRF found once is found again in the text
    # plural demonyms alone ("السوريون") fill as NORP mentions of their country: actors
    # for events (docs/ner.md)
    collectives: bool = True

    def find(
        self, text: str, sentences: Sequence[tuple[int, int]] | None = None
    ) -> list[Mention]:
        """Mentions in ``text``; the text is one document for the consistency pass."""
        groups = sentence_tokens(text, sentences)
        gaz_raw = [self._raw(tokens) for tokens in groups]
        crf_tags: list[list[str] | None] = [None] * len(groups)
        if self.crf is not None:
            if self.crf.second is not None:  # stacked: the second stage reads the document
                crf_tags = list(self.crf.tag_document(
                    [[t.text for t in tokens] for tokens in groups],
                    [self._gaz_tags(tokens, raw) for tokens, raw in zip(groups, gaz_raw,
                                                                        strict=True)],
                ))
            else:
                crf_tags = [self._crf_tags(tokens, raw)
                            for tokens, raw in zip(groups, gaz_raw, strict=True)]
            if self.consistency:
                crf_tags = list(propagate_persons(
                    [[t.text for t in tokens] for tokens in groups],
                    [t or [] for t in crf_tags],
                ))
        out: list[Mention] = []
        for tokens, raw, tags in zip(groups, gaz_raw, crf_tags, strict=True):
            out.extend(self._merge(text, tokens, raw, tags))
        return out

    def find_in_tokens(self, text: str, tokens: Sequence[Token]) -> list[Mention]:
        """Mentions in one sentence's tokens (no document context)."""
        raw = self._raw(tokens)
        tags = self._crf_tags(tokens, raw) if self.crf is not None else None
        return self._merge(text, tokens, raw, tags)

    def _raw(self, tokens: Sequence[Token]) -> list[GazetteerMatch]:
        return self.gazetteer.raw_matches([t.norm for t in tokens]) if self.gazetteer else []

    def _gaz_tags(self, tokens: Sequence[Token], raw: list[GazetteerMatch]) -> list[str] | None:
        assert self.crf is not None
        if self.crf.uses_gazetteer and self.gazetteer is not None:
            return self.gazetteer.tags_of(raw, len(tokens))
        return None

    def _crf_tags(self, tokens: Sequence[Token], raw: list[GazetteerMatch]) -> list[str]:
        assert self.crf is not None
        return self.crf.tag([t.text for t in tokens], self._gaz_tags(tokens, raw))

    def _merge(
        self,
        text: str,
        tokens: Sequence[Token],
        raw: list[GazetteerMatch],
        crf_tags: Sequence[str] | None,
    ) -> list[Mention]:
        """The sentence's gazetteer, pattern and CRF mentions, merged by the policy."""
        found: list[Mention] = []
        no_fill: set[tuple[int, int]] = set()
        collective: set[tuple[int, int]] = set()
        if self.gazetteer is not None and self.gazetteer_mentions:
            norms = [t.norm for t in tokens]
            demonyms = self.gazetteer.demonyms
            for m in self.gazetteer.extend_agents(raw, norms):
                mention = mention_from_tokens(text, tokens, m, GAZ_NAME)
                if m.label == "GPE" and m.kind == "demonym" and self.collectives:
                    # "السوريون": a group of people by nationality (NORP, as in
                    # OntoNotes) linked to its country: an actor for events, never a
                    # place, and no named entity in ANERcorp's four types
                    mention = replace(mention, label="NORP")
                    collective.add((mention.start, mention.end))
                elif any(n in demonyms or n[1:] in demonyms for n in norms[m.start : m.end]):
                    # "الجيش اللبناني", "الحكومة العراقية": a description, not a name,
                    # when the CRF left it out (it still lends its id to a CRF span)
                    no_fill.add((mention.start, mention.end))
                found.append(mention)
        if self.patterns:
            found.extend(find_patterns(text, tokens, raw))
        if crf_tags is not None:
            found.extend(tags_to_mentions(text, tokens, _off_role_words(tokens, crf_tags)))
        # without a statistical model the rule mentions are all there is: longest wins
        policy = self.policy if self.crf is not None else "longest"
        return merge_mentions(found, policy, self.fill, no_fill, collective)
