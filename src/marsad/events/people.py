"""People named by what they are: victims, targets and crowds without a name.

News tells most violence and protest through unnamed people: "قتل ثلاثة مدنيين",
"لقي جنديان إسرائيليان حتفهما", "تظاهر آلاف الطلاب", "اعتقلت الشرطة عشرات
المتظاهرين". Recognisers mark few of them, so the coder looks for them itself
(``data/events/people.tsv``: noun forms and their sector) where no mention stands, and
turns each into a mention of label ``AGENT`` coded by sector, plus the country of a
demonym right after it ("عمال أتراك" → TURLAB) when a KB is there to read it.

Plural demonyms standing for people ("آلاف الأردنيين", "مئات الفلسطينيين") are found
the same way, as civilians of that country, when a count or a quantity word comes
before them: alone, "الفلسطينيين" is as often the Palestinian side as its people.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.arabic import clitic_splits, normalize
from marsad.events.lexicon import TriggerMatch
from marsad.events.roles import WORD_RE
from marsad.models import Mention, Participant

__all__ = ["PEOPLE_SOURCE", "PeopleFinder", "load_people"]

log = logging.getLogger(__name__)

PEOPLE_SOURCE = "events.people"
# proclitics a people noun may carry; the article is part of the stripped prefix
_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "وبال",
                       "ولل", "فلل", "فبال", "وب", "ول", "فب", "فل"})
# words that make a following plural demonym a crowd of people, not a country
_QUANTITY = frozenset({"الاف", "مئات", "عشرات", "الوف", "ملايين", "عدد", "من", "بعض",
                       "جموع", "حشود"})


@dataclass(frozen=True, slots=True)
class PeopleTable:
    """Match-form noun sequences (tuples of words) → sector."""

    phrases: dict[tuple[str, ...], str]
    longest: int
    first_words: frozenset[str]  # a quick test before trying phrases at a word


@lru_cache(maxsize=1)
def load_people() -> PeopleTable:
    phrases: dict[tuple[str, ...], str] = {}
    text = resources.files("marsad.data").joinpath("events", "people.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sector, forms = line.split("\t")
        for form in forms.split("/"):
            phrases[tuple(normalize(form).split())] = sector.strip()
    return PeopleTable(phrases, max((len(k) for k in phrases), default=1),
                       frozenset(k[0] for k in phrases))


@lru_cache(maxsize=65536)
def _stem(word: str) -> tuple[tuple[str, str], ...]:
    """(prefix, stem) readings of a word, the article counted with the prefix."""
    out = []
    for prefix, stem in clitic_splits(word):
        if prefix in _PREFIXES:
            out.append((prefix, stem))
            if stem.startswith("ال") and len(stem) > 3:
                out.append((prefix + "ال", stem[2:]))
    return tuple(out)


class PeopleFinder:
    """Unnamed people in a stretch of match-form text, as coded mentions."""

    def __init__(self, kb: Any | None = None) -> None:
        self.table = load_people()
        self.kb = kb

    def country_of(self, word: str) -> str | None:
        """The country of a demonym in match form, singular, dual or plural."""
        if self.kb is None:
            return None
        # the KB lists singulars and sound plurals; duals and accusatives end otherwise
        forms = [word]
        if word.endswith(("ان", "ين")) and len(word) > 5:
            forms.append(word[:-2])  # "إسرائيليان" → "إسرائيلي"
        elif word.endswith("يا") and len(word) > 4:
            forms.append(word[:-1])  # accusative "فلسطينيا" → "فلسطيني"
        for form in forms:
            iso = self.kb.country_of_demonym(form)
            if iso:
                return str(iso)
        return None

    def country_after(self, norm: str, pos: int) -> str | None:
        """The country of a demonym starting right after ``pos`` ("صحفيين فرنسيين")."""
        after = WORD_RE.search(norm, pos, pos + 40)
        if after is None or norm[pos : after.start()].strip():
            return None
        return self.country_of(after.group())

    def attack_side(
        self,
        norm: str,
        clause: tuple[int, int],
        found: Sequence[TriggerMatch],
        to_orig: Any,
        text: str,
    ) -> list[Participant]:
        """The side an attack noun of the clause is named after: "في غارة إسرائيلية" →
        ISRMIL (air raids and shelling are military), "في هجوم تركي" → TUR."""
        for f in found:
            if f.trigger.category != "ASSAULT" or f.trigger.kind == "verb" or not (
                clause[0] <= f.start < clause[1]
            ):
                continue
            word = WORD_RE.search(norm, f.cover, clause[1])
            iso = self.country_after(norm, f.cover) if word is not None else None
            if iso and word is not None:
                sector = "MIL" if f.trigger.mode in ("aerial", "artillery") else ""
                start, end = to_orig(word.start(), word.end())
                return [Participant(iso + sector, None, text[start:end], start, end)]
        return []

    def is_people(self, surface: str, code: str) -> bool:
        """Is a mention coded as a bare country a plural demonym, i.e. people
        ("ثلاثة فلسطينيين" → PSE): as a victim or a crowd it is civilians (PSECVL)."""
        words = normalize(surface).split()
        if len(code) != 3 or len(words) != 1 or not words[0].endswith(("ين", "ون")):
            return False
        return self.country_of(words[0]) == code

    def find(
        self,
        norm: str,
        start: int,
        end: int,
        taken: Sequence[tuple[int, int]],
        to_orig: Any,
        text: str,
    ) -> list[tuple[int, int, Mention]]:
        """(norm start, norm end, mention) for people nouns in ``norm[start:end]`` that
        no mention in ``taken`` (normalised spans) overlaps."""
        words = list(WORD_RE.finditer(norm, start, end))
        out: list[tuple[int, int, Mention]] = []
        i = 0
        while i < len(words):
            hit = self._match(words, i)
            if hit is None:
                i += 1
                continue
            n, s, sector, country = hit
            e = words[i + n - 1].end()
            # a demonym right after the noun gives its country ("جنديان إسرائيليان")
            if i + n < len(words) and sector:
                iso = self.country_of(words[i + n].group())
                if iso and norm[e : words[i + n].start()].strip() == "":
                    country = country or iso
                    e = words[i + n].end()
                    n += 1
            if not any(a < e and s < b for a, b in taken):
                o_start, o_end = to_orig(s, e)
                out.append((s, e, Mention(o_start, o_end, "AGENT", text[o_start:o_end],
                                          PEOPLE_SOURCE, None, country + sector)))
            i += n
        return out

    def _match(self, words: list[Any], i: int) -> tuple[int, int, str, str] | None:
        """(words used, norm start, sector, country) of a people noun at word ``i``."""
        first = words[i].group()
        for prefix, stem in _stem(first):
            if stem not in self.table.first_words:
                continue
            for n in range(min(self.table.longest, len(words) - i), 0, -1):
                key = (stem, *(w.group() for w in words[i + 1 : i + n]))
                sector = self.table.phrases.get(key)
                if sector is not None:
                    return n, words[i].start() + len(prefix), sector, ""
        # a plural demonym after a quantity word: "آلاف الأردنيين" are Jordanian civilians
        if i > 0 and words[i - 1].group() in _QUANTITY and first.endswith(("ين", "ون")):
            iso = self.country_of(first)
            if iso:
                cut = next((len(p) for p, s in _stem(first) if self.country_of(s) == iso
                            and p), 0)
                return 1, words[i].start() + cut, "CVL", iso
        return None
