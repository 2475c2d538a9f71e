"""Tokens with offsets and match forms; proclitics and the bare form for lookup."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import PROCLITICS, bare, clitic_splits, normalize, tokenize

LEXICON = frozenset({"موسكو", "رييس", "الرييس", "شعب", "دمشق", "انقره", "بشار", "وزير"})


def test_tokens_carry_offsets_and_match_forms() -> None:
    text = "وقال الرئيسُ، إنّ ٣٫٥ مليون (U.S.) زاروا «دمشق»."
    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.norm == normalize(t.text)
    words = [t.text for t in toks]
    assert words[:4] == ["وقال", "الرئيسُ", "،", "إنّ"]
    assert "٣٫٥" in words  # a decimal number is one token
    assert words[-3:] == ["دمشق", "»", "."]
    assert next(t for t in toks if t.text == "٣٫٥").norm == "3.5"


def test_is_arabic() -> None:
    toks = tokenize("زار Moscow ١٢")
    assert [t.is_arabic for t in toks] == [True, False, False]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بموسكو", ("ب", "موسكو")),
        ("وموسكو", ("و", "موسكو")),
        ("والرئيس", ("وال", "رييس")),
        ("للرئيس", ("لل", "رييس")),
        ("فللشعب", ("فلل", "شعب")),
        ("وبدمشق", ("وب", "دمشق")),
        ("لأنقرة", ("ل", "انقره")),
        ("بشار", ("", "بشار")),  # known as it is: never شار
        ("وزير", ("", "وزير")),
        ("موسكو", ("", "موسكو")),
    ],
)
def test_bare_with_a_lexicon(word: str, expected: tuple[str, str]) -> None:
    assert bare(normalize(word), LEXICON) == expected


def test_bare_accepts_a_predicate() -> None:
    assert bare(normalize("بموسكو"), lambda s: s == "موسكو") == ("ب", "موسكو")


def test_bare_without_a_lexicon_keeps_short_stems() -> None:
    assert bare(normalize("بموسكو")) == ("ب", "موسكو")
    assert bare(normalize("بشار")) == ("", "بشار")  # شار has three letters: kept whole
    assert bare(normalize("والرئيس")) == ("وال", "رييس")


def test_unknown_remainders_are_not_split() -> None:
    assert bare(normalize("بلاد"), LEXICON) == ("", "بلاد")


def test_clitic_splits_lists_every_reading() -> None:
    splits = clitic_splits("للرييس")
    assert splits[0] == ("", "للرييس")
    assert ("لل", "رييس") in splits
    assert ("ل", "الرييس") in splits  # ل + الرئيس: the article restored
    assert clitic_splits("وا") == (("", "وا"),)


def test_proclitics_longest_first() -> None:
    lengths = [len(p) for p in PROCLITICS]
    assert lengths == sorted(lengths, reverse=True)
    assert {"وبال", "فلل", "ولل", "وس"} <= set(PROCLITICS)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتسكلمنوفيةأإ ،.«»0123456789٣abc", max_size=60))
def test_tokens_cover_all_non_space_text(text: str) -> None:
    toks = tokenize(text)
    covered = "".join(t.text for t in toks)
    assert covered == "".join(text.split())
    assert all(a.end <= b.start for a, b in pairwise(toks))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتسكلمنوفيه", min_size=1, max_size=12))
def test_every_split_rebuilds_the_word(word: str) -> None:
    for prefix, stem in clitic_splits(word):
        if prefix.endswith("ل") and stem.startswith("ال") and not word.startswith(prefix + "ال"):
            assert prefix + stem[1:] == word  # ل + الرئيس written للرئيس
        else:
            assert prefix + stem == word
        assert not prefix or len(stem) >= 2
