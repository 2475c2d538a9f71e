"""What the KB learns from Arabic word frequencies: which names are also common words.

Three decisions need to know how often a form occurs in Arabic text at large, which
the KB's data cannot tell (frequencies from :mod:`wordfreq`, Zipf scale: 3 is once per
million words, 6 is once per thousand; forms are summed by match form):

- **whole words** (:func:`whole_word`): forms that must not be read as proclitic +
  alias, because they are words of their own: "بايدن" is not ب + ايدن (Aydın),
  "وزير" is not و + زير, "بيان" is not ب + يان. A word of a person's name or short form
  is always whole; otherwise a form is whole when it is far more frequent than any of
  its proclitic readings can explain ("ولبنان" is و + لبنان, even though ول + بنان
  cannot explain it). Names take a proclitic in a steady share of their uses
  (``_CLITIC_SHARE``: Zipf of ب+name minus Zipf of the name, 90th percentile over the
  KB's country and capital names, plus one: ten times that share is not a clitic).
  "بالرباط" stays ب + الرباط, "بخير" (well) is not ب + خير.
- **common-word place names** (:func:`common_place_alias`): GeoNames towns whose
  one-word Arabic name is a frequent word ("عنك" from you, "الشجرة" the tree,
  "المفتاح" the key). Such a name is dropped when it is more frequent than a place of
  its size explains (Zipf above 2.5 + ½·log10 population), or when it behaves like a
  common noun or adjective (the form with/without the article is about as frequent) in a
  town under 200,000 people. Countries, capitals and hand-written entries never are.
- **surnames alone** (:func:`alone_short_form`): a person's short form ("لافروف") may be
  matched without the full name when it is not a common word itself: not very frequent
  (حتى، لولا), not taking the article like a noun or adjective ("الأسد", "عون",
  "الصدر"), not a frequent word with a proclitic ("باول" is mostly ب + أول), not a
  nisba (العامري، الأنصاري: a family, tribe or town shared by many), not a month name
  (شعبان), not a patronymic of a given name ("بن علي"), not another entity's name and not
  the given name of someone in the KB.

:mod:`wordfreq` (Apache-2.0 code, CC BY-SA 4.0 data) is read when a KB is compiled;
the decisions are cached with it, so loading a cached KB does not read it.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.arabic import clitic_splits, normalize

__all__ = [
    "ARTICLE_CLITICS",
    "BARE_CLITICS",
    "KNOWN_PLACES",
    "LAM_ARTICLE",
    "Lexical",
    "alone_short_form",
    "common_demonym",
    "common_place_alias",
    "kb_lexical",
    "lexical_of",
    "lexicon_version",
    "month_names",
    "proclitic_variants",
    "whole_word",
    "word_zipf",
]

log = logging.getLogger(__name__)

# Proclitics that attach to a bare name ("بموسكو") or to one with the article
# ("والرئيس"); ل before ال is written لل.
BARE_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
ARTICLE_CLITICS = ("و", "ف", "ب", "ك", "وب", "فب", "وك", "فك")
LAM_ARTICLE = ("ل", "ول", "فل")  # ل + الرئيس → للرئيس

# Zipf(proclitic + name) − Zipf(name) that a name reaches at most: the 90th percentile
# over the KB's one-word country and capital names with a frequent form (Zipf ≥ 3.5;
# 160 bare names, 45 with the article), measured 2026-11-29. A form more frequent than
# that, relative to its stem, by a factor of ten (``_MARGIN``) is a word of its own.
_CLITIC_SHARE = {"و": -0.85, "ب": -1.4, "ل": -1.5, "ف": -3.4, "ك": -3.1}
_CLITIC_SHARE_ARTICLE = {"و": -0.9, "ب": -1.1, "لل": -1.4, "ف": -3.2, "ك": -3.2}
_CLITIC_SHARE_LONG = -3.6  # two-letter proclitics (وب، فل...), ولل، فلل
_MARGIN = 1.0
_MIN_WORD_ZIPF = 3.0  # below: too rare to tell a word from a clitic reading
_MIN_COMMON_ZIPF = 3.5  # a place name rarer than this is never dropped
_BIG_TOWN = 200_000
_MAX_ALONE_ZIPF = 4.4  # a surname more frequent than this alone is a word (حتى، لولا)


# Places the region's news names often enough to keep although the name is also a
# common word (Hebron / "the friend", Jenin / "foetus"): checked by hand.
KNOWN_PLACES = frozenset(
    normalize(w) for w in ("الخليل", "جنين", "العقبة", "جبيل", "الزاوية", "العلا")
)


@lru_cache(maxsize=1)
def word_zipf() -> Mapping[str, float]:
    """Match form -> Zipf frequency in Arabic (forms that normalise alike are summed).

    Empty, with a warning, when :mod:`wordfreq` is not installed.
    """
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        log.warning("wordfreq is not installed: names are not checked against common words")
        return {}
    summed: dict[str, float] = defaultdict(float)
    for word, freq in get_frequency_dict("ar", "best").items():
        if freq >= 1e-8:  # Zipf 1: rarer forms tell nothing
            summed[normalize(word)] += freq
    return {w: round(math.log10(f * 1e9), 2) for w, f in summed.items()}


# Bump when the rules below change: caches holding their decisions are then rebuilt.
LEXICON_FORMAT = 6


@lru_cache(maxsize=1)
def lexicon_version() -> str:
    """A tag for caches that hold decisions taken from the frequencies."""
    try:
        from importlib.metadata import version

        return f"{LEXICON_FORMAT}:wordfreq-{version('wordfreq')}"
    except Exception:  # pragma: no cover
        return f"{LEXICON_FORMAT}:wordfreq-none"


def _z(zipf: Mapping[str, float], form: str) -> float:
    return zipf.get(form, 0.0)


def proclitic_variants(first: str) -> Iterator[tuple[str, str, int]]:
    """Proclitic readings of a name's first word: ``(form, proclitic, letters cut)``.

    A proclitic is only added to names of three letters or more, and to ال-names of
    five or more ("ال" + two letters is too short to strip safely). For لل the
    letters cut are those before the لل (the mention keeps it: "للرئيس").
    """
    if len(first) < 3:
        return
    if first.startswith("ال"):
        if len(first) < 5:
            return
        for p in ARTICLE_CLITICS:
            yield p + first, p, len(p)
        for p in LAM_ARTICLE:
            yield p + "ل" + first[2:], p + "ل", len(p) - 1
    else:
        for p in BARE_CLITICS:
            yield p + first, p, len(p)


def whole_word(form: str, stem: str, prefix: str, zipf: Mapping[str, float]) -> bool:
    """``form`` (= ``prefix`` + ``stem``) is a word of its own, not the clitic reading."""
    zf = _z(zipf, form)
    if zf < _MIN_WORD_ZIPF:
        return False
    shares = _CLITIC_SHARE_ARTICLE if stem.startswith("ال") else _CLITIC_SHARE
    return zf - _z(zipf, stem) > shares.get(prefix, _CLITIC_SHARE_LONG) + _MARGIN


def _other_form(norm: str) -> str:
    """The form with the article added or taken away (سوق ↔ السوق)."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else "ال" + norm


def common_place_alias(alias: str, population: int, zipf: Mapping[str, float]) -> bool:
    """A one-word place name that is mostly a common word (see the module docstring)."""
    if " " in alias or alias in KNOWN_PLACES:
        return False
    za = _z(zipf, alias)
    if za < _MIN_COMMON_ZIPF:
        return False
    expected = 2.5 + 0.5 * math.log10(max(population, 1000))
    if za > expected:
        return True
    return population < _BIG_TOWN and _z(zipf, _other_form(alias)) >= za - 0.5


def common_demonym(form: str, zipf: Mapping[str, float]) -> bool:
    """A feminine plural demonym that is mostly a common word ("مجريات" course of events):
    more frequent than the masculine plural it goes with."""
    if not form.endswith("ات") or " " in form:
        return False
    za = _z(zipf, form)
    return za >= _MIN_COMMON_ZIPF and za > _z(zipf, form[:-2] + "ين") + 0.5


# Words that open a patronymic or kunya: "بن علي" is anyone's father's name
_NASAB = frozenset({"بن", "ابن", "ولد", "بو", "ابو"})


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """Gregorian and Hijri month names (the timex tables): شعبان is not a surname."""
    from importlib import resources

    names: set[str] = set()
    for table in ("months.tsv", "hijri_months.tsv"):
        text = resources.files("marsad.data").joinpath(f"timex/{table}").read_text("utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                names.add(normalize(line.split("\t", 1)[0]))
    return frozenset(names)


def alone_short_form(
    form: str, zipf: Mapping[str, float], first_names: frozenset[str] | set[str] = frozenset()
) -> bool:
    """A surname that may be matched alone: not itself a common word.

    ``first_names``: words that open someone's full name (given names): a patronymic of
    one ("بن علي", "بن صالح") is not a surname.
    """
    words = form.split()
    if len(words) > 1:  # "نصر الله", "بن لادن": two words are a name, unless a nasab
        return not (words[0] in _NASAB and (
            words[1] in first_names or _z(zipf, words[1]) >= _MAX_ALONE_ZIPF
        ))
    if len(form) < 3 or form in month_names():
        return False
    if form.startswith("ال") and form.endswith("ي"):
        return False  # a nisba (العامري، الأنصاري) names a family, tribe or town: many people
    za = _z(zipf, form)
    if za > _MAX_ALONE_ZIPF:
        return False
    # a noun or adjective takes the article (الأسد / أسد, عون / العون): a common word
    if za >= _MIN_WORD_ZIPF and _z(zipf, _other_form(form)) >= za - 1.0:
        return False
    # a common word with a proclitic: "باول" is mostly ب + أول, not Powell
    for prefix, stem in clitic_splits(form)[1:]:
        if (
            len(stem) >= 3
            and prefix in _CLITIC_SHARE
            and _z(zipf, stem) >= _MIN_WORD_ZIPF
            and not whole_word(form, stem, prefix, zipf)
        ):
            return False
    return True


@dataclass(frozen=True, slots=True)
class Lexical:
    """The frequency-based decisions for one KB (see the module docstring)."""

    whole_words: frozenset[str] = frozenset()  # never read as proclitic + alias
    common_aliases: frozenset[tuple[str, str]] = frozenset()  # (alias, id) dropped
    alone_short: frozenset[str] = frozenset()  # short forms matched without the full name
    version: str = ""


def kb_lexical(kb: Any) -> Lexical:
    """A KB's cached decisions (``kb.lexical()``); none for a KB-like without them."""
    lexical = getattr(kb, "lexical", None)
    return lexical() if callable(lexical) else Lexical()


def lexical_of(kb: Any, zipf: Mapping[str, float] | None = None) -> Lexical:
    """Compute :class:`Lexical` for a :class:`~marsad.entities.kb.KnowledgeBase`."""
    zipf = word_zipf() if zipf is None else zipf
    people = [e for e in kb.entities.values() if e.type == "PER"]
    name_words: set[str] = set()  # words of people's names and their short forms
    first_names: set[str] = set()
    for e in people:
        for name in e.names_ar:
            words = normalize(name).split()
            name_words.update(words)
            if len(words) > 1:
                first_names.add(words[0])
    shorts: dict[str, list[str]] = defaultdict(list)
    for form, pid in kb.short_aliases():
        shorts[form].append(pid)
        if " " not in form:
            name_words.add(form)
    readings: dict[str, set[tuple[str, str]]] = defaultdict(set)  # form -> (prefix, alias)
    common: set[tuple[str, str]] = set()
    for alias, eid, kind in kb.aliases():
        first = alias.split(" ", 1)[0]
        for form, prefix, _cut in proclitic_variants(first):
            readings[form].add((prefix, first))
        if kind == "demonym" and common_demonym(alias, zipf):
            common.add((alias, eid))
            continue
        entry = kb.entities.get(eid)
        if (
            entry is not None
            and eid.startswith("gn:")
            and entry.type in ("GPE", "LOC")
            and kind not in ("capital", "demonym")
            and kb.country_of_capital(eid) is None
            and common_place_alias(alias, entry.population or 0, zipf)
        ):
            common.add((alias, eid))
    for short in shorts:  # surnames are gazetteer entries too ("اكار": كاكار is whole)
        first = short.split(" ", 1)[0]
        for form, prefix, _cut in proclitic_variants(first):
            readings[form].add((prefix, first))
    # a form is whole when it is a name word, or when no proclitic reading explains it:
    # "ولبنان" is و + لبنان although ول + بنان would not explain it
    whole = {
        form for form, forms in readings.items()
        if form in name_words or all(whole_word(form, stem, p, zipf) for p, stem in forms)
    }
    alone = {
        form for form in shorts
        if form not in first_names and not kb.candidates(form)
        and alone_short_form(form, zipf, first_names)
    }
    return Lexical(frozenset(whole), frozenset(common), frozenset(alone), lexicon_version())
