"""Rule patterns over tokens: name heads, given names and role phrases (tables as data).

The tables are in ``data/ner/patterns.toml`` (heads, roles, given names) and
``data/ner/cues.toml`` (function words, titles, speech verbs). Patterns:

- head + name: "وزارة الخارجية الروسية", "حزب العدالة والتنمية" (ORG, head included),
  "حركة حماس", "مدينة حلب" (head only announces the name);
- given name + one or two more name tokens: "محمد بن سلمان", "دونالد ترامب" (PER);
- role phrases (AGENT): "المتحدث باسم الكرملين", "نظيره الروسي", "وزير خارجية إيران".

Patterns are deliberately narrow: they fire on explicit cues and leave open-ended
names to the CRF. Gazetteer matches (demonyms, countries) feed the role phrases.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.arabic import Token, normalize, tokenize
from marsad.arabic.tokenize import clitic_splits
from marsad.entities.recognize.crf_features import Cues, load_cues
from marsad.entities.recognize.gazetteer import GazetteerMatch
from marsad.models import Mention

__all__ = ["HeadRule", "PatternTables", "find_patterns", "load_tables", "role_words"]

NAME = "ner.patterns.v1"
_CONJ_ARTICLE = ("وال", "فال")  # "العدالة والتنمية": a conjoined name part


@dataclass(frozen=True, slots=True)
class HeadRule:
    label: str
    include_head: bool
    max_tokens: int


@dataclass(frozen=True, slots=True)
class PatternTables:
    heads: dict[str, HeadRule]
    spokesperson: tuple[tuple[str, ...], ...]
    counterpart: frozenset[str]
    construct: tuple[tuple[str, ...], ...]
    given_names: frozenset[str]
    triggers: frozenset[str] = frozenset()  # every word a pattern can start with
    spokesperson_later: frozenset[str] = frozenset()  # "باسم": spokesperson words after the first


def _phrase(s: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(normalize(s)))


@lru_cache(maxsize=1)
def load_tables() -> PatternTables:
    text = resources.files("marsad.data").joinpath("ner/patterns.toml").read_text("utf-8")
    data = tomllib.loads(text)
    heads: dict[str, HeadRule] = {}
    for block in data["head"]:
        rule = HeadRule(block["label"], bool(block["include_head"]), int(block["max"]))
        for w in block["words"]:
            heads[normalize(w)] = rule
    roles = data["roles"]
    longest_first = lambda xs: tuple(sorted((_phrase(x) for x in xs), key=len, reverse=True))  # noqa: E731
    spokesperson = longest_first(roles["spokesperson"])
    counterpart = frozenset(normalize(w) for w in roles["counterpart"])
    construct = longest_first(roles["construct"])
    given = frozenset(normalize(w) for w in data["names"]["given"])
    firsts = {ph[0] for ph in (*spokesperson, *construct)}
    return PatternTables(
        heads=heads,
        spokesperson=spokesperson,
        counterpart=counterpart,
        construct=construct,
        given_names=given,
        triggers=frozenset(firsts | set(heads) | counterpart | given),
        spokesperson_later=frozenset(w for ph in spokesperson for w in ph[1:]),
    )


def _stem_in(norm: str, words: frozenset[str] | dict[str, HeadRule]) -> str | None:
    """The word itself, or its stem after و ف ب ل ك (not the article), in ``words``."""
    for prefix, stem in clitic_splits(norm):
        if "ال" in prefix or prefix.endswith("لل"):
            continue
        if stem in words:
            return stem
    return None


# Continuations that end a name: function words and pronoun-suffixed prepositions.
_FUNCTION = frozenset(normalize(w) for w in (
    "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عليه", "عليها", "له", "لها", "لهم", "لم",
    "لن", "قد", "كان", "كانت", "هو", "هي", "هم", "الذي", "التي", "اليوم", "امس", "غدا", "ان",
    "او", "ثم", "كما", "وقد", "ما", "لا", "هذا", "هذه", "ذلك", "تلك", "عدة", "كل", "بعض",
    "يوم", "صباح", "مساء", "ليله", "خلال", "عام", "شهر", "الاحد", "الاثنين", "الثلاثاء",
    "الاربعاء", "الخميس", "الجمعه", "السبت",
))
_IMPERFECT = ("ي", "سي", "ست")  # "ت" starts too many names (ترامب، تميم)


@lru_cache(maxsize=1)
def _blocked() -> frozenset[str]:
    """Words that never belong to a name: function words, speech verbs, titles."""
    cues = load_cues()
    return cues.stop_after | cues.speech_verbs | cues.person_titles


class _Scan:
    """One sentence's tokens with what the gazetteer found on them."""

    def __init__(
        self, tokens: Sequence[Token], gaz: Sequence[GazetteerMatch], cues: Cues
    ) -> None:
        self.tokens = tokens
        self.norms = [t.norm for t in tokens]
        self.cues = cues
        self.gaz_at: dict[int, GazetteerMatch] = {m.start: m for m in gaz}
        self.blocked = _blocked()

    def namey(self, i: int) -> bool:
        """Could token ``i`` be part of a name (a word, not a function or cue word)?"""
        if i >= len(self.norms):
            return False
        n = self.norms[i]
        if len(n) < 2 or not n[0].isalpha():
            return False
        if n in self.blocked or (len(n) > 3 and n[0] in "وف" and n[1:] in self.blocked):
            return False
        m = self.gaz_at.get(i)
        return not (m is not None and m.label in ("DEM", "AGENT"))

    def is_article_word(self, i: int) -> bool:
        n = self.norms[i]
        return n.startswith("ال") or (n.startswith(_CONJ_ARTICLE) and len(n) > 4)

    def phrase_at(self, i: int, phrases: Sequence[tuple[str, ...]]) -> int:
        """Length of the first phrase matching at ``i`` (first word clitic-aware), else 0."""
        stems = {stem for _, stem in clitic_splits(self.norms[i])}
        norms = self.norms
        for ph in phrases:
            if ph[0] not in stems:
                continue  # the cheap test first: most phrases fail on their first word
            end = i + len(ph)
            if end <= len(norms) and all(norms[i + k] == w for k, w in enumerate(ph[1:], 1)):
                return len(ph)
        return 0


def _mention(scan: _Scan, text: str, start: int, end: int, label: str) -> Mention:
    first = scan.tokens[start]
    s = first.start
    # leave a proclitic out of the mention ("وحزب" → "حزب") when the stem is the cue
    tables = load_tables()
    for prefix, stem in clitic_splits(first.norm)[1:]:
        if stem in tables.heads or stem in tables.counterpart or stem in tables.given_names:
            if len(first.text) == len(first.norm):
                s += len(prefix)
            break
    e = scan.tokens[end - 1].end
    return Mention(s, e, label, text[s:e], NAME)


def find_patterns(
    text: str,
    tokens: Sequence[Token],
    gazetteer_matches: Sequence[GazetteerMatch] = (),
) -> list[Mention]:
    """Pattern mentions in one sentence's tokens (offsets into ``text``)."""
    tables = load_tables()
    scan = _Scan(tokens, gazetteer_matches, load_cues())
    out: list[Mention] = []
    n = len(tokens)
    i = 0
    while i < n:
        if not _may_start(scan.norms[i]) and i not in scan.gaz_at:
            i += 1  # most tokens: no pattern starts here
            continue
        end = _role(scan, tables, i)
        if end:
            out.append(_mention(scan, text, i, end, "AGENT"))
            i = end
            continue
        head = _stem_in(scan.norms[i], tables.heads)
        if head is not None:
            rule = tables.heads[head]
            end = _name_after_head(scan, i + 1, rule)
            if end > i + 1:
                start = i if rule.include_head else i + 1
                out.append(_mention(scan, text, start, end, rule.label))
                i = end
                continue
        known = scan.gaz_at.get(i)
        if known is not None and known.label == "PER":
            i = known.end  # the KB knows this name: nothing to add
            continue
        if _stem_in(scan.norms[i], tables.given_names) is not None:
            end = _person_from(scan, i)
            if end > i + 1:
                out.append(_mention(scan, text, i, end, "PER"))
                i = end
                continue
        i += 1
    return out


@lru_cache(maxsize=100_000)
def _may_start(norm: str) -> bool:
    """Can a pattern start at this word (a trigger, maybe after a proclitic)?"""
    triggers = load_tables().triggers
    return any(stem in triggers for _, stem in clitic_splits(norm))


def _name_after_head(scan: _Scan, j: int, rule: HeadRule) -> int:
    """End of the name after a head word: a run of "ال" words or one bare name token."""
    n = len(scan.norms)
    if j >= n or not scan.namey(j):
        return j
    m = scan.gaz_at.get(j)
    if m is not None and m.label in ("GPE", "LOC", "ORG", "PER"):
        end = m.end  # a known name after the head: take it whole
    elif scan.is_article_word(j):
        end = j + 1
        while end < n and end - j < rule.max_tokens and scan.namey(end):
            if not scan.is_article_word(end):
                break
            end += 1
    elif _bare_ok(scan, j):
        end = j + 1
    else:
        return j
    # an adjective of nationality closes an organisation name: "وزارة الخارجية الروسية"
    if rule.label == "ORG" and end < n:
        nm = scan.gaz_at.get(end)
        if nm is not None and nm.label == "DEM":
            end = nm.end
    return end


def _bare_ok(scan: _Scan, j: int) -> bool:
    """A bare token after a head that may be a name ("حماس", "حلب"): no verb or conjunct."""
    nxt = scan.norms[j]
    if nxt in _FUNCTION or (nxt[0] in "وف" and len(nxt) >= 4):
        return False
    return not (nxt.startswith(_IMPERFECT) and len(nxt) >= 4)


def _continues_name(scan: _Scan, j: int) -> bool:
    """Can token ``j`` continue a person's name (not a verb, function word, conjunct)?"""
    if not scan.namey(j):
        return False
    nxt = scan.norms[j]
    m = scan.gaz_at.get(j)
    if m is not None:
        return m.label == "PER"
    if nxt in _FUNCTION or nxt.startswith(_CONJ_ARTICLE):
        return False
    if nxt[0] in "وف" and len(nxt) >= 4:  # "وغيث": the next person of a list
        return False
    # an imperfect verb ("يتحدث") is not a surname; "بن" links two names
    return not (nxt.startswith(_IMPERFECT) and len(nxt) >= 4 and nxt != "بن")


def _person_from(scan: _Scan, i: int) -> int:
    """A given name and one or two more name tokens ("عبد" + "الله" is one unit).

    Shapes: GIVEN ال-SURNAME ("بشار الأسد"), GIVEN NAME [NAME] ("دونالد ترامب",
    "محمد بن سلمان"). A bare given name alone is left to the CRF.
    """
    n = len(scan.norms)
    end = i + 1

    def unit(j: int) -> int:
        if scan.norms[j] in ("عبد", "ابو") and j + 1 < n and scan.norms[j + 1].startswith("ال"):
            return j + 2
        return j + 1

    end = unit(i)
    if end < n and _continues_name(scan, end):
        if scan.norms[end].startswith("ال"):
            return end + 1
        end = unit(end)
        if end < n and _continues_name(scan, end):
            end = unit(end) if not scan.norms[end].startswith("ال") else end + 1
    return end


def role_words(tokens: Sequence[Token]) -> set[int]:
    """Positions of the fixed words of spokesperson phrases ("المتحدث باسم").

    They are never part of a name: "باسم" is also a given name (Basem), and a model
    that reads "المتحدث باسم الكرملين" as title + person must not take it in.
    """
    tables = load_tables()
    out: set[int] = set()
    if not any(t.norm in tables.spokesperson_later for t in tokens):
        return out  # the common case, and cheap
    scan = _Scan(tokens, (), load_cues())
    for i in range(len(tokens)):
        k = scan.phrase_at(i, tables.spokesperson)
        out.update(range(i, i + k))
    return out


def _role(scan: _Scan, tables: PatternTables, i: int) -> int:
    """End of a role phrase starting at ``i`` (an AGENT mention), else 0."""
    n = len(scan.norms)
    k = scan.phrase_at(i, tables.spokesperson)
    if k:
        j = i + k
        if j >= n:
            return 0
        m = scan.gaz_at.get(j)
        head = _stem_in(scan.norms[j], tables.heads)
        if m is not None and m.label not in ("DEM",):
            return m.end
        if head is not None:
            end = _name_after_head(scan, j + 1, tables.heads[head])
            return end if end > j + 1 else j + 1
        return j + 1 if scan.namey(j) else 0
    if _stem_in(scan.norms[i], tables.counterpart) is not None and i + 1 < n:
        m = scan.gaz_at.get(i + 1)
        if m is not None and m.label == "DEM":
            return m.end
        return i + 1
    k = scan.phrase_at(i, tables.construct)
    if k and i + k < n:
        m = scan.gaz_at.get(i + k)
        if m is not None and m.label == "GPE":
            return m.end
    return 0
