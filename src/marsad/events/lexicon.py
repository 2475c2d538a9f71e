"""The Arabic trigger lexicon: lemmas as data, inflected forms generated in code.

``marsad/data/events/triggers.tsv`` lists one lemma a line (category, mode, CAMEO code,
kind, lemma, role markers). Verbs are given as ``past/present`` in the third person
masculine singular (``زار/يزور``); :func:`verb_forms` generates the rest (past and
present persons, plural and dual, jussive of hollow and defective verbs), and matching
allows proclitics (و ف ل س and combinations: ``وسيزور``) and object pronouns
(``استقبله``). Nouns get the ta-marbuta stem with possessive suffixes (``زيارته``),
the accusative ``-ا`` and the sound plural; multiword entries inflect their verb.
All forms are in match form (:func:`marsad.arabic.normalize`) and go into one
Aho-Corasick automaton, matched over the normalised text at token boundaries.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import ahocorasick

from marsad.arabic import normalize
from marsad.errors import ConfigError
from marsad.events.ontology import load_ontology

__all__ = [
    "Lexicon",
    "Trigger",
    "TriggerMatch",
    "load_lexicon",
    "noun_forms",
    "verb_forms",
]

log = logging.getLogger(__name__)

Tense = Literal["past", "present", "noun"]

# Proclitics a verb may carry: conjunctions, the future س, the subjunctive/jussive ل.
VERB_PREFIXES = frozenset({"", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"})
# Proclitics a noun may carry: conjunctions, prepositions, the article.
PAST_PREFIXES = frozenset({"", "و", "ف"})
NOUN_PREFIXES = frozenset(
    {
        "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
        "وب", "ول", "وك", "فب", "فل", "وبال", "فبال", "وكال",
    }
)
OBJECT_SUFFIXES = frozenset({"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني"})
POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "ي", "نا", "كم")
_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+")
_BREAK_RE = re.compile(r"[,.;:!?\"()]")
MAX_GAP = 5  # words between the verb of a multiword entry and its complement
# Whole words that a generated form plus its clitics spells but that are common nouns or
# names in news text (counted on unlabelled SaudiNewsNet articles): و+زار+ه is وزاره
# "ministry", ف+يصل is the name فيصل, صادر "issued" and لاحق "later" are adjectives,
# تقاطع "crossroads". They never trigger.
WORD_COLLISIONS = frozenset({
    "وزاره", "وزارته", "وزارتها", "وزارتهم", "وزارتي", "وزارتنا", "فيصل", "صادر",
    "لاحق", "تقاطع", "واصل", "اصل",
})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a lemma mapped to PLOVER category, mode and CAMEO code."""

    lemma: str
    category: str
    mode: str | None
    cameo: str
    kind: Literal["verb", "noun", "phrase"]
    markers: tuple[str, ...]  # recipient markers: "obj" or prepositions (match form)
    symmetric: bool = False  # all parties are actors (meetings, clashes)
    inverse: bool = False  # the grammatical subject is the host / recipient
    passive: bool = False  # a bare noun phrase after it can be the victim
    agentive: bool = True  # the iḍāfa genitive after a noun is its agent
    future: bool = False  # a pledge: the event itself lies ahead (تعهد بتقديم)


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in text: offsets into the normalised text it was matched on."""

    start: int
    end: int
    trigger: Trigger
    tense: Tense
    prefix: str
    form: str
    cover_end: int = -1  # end of a multiword entry's complement ("شن الجيش غارات")

    @property
    def cover(self) -> int:
        return max(self.end, self.cover_end)


def _plural_and_dual_past(p: str) -> list[str]:
    if p.endswith(("ي", "ا")) and len(p) >= 3:  # defective: اجرى → اجرت، اجروا
        stem = p[:-1]
        return [stem + "ت", stem + "وا", stem + "تا", p + "نا", p + "ت"]
    # no dual "-ا": it collides with adverbs in -ًا (لاحقا is not لاحق + ا)
    return [p + "ت", p + "وا", p + "تا", p + "نا", p + "تم"]


def verb_forms(past: str, present: str, dual: bool = False) -> dict[str, Tense]:
    """Inflected forms (match form) of a verb given its 3ms past and present.

    The past dual (بحثا) is generated only when ``dual``: for most verbs it collides
    with adverbs in -ًا (لاحقا، بحثا عن).
    """
    p, q = normalize(past), normalize(present)
    forms: dict[str, Tense] = {}
    if p != "-":  # "-": the past is ambiguous (قبل "before"), present forms only
        forms[p] = "past"
        for f in _plural_and_dual_past(p):
            forms.setdefault(f, "past")
        if dual and not p.endswith(("ي", "ا")):
            forms.setdefault(p + "ا", "past")
    if not q or q[0] not in "يتن":
        return forms
    core = q[1:]
    persons = [pre + core for pre in ("ي", "ت", "ن", "ا")]
    if q.endswith(("ي", "و")) and len(q) >= 4:  # defective: يجري → يجرون، يجر
        base = q[:-1]
        extra = [base + "ون", base + "وا", "ت" + base[1:] + "ون", q + "ان"]
        if len(base) >= 4:  # jussive after لم: يلتقي → يلتق (short ones collide: يجر)
            extra.append(base)
    else:
        # no jussive of hollow verbs (لم يزر): يزر، يلم، يصب collide with other words
        extra = [q + "ون", q + "وا", q + "ان", "ت" + core + "ان", "ت" + core + "ون"]
    for f in persons + extra:
        if len(f) >= 3:
            forms.setdefault(f, "present")
    return forms


def noun_forms(noun: str) -> list[str]:
    """Forms of a (possibly multiword) noun: possessives, accusative, plural, dual."""
    n = normalize(noun)
    words = n.split()
    head, rest = words[0], (" " + " ".join(words[1:])) if len(words) > 1 else ""
    heads = [head]
    if head.endswith("ه") and len(head) >= 3:  # ta marbuta: زياره → زيارته، زيارات
        stem = head[:-1]
        heads += [stem + "ت" + s for s in POSSESSIVE_SUFFIXES]
        heads += [stem + "ات", stem + "تين", stem + "تان", stem + "تي"]
    elif not rest:
        heads += [head + s for s in POSSESSIVE_SUFFIXES if s != "ي"]
        heads += [head + "ا", head + "ات", head + "ين", head + "ان"]
    if rest:  # a multiword noun: plural of the head, or both words in the accusative
        out = [n] + [h + rest for h in heads[1:] if not h.endswith(POSSESSIVE_SUFFIXES)]
        if len(words) == 2 and not head.endswith(("ه", "ا")) and words[1].endswith("ي"):
            out.append(f"{head}ا {words[1]}ا")  # اتصالا هاتفيا
        return out
    return heads


def complement_variants(complement: str) -> tuple[str, ...]:
    """Spellings of a multiword complement: with or without the article on its first
    word, and the last word with another possessive (علاقاته → علاقاتها) or in the
    accusative or not (اتفاقا / اتفاق)."""
    words = normalize(complement).split()
    if not words:
        return ()
    first = {words[0]}
    if words[0].startswith("ال") and len(words[0]) > 4:
        first.add(words[0][2:])
    elif not words[0].startswith(("ب", "ل", "ع", "ف", "م", "ا")) or len(words[0]) > 3:
        first.add("ال" + words[0])

    def last_forms(w: str) -> set[str]:
        out = {w}
        if w.endswith("ه") and len(w) > 3:
            out |= {w[:-1] + s for s in ("ها", "هم", "هما")}
            out |= {w[:-1] + "ت" + s for s in ("ه", "ها", "هم")}
        if w.endswith("ا") and len(w) > 4:
            out.add(w[:-1])
        return out

    if len(words) == 1:
        return tuple(sorted({v for f in first for v in last_forms(f)}))
    middle = " ".join(words[1:-1])
    return tuple(
        sorted(
            " ".join(x for x in (f, middle, last) if x)
            for f in first
            for last in last_forms(words[-1])
        )
    )


def _parse_roles(spec: str) -> tuple[tuple[str, ...], dict[str, bool]]:
    markers: list[str] = []
    flags = {"symmetric": False, "inverse": False, "passive": False, "agentive": True}
    for item in (s.strip() for s in spec.split(",") if s.strip()):
        if item == "sym":
            flags["symmetric"] = True
        elif item == "inv":
            flags["inverse"] = True
        elif item == "pass":
            flags["passive"] = True
        elif item == "noagent":
            flags["agentive"] = False
        else:
            markers.append(item if item == "obj" else normalize(item))
    return tuple(markers), flags


class Lexicon:
    """Trigger entries and their compiled automaton."""

    def __init__(self, rows: list[tuple[str, str, str, str, str, str]]) -> None:
        onto = load_ontology()
        self.triggers: list[Trigger] = []
        self._forms: dict[str, tuple[Trigger, Tense]] = {}
        # verb form -> complements of multiword entries it heads
        self._heads: dict[str, list[tuple[tuple[str, ...], Trigger, Tense]]] = {}
        for category, mode, cameo, kind, lemma, roles in rows:
            onto.category(category)
            if not onto.is_mode(category, mode or None):
                raise ConfigError(f"trigger {lemma}: unknown mode {mode!r} of {category}")
            markers, flags = _parse_roles(roles)
            future = "fut" in markers
            markers = tuple(m for m in markers if m != "fut")
            head, _, complement = (s.strip() for s in lemma.partition("+"))
            if kind in ("V", "M") and "/" in head:
                past, present = head.split("/", 1)
                trig = Trigger(lemma, category, mode or None, cameo or onto.cameo_of(category),
                               "verb", markers, future=future, **flags)
                comp = " " + normalize(complement) if complement else ""
                variants = complement_variants(complement) if complement else ()
                for form, tense in verb_forms(past, present, flags["symmetric"]).items():
                    self._add(form + comp, trig, tense)
                    if variants:  # VSO puts the subject between verb and complement
                        self._heads.setdefault(form, []).append((variants, trig, tense))
            elif kind in ("N", "P"):
                trig = Trigger(lemma, category, mode or None, cameo or onto.cameo_of(category),
                               "noun" if kind == "N" else "phrase", markers, future=future,
                               **flags)
                spellings = lemma.split("/")
                forms = (
                    [f for v in spellings for f in noun_forms(v)]
                    if kind == "N"
                    else [normalize(v) for v in spellings]
                )
                for form in forms:
                    self._add(form, trig, "noun")
            else:
                raise ConfigError(f"trigger {lemma}: bad kind {kind!r}")
            self.triggers.append(trig)
        self._automaton = ahocorasick.Automaton()
        for form, value in self._forms.items():
            self._automaton.add_word(form, (form, *value))
        for form, entries in self._heads.items():
            if form not in self._forms and len(form) >= 2:
                self._automaton.add_word(form, (form, None, entries[0][2]))
        self._automaton.make_automaton()

    def _add(self, form: str, trig: Trigger, tense: Tense) -> None:
        if len(form.replace(" ", "")) < 3:
            return
        # first entry wins: the file lists the more specific reading first
        self._forms.setdefault(form, (trig, tense))

    def __len__(self) -> int:
        return len(self.triggers)

    @property
    def n_forms(self) -> int:
        return len(self._forms)

    def lookup(self, form: str) -> tuple[Trigger, Tense] | None:
        return self._forms.get(normalize(form))

    def find(self, norm: str) -> list[TriggerMatch]:
        """Triggers in match-form text, longest first where they overlap, in text order."""
        found = list(self._candidates(norm))
        # longest first; a contiguous reading beats a discontinuous one of the same length
        found.sort(key=lambda m: (-(m.cover - m.start), m.start, m.cover_end >= 0))
        taken: list[TriggerMatch] = []
        occupied = bytearray(len(norm) + 1)
        for m in found:
            cover = m.cover
            if occupied.find(1, m.start, cover) < 0:
                taken.append(m)
                occupied[m.start : cover] = b"\x01" * (cover - m.start)
        taken.sort(key=lambda m: m.start)
        return taken

    def _candidates(self, norm: str) -> Iterator[TriggerMatch]:
        words = [(w.start(), w.end()) for w in _WORD_RE.finditer(norm)]
        if not words:
            return
        starts = [w[0] for w in words]

        def word_at(pos: int) -> tuple[int, int] | None:
            i = bisect_right(starts, pos) - 1
            if i < 0 or words[i][1] <= pos:
                return None
            return words[i]

        for end_idx, (form, trig, tense) in self._automaton.iter(norm):
            start, end = end_idx - len(form) + 1, end_idx + 1
            first, last = word_at(start), word_at(end - 1)
            if first is None or last is None:
                continue
            ws, we = first[0], last[1]
            prefix, suffix = norm[ws:start], norm[end:we]
            if norm[ws:we] in WORD_COLLISIONS:
                continue
            heads = self._heads.get(form)
            if heads and not suffix and (
                prefix in PAST_PREFIXES or (prefix in VERB_PREFIXES and heads[0][2] != "past")
            ):
                yield from self._discontinuous(norm, start, end, prefix, form, heads, words)
            if trig is None:
                continue
            allowed_pre = VERB_PREFIXES if trig.kind == "verb" else NOUN_PREFIXES
            if prefix not in allowed_pre:
                continue
            if trig.kind == "verb" and tense == "past" and prefix not in PAST_PREFIXES:
                continue  # the future س and the purpose ل never come before a past form
            if suffix and (trig.kind != "verb" or suffix not in OBJECT_SUFFIXES):
                continue
            if form.endswith("ا") and trig.kind == "verb" and norm.startswith(" عن ", we):
                continue  # بحثا عن: "in search of", an adverb, not the dual verb
            yield TriggerMatch(start, end, trig, tense, prefix, form)

    def _discontinuous(
        self,
        norm: str,
        start: int,
        end: int,
        prefix: str,
        form: str,
        heads: list[tuple[tuple[str, ...], Trigger, Tense]],
        words: list[tuple[int, int]],
    ) -> Iterator[TriggerMatch]:
        """A multiword entry whose complement follows its verb after up to
        :data:`MAX_GAP` words (the subject: "شن الجيش الإسرائيلي غارات")."""
        i = bisect_left(words, (end, end))
        for ws, _ in words[i : i + MAX_GAP + 1]:
            if _BREAK_RE.search(norm, end, ws):
                return  # the complement must be in the verb's clause
            for variants, trig, tense in heads:
                for v in variants:
                    stop = ws + len(v)
                    if norm.startswith(v, ws) and (stop == len(norm) or not norm[stop].isalpha()):
                        yield TriggerMatch(start, end, trig, tense, prefix, form, cover_end=stop)
                        return


def _read_rows(text: str) -> list[tuple[str, str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 5:
            raise ConfigError(f"triggers line {n}: expected 6 tab-separated fields")
        parts += [""] * (6 - len(parts))
        rows.append((parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]))
    return rows


@lru_cache(maxsize=4)
def load_lexicon(path: str = "") -> Lexicon:
    """The shipped lexicon, or the TSV at ``path`` (cached)."""
    try:
        if path:
            text = Path(path).read_text("utf-8")
        else:
            text = (
                resources.files("marsad.data").joinpath("events", "triggers.tsv")
                .read_text("utf-8")
            )
    except OSError as e:
        raise ConfigError(f"cannot read trigger lexicon {path or 'triggers.tsv'}: {e}") from e
    lex = Lexicon(_read_rows(text))
    log.debug("trigger lexicon: %d lemmas, %d forms", len(lex), lex.n_forms)
    return lex
