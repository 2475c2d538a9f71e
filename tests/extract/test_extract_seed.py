"""The seed page (a real text dump): title, body bounds, subheadings, no chrome, metadata."""

from __future__ import annotations

import pytest

from marsad.extract import extract

CHROME = ("أخبارسورياعربي", "اقرأ أيضاً", "مقالات ذات صلة", "اترك تعليقاً", "زر الذهاب إلى الأعلى",
          "دقيقه – وكالات")


@pytest.fixture
def seed(seed_page: str):
    return extract(seed_page, source="seed")


def test_seed_title(seed) -> None:
    assert seed.title == "بشار الأسد يزور روسيا لمناقشة المصالحة مع أنقرة"


def test_seed_body_bounds(seed) -> None:
    assert seed.text.startswith("يواصل الرئيس السوري")
    assert seed.text.endswith("ضد مجموعات إرهابية وكردية.")


def test_seed_subheadings_kept_as_paragraphs(seed) -> None:
    paras = seed.text.split("\n\n")
    for sub in ("مبادئ ومصالح", "زعزعة الاستقرار", "إصلاح العلاقات"):
        assert sub in paras
        # a subheading is followed by body text, not by another heading
        assert len(paras[paras.index(sub) + 1].split()) > 10


def test_seed_no_chrome_in_body(seed) -> None:
    for line in CHROME:
        assert line not in seed.text
    assert "\n\n\n" not in seed.text and "\u00a0" not in seed.text


def test_seed_metadata(seed) -> None:
    assert seed.sections == ("أخبار", "سوريا", "عربي")
    assert seed.agency == "وكالات"
    assert seed.meta["credit"] == "دقيقه – وكالات"
    assert seed.lang == "ar"
    assert "no_body" not in seed.flags and "non_arabic" not in seed.flags


def test_seed_bytes_and_str_agree(seed_page: str) -> None:
    a = extract(seed_page.encode("utf-8"))
    b = extract(seed_page.encode("cp1256", errors="replace"))
    assert a.text == extract(seed_page).text
    assert b.title == a.title and "encoding_guessed" in b.flags
