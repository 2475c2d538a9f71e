from datetime import date

import pytest

from marsad.arabic import normalize as n
from marsad.events.modality import status_of
from marsad.models import TimeExpression


@pytest.mark.parametrize(
    ("before", "after", "kw", "expected"),
    [
        ("وقال إن الجيش", "غزة", {}, "asserted"),
        ("ولم", "الجيش غارات", {}, "negated"),
        ("ولم يشن الجيش الإسرائيلي", "على غزة", {}, "negated"),
        ("ونفى الجيش أن يكون قد", "", {}, "negated"),
        ("ونفى الجيش", "", {"own_category": "REJECT"}, "asserted"),
        ("ومن المقرر أن", "وزراء الخارجية", {"tense": "present"}, "future"),
        ("وقال إنه", "", {"prefix": "س", "tense": "present"}, "future"),
        ("قبل قمة رئاسية", "محتملة", {}, "future"),
        ("وإذا", "بغداد اتفاقا", {}, "hypothetical"),
        ("وقد", "الصين بفرض عقوبات إذا مضت واشنطن", {"tense": "present"}, "hypothetical"),
        ("وزعمت المعارضة أن الجيش", "", {}, "claimed"),
        ("لا يزال الجيش", "المدينة", {"tense": "present"}, "asserted"),
        ("هل", "الجيش المدينة?", {}, "hypothetical"),
    ],
)
def test_cues(before, after, kw, expected):
    assert status_of(n(before), n(after), **kw) == expected


def test_time_expressions():
    since = TimeExpression(0, 5, "منذ العام 2016", "2016", "year", "since")
    assert status_of("", "", timexes=(since,)) == "historical"
    later = TimeExpression(0, 5, "غدا", "2023-03-17", "day", "relative")
    assert status_of("", "", timexes=(later,), published=date(2023, 3, 16)) == "future"
    old = TimeExpression(0, 5, "عام 2011", "2011", "year", "absolute")
    assert status_of("", "", timexes=(old,), published=date(2023, 3, 16)) == "historical"
