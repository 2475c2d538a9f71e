"""Regressions: a credit at the end of the last paragraph, and labels that are whole words."""

from __future__ import annotations

import pytest

from marsad.extract import extract

HEAD = (
    "عنوان الخبر هنا\n\n"
    "الفقرة الأولى من الخبر وفيها كلام كثير عن الاجتماع الذي عقد أمس في العاصمة.\n\n"
    "الفقرة الثانية من الخبر وفيها تفاصيل إضافية عن المحادثات بين الجانبين.\n\n"
)
LAST = "وقال المتحدث إن المحادثات كانت بناءة ومثمرة"


@pytest.mark.parametrize(
    "tail, agency",
    [(".", None), (". (وكالات)", "وكالات"), (" (رويترز)", "رويترز"), (". (رويترز)", "رويترز")],
)
def test_last_paragraph_with_trailing_credit_is_kept(tail: str, agency: str | None) -> None:
    article = extract(HEAD + LAST + tail)
    assert article.text.endswith(LAST + "."), article.text[-80:]
    assert article.agency == agency
    assert "(" not in article.text


def test_a_title_starting_like_a_label_is_not_a_credit() -> None:
    article = extract(HEAD + LAST + ".")
    assert article.title == "عنوان الخبر هنا"
    assert article.agency is None
