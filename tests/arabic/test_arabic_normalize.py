"""Normalisation: match form, display form, digits, and the offset map back to the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import arabic_ratio, clean, normalize, normalize_digits, normalize_with_map
from marsad.arabic.normalize import cached_match_form

TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئکی"
    + TASHKEEL
    + "\u0640\u200c\u200f"
    + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789"
    + " \n.,،؛؟«»“”„-:/"
    + "abcXYZ"
)
arabic_text = st.text(alphabet=ALPHABET, max_size=80)


def test_match_form_folds_letters_marks_digits_and_punctuation() -> None:
    assert normalize("أَعْلَنَتْ") == "اعلنت"
    assert normalize("إسرائيل") == "اسراييل"
    assert normalize("آذار ٱلقدس") == "اذار القدس"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("المدينة") == "المدينه"
    assert normalize("مؤتمر") == "موتمر"
    assert normalize("جمهـــورية") == "جمهوريه"
    assert normalize("کرمانشاه ی") == "كرمانشاه ي"
    assert normalize("«قال» “نعم”، لماذا؟ نعم؛") == '"قال" "نعم", لماذا? نعم;'
    assert normalize("٪٥٠") == "%50"


def test_display_form_keeps_letters() -> None:
    assert clean("أَعْلَنَتْ المدينة ١٢") == "أعلنت المدينة 12"
    assert clean("إسرائيل") == "إسرائيل"
    assert clean("٣٫٥") == "3.5"


def test_digits() -> None:
    assert normalize_digits("١٢ كانون الثاني ٢٠٢٣") == "12 كانون الثاني 2023"
    assert normalize_digits("۱۴۰۲") == "1402"
    assert normalize_digits("أَ") == "أَ"  # nothing but digits changes


def test_offset_map_identity_when_nothing_is_deleted() -> None:
    nt = normalize_with_map("أعلنت إسرائيل ١٢")
    assert nt.text == "اعلنت اسراييل 12"
    assert nt.span(6, 13) == (6, 13)


def test_offset_map_skips_deleted_marks() -> None:
    original = "قَالَ الرَّئِيسُ"
    nt = normalize_with_map(original)
    assert nt.text == "قال الرييس"
    s, e = nt.span(4, 10)
    assert original[s:e] == "الرَّئِيسُ"[:-1]  # the final damma is after the last letter
    assert nt.to_original(len(nt.text)) == len(original)


def test_an_article_is_normalised_once_and_shared() -> None:
    article = "قَالَ الرَّئِيسُ إنّ الحوار ممكن. " * 12  # article-sized: cached
    first = normalize_with_map(article)
    assert normalize_with_map(article) is first
    assert first.text == normalize(article)
    assert article[slice(*first.span(4, 10))].startswith("الرَّئِيس")
    assert cached_match_form(article) == first.text  # what the tokenizer reuses
    assert cached_match_form(article + " ") is None  # never normalised: not there
    word = "قَالَ"  # a mention: not cached, computed each time
    assert normalize_with_map(word) is not normalize_with_map(word)
    assert normalize_with_map(word).text == "قال"


def test_arabic_ratio() -> None:
    assert arabic_ratio("") == 0.0
    assert arabic_ratio("hello") == 0.0
    assert arabic_ratio("مرحبا") == 1.0
    assert 0.4 < arabic_ratio("مرحبا hello") < 0.6


@settings(max_examples=300, deadline=None)
@given(arabic_text, st.data())
def test_every_normalised_span_maps_back_to_the_same_text(text: str, data: st.DataObject) -> None:
    nt = normalize_with_map(text)
    assert nt.text == normalize(text)
    n = len(nt.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = nt.span(start, end)
    assert 0 <= s <= e <= len(text)
    assert normalize(text[s:e]) == nt.text[start:end]


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_offset_map_is_monotonic(text: str) -> None:
    nt = normalize_with_map(text)
    positions = [nt.to_original(i) for i in range(len(nt.text) + 1)]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)
    for i, p in enumerate(positions[:-1]):
        assert normalize(text[p]) == nt.text[i]  # each kept character maps to its source


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)
    assert clean(clean(text)) == clean(text)
