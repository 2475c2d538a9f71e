"""find_timexes: spans into the original text, values, granularity, kinds, context rules."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from marsad.timex import find_timexes, resolve

THU = date(2023, 3, 16)


def one(text: str, anchor: date | datetime | None = THU) -> tuple[str, str | None, str, str]:
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t.text, t.value, t.granularity, t.kind


def test_seed_sentences_resolve_against_thursday() -> None:
    text = (
        "وبدأ الأسد رحلته إلى موسكو أمس الأربعاء، ونقلت الوكالة عنه قوله اليوم الخميس. "
        "وقال الرئيس التركي في نوفمبر (تشرين الثاني)، إن أنقرة نفذت هجمات منذ العام 2016."
    )
    got = [(t.text, t.value, t.granularity, t.kind) for t in find_timexes(text, THU)]
    assert got == [
        ("أمس الأربعاء", "2023-03-15", "day", "relative"),
        ("اليوم الخميس", "2023-03-16", "day", "relative"),
        ("نوفمبر (تشرين الثاني)", "2022-11", "month", "relative"),
        ("منذ العام 2016", "2016", "year", "since"),
    ]


def test_seed_page_values(seed_page: str) -> None:
    values = {(t.text, t.value) for t in find_timexes(seed_page, THU)}
    assert ("أمس الأربعاء", "2023-03-15") in values
    assert ("هذا الأسبوع", "2023-W11") in values
    assert ("منذ العام 2016", "2016") in values


def test_spans_point_into_text_with_tashkeel_and_tatweel() -> None:
    text = "وقَعَ الهُجُومُ أَمْسِ الأَرْبِعَاءِ، وصدر البيان فِي ١١ شـوال ١٤٤١هـ."
    found = find_timexes(text, THU)
    assert [t.text for t in found] == ["أَمْسِ الأَرْبِعَاءِ", "١١ شـوال ١٤٤١هـ"]
    assert [t.value for t in found] == ["2023-03-15", "2020-06-03"]
    for t in found:
        assert text[t.start : t.end] == t.text


def test_trailing_tanween_is_kept_in_the_span() -> None:
    assert one("تبدأ المحادثات غداً.")[0] == "غداً"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قال الأربعاء", "2023-03-15"),  # bare weekday: most recent
        ("قال الخميس", "2023-03-16"),  # ... today included
        ("الخميس الماضي", "2023-03-09"),  # "last": strictly before
        ("الخميس المقبل", "2023-03-23"),  # "next": strictly after
        ("ومن المقرر أن يلتقيا الأحد", "2023-03-19"),  # future cue in the clause
    ],
)
def test_weekdays(text: str, value: str) -> None:
    assert one(text)[1] == value


def test_future_cue_stays_in_its_clause() -> None:
    text = "ومن المقرر أن يصل الوفد غدا. واجتمع الوزراء الأحد"
    assert [t.value for t in find_timexes(text, THU)] == ["2023-03-17", "2023-03-12"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في نوفمبر", "2022-11"),  # later in the year than the anchor: last year's
        ("في مارس", "2023-03"),  # the anchor's month
        ("في فبراير المقبل", "2024-02"),
        ("من المقرر أن تجرى في أبريل", "2023-04"),
    ],
)
def test_month_past_preference(text: str, value: str) -> None:
    assert one(text)[1] == value


@pytest.mark.parametrize(
    "form",
    ["يناير", "كانون الثاني", "كانون ثاني", "كانون 2", "ك2", "جانفي", "ينّاير"],
)
def test_january_in_every_family(form: str) -> None:
    assert one(f"في 5 {form} 2022")[1] == "2022-01-05"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في نيسان/أبريل 2021", "2021-04"),
        ("في أبريل (نيسان) 2021", "2021-04"),
        ("في 3 تموز - يوليو 2021", "2021-07-03"),
    ],
)
def test_paired_month_forms_are_one_expression(text: str, value: str) -> None:
    assert one(text)[1] == value


@pytest.mark.parametrize(
    "text",
    [
        "مارس الحزب ضغوطا على الحكومة",  # مارس: a verb
        "وهو أب لطفلين",  # آب ~ أب: father
        "اشترى سيارة نيسان",  # نيسان: a car maker
        "في اليوم التالي للهجوم",
        "من أجل غد أفضل",
        "وقال الأمين العام السابق",
        "وتضرر 2000 منزل",
        "في 2000 منزل",
        "والفارق بين الاثنين كبير",  # الاثنين: "the two"
        "وعين اليوم – جدة",  # a newspaper's name
    ],
)
def test_words_that_are_not_dates(text: str) -> None:
    assert find_timexes(text, THU) == []


def test_without_anchor_relative_values_are_none() -> None:
    found = find_timexes("وقال أمس إن الاتفاق وقع في 12 يناير 2023 وسيطبق الشهر المقبل", None)
    assert [(t.value, t.kind) for t in found] == [
        (None, "relative"),
        ("2023-01-12", "absolute"),
        (None, "relative"),
    ]


def test_datetime_anchor_gives_times_for_hours() -> None:
    anchor = datetime(2023, 3, 16, 10, 45)
    assert one("وقع الانفجار قبل ساعتين", anchor)[1:3] == ("2023-03-16T08:45", "time")
    assert one("وقع الانفجار قبل ساعتين", THU)[1:3] == ("2023-03-16", "day")


@pytest.mark.parametrize(
    ("text", "value", "granularity", "kind"),
    [
        ("منذ ثلاثة أيام", "2023-03-13", "day", "since"),
        ("قبل أيام", None, "day", "relative"),  # vague count
        ("لمدة أسبوعين", "P2W", "week", "duration"),
        ("خلال الساعات ال24 الماضية", "PT24H", "time", "duration"),
        ("منذ أكثر من عامين", "2021", "year", "since"),
        ("بعد ثلاثة أشهر من الحرب", None, "month", "relative"),  # counted from an event
    ],
)
def test_offsets(text: str, value: str | None, granularity: str, kind: str) -> None:
    assert one(text)[1:] == (value, granularity, kind)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("التسعينيات", "199"),
        ("ثمانينات القرن الماضي", "198"),
        ("عشرينيات القرن العشرين", "192"),
        ("العشرينيات من القرن الحادي والعشرين", "202"),
    ],
)
def test_decades(text: str, value: str) -> None:
    assert one(text)[1:3] == (value, "decade")


def test_hijri_month_and_year() -> None:
    assert one("في رمضان 1444")[1:] == ("2023-04", "month", "hijri")
    assert one("في عام 1441 هـ")[1:] == ("2020", "year", "hijri")
    assert one("في 30 صفر 1700")[1] is None  # beyond hijridate's range: no value, no crash


def test_invalid_dates_do_not_raise() -> None:
    assert one("في 31 فبراير 2023")[1] is None
    assert find_timexes("في 45/13/2023", THU) == []


def test_resolve_picks_the_longest_expression() -> None:
    t = resolve("أمس، الخميس 12 يناير 2023", THU)
    assert t is not None and t.value == "2023-01-12"
    assert resolve("لا شيء هنا", THU) is None


def test_empty_and_non_arabic_text() -> None:
    assert find_timexes("", THU) == []
    assert find_timexes("Nothing to see on 12 January 2023 here", THU)[0].value == "2023-01-12"


def test_named_weekday_outranks_an_anchor_a_day_off() -> None:
    # published Friday (a crawl date, say): "أمس الأربعاء" is still Wednesday
    assert one("وصل أمس الأربعاء", date(2023, 3, 17))[1] == "2023-03-15"
    assert one("وصل أمس (الأربعاء)", THU)[0:2] == ("أمس (الأربعاء)", "2023-03-15")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("بتاريخ 14/10/1436", "2015-07-30", "hijri"),  # all-digit Hijri date
        ("بتاريخ 18/ 10/ 1436هـ", "2015-08-03", "hijri"),
        ("بتاريخ 12/01/2023م", "2023-01-12", "absolute"),
    ],
)
def test_numeric_dates(text: str, value: str, kind: str) -> None:
    got = one(text, date(2015, 8, 2))
    assert (got[1], got[3]) == (value, kind)


def test_hijri_day_without_year_is_placed_like_a_gregorian_one() -> None:
    # 16 Shawwal 1436 is 2015-08-01: "22 رمضان" is last month's, not next year's
    assert one("في 22 رمضان", date(2015, 8, 1))[1:] == ("2015-07-09", "day", "hijri")


def test_month_pairs_without_punctuation() -> None:
    assert one("وتراجعت الأسعار في يوليو تموز.", THU)[0:2] == ("يوليو تموز", "2022-07")


def test_digits_glued_to_a_month_name() -> None:
    assert one("يوم الثلاثاء 14يوليو 2015", THU)[1] == "2015-07-14"


def test_ordinal_days() -> None:
    assert one("في الحادي والعشرين من مارس 2022")[1] == "2022-03-21"
    assert one("في الخامس عشر من الشهر الماضي")[1] == "2023-02-15"


def test_a_long_text_finds_what_its_sentences_find() -> None:
    # rules scan windows around their anchor words; on a long text the result must be
    # exactly that of each sentence alone
    from pathlib import Path

    from marsad.eval.timex import load_cases

    sentences = [c.text for c in load_cases(Path(__file__).with_name("cases.tsv"))]
    text = " ".join(sentences)
    expected = []
    offset = 0
    for s in sentences:
        expected += [(t.start + offset, t.text, t.value) for t in find_timexes(s, THU)]
        offset += len(s) + 1
    assert [(t.start, t.text, t.value) for t in find_timexes(text, THU)] == expected


def test_weekday_pairs_and_futures_months() -> None:
    found = find_timexes("وتفتح المعابر بين الاثنين والجمعة", THU)
    assert [t.value for t in found] == ["2023-03-13", "2023-03-10"]
    # a futures contract names a coming month
    assert one("وارتفعت العقود الآجلة تسليم أبريل")[1] == "2023-04"


@pytest.mark.parametrize(
    ("text", "anchor", "value", "kind"),
    [
        ("خلال عطلة عيد الفطر", date(2023, 5, 1), "2023-04-21", "hijri"),
        ("في ثاني أيام عيد الأضحى المبارك", date(2023, 7, 10), "2023-06-29", "hijri"),
        ("قبيل عيد الأضحى المقبل", THU, "2023-06-28", "hijri"),
        ("في ذكرى عاشوراء", date(2019, 11, 3), "2019-09-09", "hijri"),
        ("احتفالات عيد العمال", date(2024, 5, 2), "2024-05-01", "relative"),
    ],
)
def test_feasts(text: str, anchor: date, value: str, kind: str) -> None:
    got = one(text, anchor)
    assert (got[1], got[3]) == (value, kind)


def test_glued_and_dashed_dates_but_not_football_scores() -> None:
    assert one("بتاريخ 12-يناير-2023")[1] == "2023-01-12"
    assert one("بتاريخ 12يناير2023")[1] == "2023-01-12"
    assert find_timexes("وفاز الفريق 4-صفر على ضيفه", THU) == []  # صفر: nil
    assert find_timexes("وفاز الفريق بنتيجة 4 صفر", THU) == []
    assert one("وصل الوفد في 4 صفر", date(2023, 9, 16))[1] == "2023-08-20"
    assert find_timexes("في كانون 2023", THU) == []  # كانون 2 is no prefix of كانون 2023


def test_ordinals_that_count_something_else() -> None:
    assert one("في النصف الثاني من الشهر الجاري")[1:3] == ("2023-03", "month")
    assert one("في الأسبوع الأول من ديسمبر")[1:3] == ("2022-12", "month")


def test_lam_plus_article_and_feast_eves() -> None:
    assert one("وأقرت الحكومة موازنة للعام المقبل")[1] == "2024"
    assert one("عشية عيد الأضحى", date(2023, 7, 10))[1] == "2023-06-27"
    assert one("خلال الساعات الأربع والعشرين الماضية")[1] == "PT24H"
