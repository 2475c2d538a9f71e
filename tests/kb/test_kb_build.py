"""Helpers of the build scripts (scripts/build_places.py, scripts/build_orgs.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPTS))


@pytest.fixture(scope="module")
def places() -> ModuleType:
    return _load("build_places")


@pytest.fixture(scope="module")
def orgs() -> ModuleType:
    return _load("build_orgs")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("سوريا", ["سوري", "سورية"]),
        ("تشاد", ["تشادي", "تشادية"]),
        ("كندا", ["كندي", "كندية"]),
        ("باكستان", ["باكستاني", "باكستانية"]),
        ("البرازيل", ["برازيلي", "برازيلية"]),
        ("توغو", []),  # vowel ending: no safe rule
        ("كوريا الجنوبية", []),  # several words: written by hand
    ],
)
def test_derive_demonym(places: ModuleType, name: str, expected: list[str]) -> None:
    assert places.derive_demonym(name) == expected


def test_arabic_names_filter(places: ModuleType) -> None:
    names = ["دمشق", "ديمهشق", "ئهنقهره", "د مشق", "Damascus", "دمشق"]
    assert places.arabic_names(names, "Damascus") == ["دمشق", "دمشق"]
    # a medial ه is kept when the English name has an h for it
    assert places.arabic_names(["مشهد"], "Mashhad") == ["مشهد"]
    # Persian letters that fold onto Arabic ones are folded; پ چ ژ گ names are dropped
    assert places.arabic_names(["کرمان", "گرگان"], "Kerman") == ["كرمان"]


def test_uniq_keeps_first_spelling(places: ModuleType) -> None:
    assert places.uniq(["أنقرة", "انقره", "آنكارا"]) == ["أنقرة", "آنكارا"]


def test_cldr_names(places: ModuleType) -> None:
    ar = {"MM": "ميانمار (بورما)", "CD": "الكونغو - كينشاسا"}
    assert places.cldr_names("MM", ar) == ["ميانمار", "بورما"]
    assert places.cldr_names("CD", ar) == []


def test_government_body_names(orgs: ModuleType) -> None:
    assert orgs.with_article("سوري") == "السوري"
    assert orgs.with_article("كوري جنوبي") == "الكوري الجنوبي"
    assert orgs.with_article("جنوب أفريقي") == "الجنوب أفريقي"
    assert orgs.feminine("السوري") == "السورية"
    assert orgs.feminine("الكوري الجنوبي") == "الكورية الجنوبية"
    assert orgs.feminine("الجنوب أفريقي") == "الجنوب أفريقية"
