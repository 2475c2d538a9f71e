"""Features for the CRF sequence labeller (python-crfsuite string features).

A token's own features are computed once per word form (cached) and its neighbours'
features are reused with a position prefix, so tagging stays fast. Features:

- the match form, the clitic-stripped stem and the proclitic ("بموسكو" → موسكو, ب);
- prefixes and suffixes (1–3 letters) of the form and the stem, the article "ال";
- shape (Arabic, Latin, digits, punctuation), length;
- word-frequency buckets of the form and the stem (:mod:`.frequency`, wordfreq);
- cue classes from ``data/ner/cues.toml``: title before a name, speech verb,
  organisation head ("وزارة"), place head ("مدينة"), function word, given names
  (Arabic, foreign), name particles (أبو، بن، آل), currencies, religions and
  communities named as groups (الشيعة، الأكراد);
- the gazetteer's BIO tag and type for the token and its neighbours (KB alias hits);
- a window of two words on each side (forms, stems, cues) and word bigrams.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.arabic import normalize
from marsad.arabic.tokenize import clitic_splits
from marsad.entities.recognize.frequency import half_zipf

__all__ = ["Cues", "load_cues", "sentence_features", "stem_of", "word_features"]


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue-word classes in match form (single words and multiword phrases)."""

    person_titles: frozenset[str]
    speech_verbs: frozenset[str]
    org_heads: frozenset[str]
    loc_heads: frozenset[str]
    stop_after: frozenset[str]
    given_names: frozenset[str] = frozenset()
    arabic_given: frozenset[str] = frozenset()
    foreign_given: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    religions: frozenset[str] = frozenset()
    communities: frozenset[str] = frozenset()

    def classes(self, norm: str) -> tuple[str, ...]:
        return tuple(name for name in _CUE_SHORT if norm in getattr(self, name))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The shipped cue tables, normalised."""
    text = resources.files("marsad.data").joinpath("ner/cues.toml").read_text("utf-8")
    data = tomllib.loads(text)["cues"]
    names = resources.files("marsad.data").joinpath("ner/patterns.toml").read_text("utf-8")
    data["given_names"] = tomllib.loads(names)["names"]["given"]
    return Cues(**{k: frozenset(normalize(w) for w in v) for k, v in data.items()})


_CUE_SHORT = {
    "person_titles": "T",
    "speech_verbs": "V",
    "org_heads": "O",
    "loc_heads": "L",
    "stop_after": "S",
    "given_names": "G",
    "arabic_given": "A",
    "foreign_given": "F",
    "name_particles": "P",
    "currencies": "Y",
    "religions": "R",
    "communities": "M",
}
_VOWELS = frozenset("اوي")
_OFFSETS = (-2, -1, 1, 2)
_PAD = tuple((f"{off}:pad",) for off in _OFFSETS)


def _shape(norm: str) -> str:
    if not norm:
        return "empty"
    c = norm[0]
    if "\u0621" <= c <= "\u06ff":
        return "ar"
    if c.isdigit():
        return "dig"
    if c.isalpha():
        return "lat" if not norm.isupper() else "LAT"
    return "punct"


def _zipf(word: str) -> int:
    """Word-frequency bucket (Zipf scale, 0: rare or unseen): names are rarer words."""
    return half_zipf(word) // 2


def _stem(norm: str) -> tuple[str, str]:
    """The proclitic split used for features: longest clitic leaving >= 3 letters."""
    splits = clitic_splits(norm)
    for prefix, stem in splits[1:]:
        if len(stem) >= 3:
            return prefix, stem
    return "", norm


def stem_of(norm: str) -> str:
    """The clitic-stripped stem the features use ("بموسكو" → موسكو)."""
    return _stem(norm)[1]


@dataclass(frozen=True, slots=True)
class _Word:
    own: tuple[str, ...]  # features of the word at position 0
    ctx: tuple[str, ...]  # features it lends its neighbours (prefixed with the offset)
    norm: str
    # ctx prefixed for offsets -2, -1, +1, +2 (built once per word form: tagging speed)
    at: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=200_000)
def _word(text: str) -> _Word:
    cues = load_cues()
    norm = normalize(text)
    prefix, stem = _stem(norm)
    cls = cues.classes(norm) or cues.classes(stem)
    shape = _shape(norm)
    # frequency of the written form (wordfreq keeps hamzas) and of its stem
    surface_stem = text[len(prefix):] if len(text) == len(norm) else stem
    zf, zs = _zipf(text), _zipf(surface_stem)
    own = [
        "bias",
        "w=" + norm,
        "st=" + stem,
        "cl=" + prefix,
        "sh=" + shape,
        "len=" + str(min(len(norm), 8)),
        "p1=" + norm[:1],
        "p2=" + norm[:2],
        "p3=" + norm[:3],
        "s1=" + norm[-1:],
        "s2=" + norm[-2:],
        "s3=" + norm[-3:],
        "p4=" + norm[:4],
        "s4=" + norm[-4:],
        "sp2=" + stem[:2],
        "ss2=" + stem[-2:],
        "ss3=" + stem[-3:],
        f"zf={zf}",
        f"zs={zs}",
        f"zal={zs}" if stem.startswith("ال") else f"zno={zs}",
    ]
    if stem.startswith("ال"):
        own.append("al")
    if shape == "ar" and len(stem) >= 4:  # transliterated names are rich in long vowels
        own.append(f"vr={3 * sum(c in _VOWELS for c in stem) // len(stem)}")
    if stem.endswith("ي") or stem.endswith("يه"):
        own.append("nisba")
    own.extend("c=" + _CUE_SHORT[c] for c in cls)
    ctx = ["w=" + norm, "st=" + stem, "sh=" + shape, f"zs={zs}"]
    if stem.startswith("ال"):
        ctx.append("al")
    ctx.extend("c=" + _CUE_SHORT[c] for c in cls)
    at = tuple(tuple(f"{off}:{f}" for f in ctx) for off in _OFFSETS)
    return _Word(tuple(own), tuple(ctx), norm, at)


def known_features(text: str, known: frozenset[str]) -> _Word:
    """The word's features restricted to ``known`` ones (a model's attributes)."""
    w = _word(text)
    # a set intersection runs in C; crfsuite does not care about feature order
    return _Word(tuple(known.intersection(w.own)), (), w.norm,
                 tuple(tuple(known.intersection(fs)) for fs in w.at))


def word_features(text: str) -> tuple[str, ...]:
    """The position-0 features of one word form."""
    return _word(text).own


def sentence_features(
    tokens: Sequence[str],
    gazetteer_tags: Sequence[str] | None = None,
    word: Callable[[str], _Word] | None = None,
    known: Container[str] | None = None,
) -> list[list[str]]:
    """Feature lists for a sentence of token texts; ``gazetteer_tags`` are BIO-TYPE tags.

    ``word`` maps a token to its cached word features (a model passes one that drops
    features it never saw, which changes nothing but the tagging time); with ``known``
    the word bigrams it never saw are dropped too.
    """
    words = [(word or _word)(t) for t in tokens]
    n = len(words)
    gaz = list(gazetteer_tags) if gazetteer_tags is not None else None
    out: list[list[str]] = []
    pad0, pad1, pad2, pad3 = _PAD
    for i, w in enumerate(words):
        feats = [
            *w.own,
            *(words[i - 2].at[0] if i >= 2 else pad0),
            *(words[i - 1].at[1] if i >= 1 else pad1),
            *(words[i + 1].at[2] if i + 1 < n else pad2),
            *(words[i + 2].at[3] if i + 2 < n else pad3),
        ]
        if i == 0:
            feats.append("first")
        if i > 0:
            bg = f"bg-1={words[i - 1].norm}|{w.norm}"
            if known is None or bg in known:
                feats.append(bg)
        if i + 1 < n:
            bg = f"bg+1={w.norm}|{words[i + 1].norm}"
            if known is None or bg in known:
                feats.append(bg)
        if gaz is not None:
            feats.append("g=" + gaz[i])
            feats.append("g-1=" + (gaz[i - 1] if i > 0 else "pad"))
            feats.append("g+1=" + (gaz[i + 1] if i + 1 < n else "pad"))
        out.append(feats)
    return out
