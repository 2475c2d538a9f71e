"""Validation of the people and dated-role tables in src/marsad/data/kb/people/.

The files are parsed here on their own (the checks do not depend on the KB loader); when the
loader is importable the same data is also loaded through it and queried.
"""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from kb_fixtures import read_tsv

ROOT = Path(__file__).resolve().parents[2]
KB = ROOT / "src" / "marsad" / "data" / "kb"
PEOPLE = KB / "people"
SCRIPTS = ROOT / "scripts"

PEOPLE_COLUMNS = ["id", "qid", "name_en", "names_ar", "short_ar", "country", "gender"]
ROLE_COLUMNS = ["person_id", "office", "country", "sector", "start", "end", "org", "note"]
QID = re.compile(r"^Q[1-9][0-9]*$")
LOCAL_ID = re.compile(r"^mrs:per:[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")
# Arabic letters, spaces and the few marks names use (hyphen, apostrophe, dot, parentheses).
ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u06FA-\u06FF\s\-'.()]+$")
HAS_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")

SYRIA_PRESIDENT = "Q44329"


def parse_day(text: str) -> date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text), f"not an ISO date: {text!r}"
    return date.fromisoformat(text)


@pytest.fixture(scope="module")
def people() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    files = sorted(PEOPLE.glob("*.people.tsv"))
    assert files, "no people files"
    for path in files:
        header, rows = read_tsv(path)
        assert header in (PEOPLE_COLUMNS, [*PEOPLE_COLUMNS, "sector"]), path.name
        for row in rows:
            assert row["id"] not in found, f"duplicate id {row['id']} in {path.name}"
            found[row["id"]] = row
    return found


@pytest.fixture(scope="module")
def roles() -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for path in sorted(PEOPLE.glob("*.roles.tsv")):
        header, rows = read_tsv(path)
        assert header == ROLE_COLUMNS, path.name
        found += [dict(row, file=path.name) for row in rows]
    assert found
    return found


@pytest.fixture(scope="module")
def offices() -> dict[str, bool]:
    """Office key -> exclusive, from the KB's offices.tsv."""
    _, rows = read_tsv(KB / "offices.tsv")
    return {row["key"]: row["exclusive"] == "1" for row in rows}


def holder(roles: list[dict[str, str]], office: str, country: str, on: date,
           org: str = "") -> set[str]:
    return {
        r["person_id"] for r in roles
        if r["office"] == office and r["country"] == country and r["org"] == org
        and parse_day(r["start"]) <= on and (not r["end"] or on < parse_day(r["end"]))
    }


def test_people_ids_qids_and_names(people: dict[str, dict[str, str]]) -> None:
    for pid, p in people.items():
        if p["qid"]:
            assert QID.match(p["qid"]), pid
            assert pid == p["qid"], f"{pid}: an id must be the QID when one is given"
        else:
            assert LOCAL_ID.match(pid), pid
        assert p["name_en"].strip() == p["name_en"] and p["name_en"], pid
        names = p["names_ar"].split("|")
        assert names and all(names), f"{pid}: empty Arabic name"
        for name in names + [s for s in p["short_ar"].split("|") if s]:
            assert ARABIC_NAME.match(name) and HAS_ARABIC_LETTER.search(name), f"{pid}: {name!r}"
        assert len(set(names)) == len(names), f"{pid}: repeated Arabic variant"
        assert p["gender"] in {"m", "f", ""}, pid
        assert not p["country"] or ISO3.match(p["country"]), pid


def test_countries_are_known(people: dict[str, dict[str, str]],
                             roles: list[dict[str, str]]) -> None:
    _, rows = read_tsv(KB / "countries.tsv")
    known = {row["iso3"] for row in rows}
    used = {p["country"] for p in people.values()} | {r["country"] for r in roles}
    assert used - {""} <= known, sorted(used - {""} - known)


def test_roles_are_well_formed(people: dict[str, dict[str, str]], roles: list[dict[str, str]],
                               offices: dict[str, bool]) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.entities.kb.schema import SECTORS

    for r in roles:
        where = f"{r['file']}: {r['person_id']} {r['office']} {r['start']}"
        assert r["person_id"] in people, where
        assert r["office"] in offices, f"{where}: unknown office"
        assert r["sector"] in SECTORS, where
        assert not r["country"] or ISO3.match(r["country"]), where
        assert r["country"] or r["org"], f"{where}: an office needs a country or an org"
        start = parse_day(r["start"])
        assert date(1950, 1, 1) <= start <= date(2026, 11, 29), where
        if r["end"]:
            assert parse_day(r["end"]) > start, f"{where}: end not after start"


def test_exclusive_offices_do_not_overlap(roles: list[dict[str, str]],
                                          offices: dict[str, bool]) -> None:
    held: dict[tuple[str, str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for r in roles:
        if offices.get(r["office"]):
            end = parse_day(r["end"]) if r["end"] else date.max
            held[(r["office"], r["country"], r["org"])].append(
                (parse_day(r["start"]), end, r["person_id"]))
    assert len(held) > 300
    for scope, spans in held.items():
        spans.sort()
        for (_, end1, p1), (start2, _, p2) in itertools.pairwise(spans):
            assert start2 >= end1, f"{scope}: {p2} from {start2} while {p1} until {end1}"


def test_at_least_1500_people_hold_dated_roles(people: dict[str, dict[str, str]],
                                               roles: list[dict[str, str]]) -> None:
    with_roles = {r["person_id"] for r in roles}
    assert len(with_roles) >= 1500
    assert len(roles) >= 2000
    # Every region of the issue is covered by heads of state or government.
    heads = {r["country"] for r in roles if r["office"] in {"head_of_state", "head_of_government"}}
    region = {"SYR", "LBN", "JOR", "PSE", "ISR", "IRQ", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN",
              "YEM", "EGY", "LBY", "TUN", "DZA", "MAR", "SDN", "MRT", "SOM", "DJI", "COM", "IRN",
              "TUR", "USA", "RUS", "CHN", "GBR", "FRA", "DEU"}
    assert region <= heads, sorted(region - heads)


def test_syrian_presidency_dates(people: dict[str, dict[str, str]],
                                 roles: list[dict[str, str]]) -> None:
    assert people[SYRIA_PRESIDENT]["name_en"] == "Bashar al-Assad"
    sharaa = next(pid for pid, p in people.items() if p["name_en"] == "Ahmed al-Sharaa")
    assert "أحمد الشرع" in people[sharaa]["names_ar"].split("|")
    assad_terms = [r for r in roles
                   if r["person_id"] == SYRIA_PRESIDENT and r["office"] == "head_of_state"]
    assert [(r["start"], r["end"]) for r in assad_terms] == [("2000-07-17", "2024-12-08")]
    sharaa_terms = sorted((r["start"], r["end"]) for r in roles
                          if r["person_id"] == sharaa and r["office"] == "head_of_state")
    assert sharaa_terms == [("2024-12-08", "2025-01-29"), ("2025-01-29", "")]
    assert holder(roles, "head_of_state", "SYR", date(2024, 12, 7)) == {SYRIA_PRESIDENT}
    assert holder(roles, "head_of_state", "SYR", date(2024, 12, 8)) == {sharaa}
    assert holder(roles, "head_of_state", "SYR", date(2026, 1, 1)) == {sharaa}
    assert holder(roles, "head_of_state", "SYR", date(2000, 7, 1)) != {SYRIA_PRESIDENT}


@pytest.mark.parametrize(("office", "country", "on", "name_en"), [
    ("foreign_minister", "TUR", date(2016, 1, 1), "Mevlüt Çavuşoğlu"),
    ("foreign_minister", "TUR", date(2024, 1, 1), "Hakan Fidan"),
    ("foreign_minister", "TUR", date(2005, 6, 1), "Abdullah Gül"),
    ("head_of_state", "RUS", date(2010, 1, 1), "Dmitry Medvedev"),
    ("head_of_government", "RUS", date(2010, 1, 1), "Vladimir Putin"),
    ("head_of_state", "EGY", date(2013, 1, 1), "Mohamed Morsi"),
    ("head_of_government", "ISR", date(2022, 9, 1), "Yair Lapid"),
    ("kremlin_spokesperson", "RUS", date(2020, 5, 1), "Dmitry Peskov"),
    ("head_of_state", "IRN", date(2023, 1, 1), "Ebrahim Raisi"),
    ("head_of_state", "USA", date(2022, 1, 1), "Joe Biden"),
])
def test_office_holder_on_a_day(people: dict[str, dict[str, str]], roles: list[dict[str, str]],
                                office: str, country: str, on: date, name_en: str) -> None:
    found = holder(roles, office, country, on)
    assert [people[pid]["name_en"] for pid in found] == [name_en]


def test_igo_heads_and_envoys(people: dict[str, dict[str, str]],
                              roles: list[dict[str, str]]) -> None:
    un = "Q1065"
    assert holder(roles, "igo_head", "", date(2010, 1, 1), org=un) == {"Q1253"}  # Ban Ki-moon
    assert holder(roles, "igo_head", "", date(2020, 1, 1), org=un) == {"Q311440"}
    syria_envoys = {people[r["person_id"]]["name_en"] for r in roles
                    if r["office"] == "un_envoy" and "Syria" in r["note"]}
    assert {"Kofi Annan", "Lakhdar Brahimi", "Staffan de Mistura", "Geir Pedersen"} <= syria_envoys


def load_builder() -> Any:
    spec = importlib.util.spec_from_file_location("people_build", SCRIPTS / "people_build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_foreign_names_get_the_egyptian_jim_spelling() -> None:
    build = load_builder()
    assert build.with_jim_variants(["بيني غانتس"], "ISR") == ["بيني غانتس", "بيني جانتس"]
    assert build.with_jim_variants(["غسان سلامة"], "LBN") == ["غسان سلامة"]
    assert build.with_jim_variants(["غلام علي"], "IRN") == ["غلام علي"]


def test_tables_match_their_source(tmp_path: Path) -> None:
    """The committed TSVs are exactly what scripts/people_build.py makes of its tables."""
    load_builder().build().write(tmp_path)
    for path in sorted(tmp_path.glob("*.tsv")):
        committed = PEOPLE / path.name
        assert committed.read_text("utf-8") == path.read_text("utf-8"), (
            f"{path.name} differs: run python scripts/people_build.py")


def test_loads_through_the_kb_loader() -> None:
    kb_module = pytest.importorskip("marsad.entities.kb")
    kb = kb_module.load_kb()
    assert kb.stats()["people_with_roles"] >= 1500
    syria_2020 = kb.holder("head_of_state", "SYR", date(2020, 1, 1))
    syria_2025 = kb.holder("head_of_state", "SYR", date(2025, 6, 1))
    assert syria_2020 is not None and syria_2020.id == SYRIA_PRESIDENT
    assert syria_2025 is not None and syria_2025.name_en == "Ahmed al-Sharaa"
    turkish_fm = kb.holder("foreign_minister", "TUR", date(2019, 3, 1))
    assert turkish_fm is not None and turkish_fm.name_en == "Mevlüt Çavuşoğlu"
    roles = kb.roles_of(SYRIA_PRESIDENT)
    assert any(r.office == "head_of_state" and r.end == date(2024, 12, 8) for r in roles)
