"""Property tests: find_timexes never raises, and its spans always fit the text."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.timex import find_timexes, parse_date_string

PIECES = [
    "أمس",
    "اليوم",
    "غداً",
    "الأربعاء",
    "الماضي",
    "المقبل",
    "الشهر",
    "العام",
    "منذ",
    "قبل",
    "بعد",
    "يومين",
    "ثلاثة",
    "أيام",
    "في",
    "عام",
    "يناير",
    "كانون",
    "الثاني",
    "2",
    "ك2",
    "نيسان/أبريل",
    "(تشرين الأول)",
    "شوال",
    "رمضان",
    "هـ",
    "1441",
    "2023",
    "١٢",
    "٢٠٢٣",
    "31",
    "29",
    "فبراير",
    "00",
    "/",
    "-",
    ".",
    "،",
    "التسعينيات",
    "القرن",
    "الماضي",
    "مَ",
    "ـ",
    "\u200f",
    "\n",
    "م",
    "من",
    "الحادي",
    "والعشرين",
    "ساعتين",
    "صباح",
]
texts = st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join) | st.text(max_size=60)
anchors = st.one_of(
    st.none(),
    st.dates(min_value=date(1930, 1, 1), max_value=date(2070, 12, 31)),
    st.datetimes(min_value=datetime(1930, 1, 1), max_value=datetime(2070, 12, 31)),
)


@settings(max_examples=400, deadline=None)
@given(texts, anchors)
def test_spans_fit_and_do_not_overlap(text: str, anchor: date | datetime | None) -> None:
    found = find_timexes(text, anchor)
    end = 0
    for t in found:
        assert end <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.kind in {"absolute", "relative", "hijri", "since", "duration"}
        assert t.granularity in {"day", "week", "month", "year", "decade", "time"}
        end = t.end


@settings(max_examples=200, deadline=None)
@given(texts)
def test_parse_date_string_never_raises(text: str) -> None:
    result = parse_date_string(text)
    assert result is None or isinstance(result, datetime)
