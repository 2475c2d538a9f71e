"""Sentence splitting for Arabic news: punctuation, quotes, decimals, abbreviations, run-ons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_arabic_and_latin_enders() -> None:
    text = "هل انتهت الحرب؟ لا أحد يعرف! لكن المفاوضات مستمرة."
    assert sents(text) == ["هل انتهت الحرب؟", "لا أحد يعرف!", "لكن المفاوضات مستمرة."]


def test_news_run_ons_split_at_each_period() -> None:
    text = "وقال الوزير إن الزيارة ناجحة . وأضاف أن البلدين اتفقا على التعاون. وتابع: سنلتقي قريباً."
    assert sents(text) == [
        "وقال الوزير إن الزيارة ناجحة .",
        "وأضاف أن البلدين اتفقا على التعاون.",
        "وتابع: سنلتقي قريباً.",
    ]


def test_stray_period_before_reported_speech_does_not_split() -> None:
    text = "ونقلت الوكالة عن الرئيس قوله اليوم الخميس. إن دمشق سترحب بالمقترحات. وقال آخرون."
    assert sents(text) == [
        "ونقلت الوكالة عن الرئيس قوله اليوم الخميس. إن دمشق سترحب بالمقترحات.",
        "وقال آخرون.",
    ]


@pytest.mark.parametrize("quote", ["«{}»", "“{}”", '"{}"'])
def test_quotations_stay_whole(quote: str) -> None:
    inner = quote.format("لن نتراجع. سنواصل العمل حتى النهاية")
    text = f"وقال المتحدث {inner}، بحسب الوكالة. وانتهى المؤتمر."
    assert sents(text) == [f"وقال المتحدث {inner}، بحسب الوكالة.", "وانتهى المؤتمر."]


def test_period_after_closing_quote_ends_the_sentence() -> None:
    text = "وقال بيسكوف «العلاقات ستتأثر بالتأكيد». ومن المقرر أن يجتمع الدبلوماسيون."
    assert sents(text) == [
        "وقال بيسكوف «العلاقات ستتأثر بالتأكيد».",
        "ومن المقرر أن يجتمع الدبلوماسيون.",
    ]


def test_quote_ending_with_its_own_period_ends_the_sentence() -> None:
    text = "وقال الرئيس: «لا يمكن أن تكون هناك ضغينة في السياسة.» وأضاف أن الحوار ممكن."
    assert sents(text) == [
        "وقال الرئيس: «لا يمكن أن تكون هناك ضغينة في السياسة.»",
        "وأضاف أن الحوار ممكن.",
    ]


def test_quote_never_runs_across_a_paragraph() -> None:
    text = "وقال «هذا اقتباس لم يغلق\nوفقرة جديدة. وجملة أخرى."
    assert sents(text) == ["وقال «هذا اقتباس لم يغلق", "وفقرة جديدة.", "وجملة أخرى."]


def test_decimals_and_dotted_names_do_not_split() -> None:
    text = "ارتفع النمو إلى 3.5 في المئة وفق موقع example.com اليوم. وتراجع التضخم."
    assert sents(text) == [
        "ارتفع النمو إلى 3.5 في المئة وفق موقع example.com اليوم.",
        "وتراجع التضخم.",
    ]


def test_arabic_decimal_separator_and_indic_digits() -> None:
    text = "بلغ النمو ٣٫٥ بالمئة. وتراجع الدين."
    assert sents(text) == ["بلغ النمو ٣٫٥ بالمئة.", "وتراجع الدين."]


def test_abbreviations_do_not_split() -> None:
    text = "وقال د. محمد الأحمد إن الوضع صعب. وأكد أ. د. سامي ذلك."
    assert sents(text) == ["وقال د. محمد الأحمد إن الوضع صعب.", "وأكد أ. د. سامي ذلك."]


def test_year_suffix_period_ends_the_sentence() -> None:
    text = "وتأسست الجمعية عام 1950 م. وأعيد تنظيمها لاحقاً."
    assert sents(text) == ["وتأسست الجمعية عام 1950 م.", "وأعيد تنظيمها لاحقاً."]
    text = "وصدر القرار في 1441 هـ. ثم ألغي."
    assert sents(text) == ["وصدر القرار في 1441 هـ.", "ثم ألغي."]


def test_paragraph_breaks_end_sentences_without_punctuation() -> None:
    text = "مبادئ ومصالح\n\nكما بحث الزعيمان الملفات السياسية\nوناقشا التعاون."
    assert sents(text) == [
        "مبادئ ومصالح",
        "كما بحث الزعيمان الملفات السياسية",
        "وناقشا التعاون.",
    ]


def test_ellipsis_and_repeated_enders() -> None:
    text = "لم يحدث شيء… ثم ماذا؟! انتهى الأمر"
    assert sents(text) == ["لم يحدث شيء…", "ثم ماذا؟!", "انتهى الأمر"]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ابتس كلم.؟!«»“”"\n0123د', max_size=120))
def test_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev_end = e
    # nothing but whitespace is left out
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_missing_space_after_a_period_between_arabic_words() -> None:
    assert sents("انتهى الاجتماع.وقال الوزير إنه راض.") == [
        "انتهى الاجتماع.",
        "وقال الوزير إنه راض.",
    ]


def test_arabic_initials_and_latin_initials_do_not_split() -> None:
    text = "وقالت شركة النور ش.م.ل في بيان إن J. K. Rowling ستزور بيروت. وانتهى."
    assert sents(text) == [
        "وقالت شركة النور ش.م.ل في بيان إن J. K. Rowling ستزور بيروت.",
        "وانتهى.",
    ]


def test_abbreviation_after_an_opening_bracket() -> None:
    text = "وقال الخبير (د. سامي) إن الوضع صعب. وانتهى."
    assert sents(text) == ["وقال الخبير (د. سامي) إن الوضع صعب.", "وانتهى."]


def test_seed_page_sentences(seed_page: str) -> None:
    spans = split_sentences(seed_page)
    texts = [seed_page[s:e] for s, e in spans]
    assert "أخبارسورياعربي" in texts  # a line of its own
    assert any(t.startswith("وبدأ الأسد رحلته إلى موسكو أمس الأربعاء") for t in texts)
    # the stray period before إن keeps the reported statement in one sentence
    assert any("قوله اليوم الخميس. إن دمشق سترحب" in t for t in texts)
    quote = next(t for t in texts if "“العلاقات بين تركيا وسوريا" in t)
    assert quote.endswith("بين بوتين والأسد.")


def test_an_unclosed_quote_holds_sentences_only_up_to_max_quote() -> None:
    text = "قال «نص طويل. جدا. هنا» وانتهى. ثم"
    assert sents(text) == ["قال «نص طويل. جدا. هنا» وانتهى.", "ثم"]
    # past max_quote characters the quote is dropped and periods end sentences again
    assert [text[s:e] for s, e in split_sentences(text, max_quote=5)] == [
        "قال «نص طويل.", "جدا.", "هنا» وانتهى.", "ثم"]


def test_a_quote_dropped_at_max_quote_no_longer_holds_its_periods() -> None:
    text = "قال «كلام كثير جدا. وانتهى» ثم تابع. ختام"
    assert sents(text) == ["قال «كلام كثير جدا. وانتهى» ثم تابع.", "ختام"]
    assert [text[s:e] for s, e in split_sentences(text, max_quote=8)] == [
        "قال «كلام كثير جدا.", "وانتهى» ثم تابع.", "ختام"]
