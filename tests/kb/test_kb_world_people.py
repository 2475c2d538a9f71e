"""World politicians and officials of 2000-2015 (people/world.people.tsv, world.roles.tsv).

Leaders, ministers, envoys and IGO officials of Europe, Asia, Africa and the Americas whom
Arabic news names often and who were missing from the other people files. The sentences
below are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from kb_fixtures import found, read_tsv, repeated_people

from marsad.entities.kb import DEFAULT_KB_DIR, KnowledgeBase

PEOPLE = Path(DEFAULT_KB_DIR) / "people"
WORLD = PEOPLE / "world.people.tsv"
ROLES = PEOPLE / "world.roles.tsv"


def test_world_files_are_read(shipped: KnowledgeBase) -> None:
    rows = read_tsv(WORLD)[1]
    assert len(rows) >= 200
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["id"].startswith("mrs:per:"), r["id"]
        assert not r["qid"], r["id"]  # no QID was guessed
        entry = shipped.entities[r["id"]]
        assert entry.type == "PER" and entry.country == r["country"]
    roles = read_tsv(ROLES)[1]
    assert len(roles) >= 100
    for r in roles:
        assert r["person_id"] in shipped.entities, r["person_id"]
        assert len(r["start"]) == 10, r  # full ISO days only, nothing invented


def test_no_world_person_repeats_a_person_of_another_file() -> None:
    assert repeated_people(WORLD) == []


@pytest.mark.parametrize(
    ("office", "country", "on", "name_en"),
    [
        ("foreign_minister", "SWE", date(2010, 5, 1), "Carl Bildt"),
        ("foreign_minister", "SWE", date(2015, 1, 1), "Margot Wallström"),
        ("foreign_minister", "POL", date(2012, 1, 1), "Radosław Sikorski"),
        ("foreign_minister", "GRC", date(2008, 1, 1), "Dora Bakoyannis"),
        ("foreign_minister", "AUT", date(2006, 1, 1), "Ursula Plassnik"),
        ("head_of_state", "FIN", date(2005, 1, 1), "Tarja Halonen"),
        ("head_of_state", "CHL", date(2012, 1, 1), "Sebastián Piñera"),
        ("head_of_state", "CHL", date(2015, 1, 1), "Michelle Bachelet"),
        ("head_of_state", "COD", date(2005, 1, 1), "Joseph Kabila"),
        ("head_of_government", "THA", date(2012, 1, 1), "Yingluck Shinawatra"),
        ("head_of_government", "DNK", date(2005, 1, 1), "Anders Fogh Rasmussen"),
        ("defence_minister", "ESP", date(2009, 1, 1), "Carme Chacón"),
        ("head_of_state", "GHA", date(2010, 1, 1), "John Atta Mills"),
        ("head_of_state", "HRV", date(2005, 1, 1), "Stjepan Mesić"),
        ("igo_head", None, date(2005, 1, 1), "Koïchiro Matsuura"),
    ],
)
def test_office_holder_on_a_day(shipped: KnowledgeBase, office: str, country: str | None,
                                on: date, name_en: str) -> None:
    org = "mrs:org:unesco" if office == "igo_head" else None
    person = shipped.holder(office, country, on, org=org)
    assert person is not None and person.name_en == name_en


def _name(kb: KnowledgeBase, office: str, country: str, on: date) -> str | None:
    person = kb.holder(office, country, on)
    return person.name_en if person is not None else None


def test_terms_end(shipped: KnowledgeBase) -> None:
    # ``end`` is exclusive: that day the successor holds the office (or nobody known)
    assert _name(shipped, "foreign_minister", "SWE", date(2014, 10, 2)) == "Carl Bildt"
    assert _name(shipped, "foreign_minister", "SWE", date(2014, 10, 3)) == "Margot Wallström"
    assert _name(shipped, "foreign_minister", "SWE", date(2003, 9, 10)) == "Anna Lindh"
    assert _name(shipped, "foreign_minister", "SWE", date(2004, 1, 1)) != "Anna Lindh"
    assert _name(shipped, "head_of_state", "GMB", date(2017, 1, 18)) == "Yahya Jammeh"
    assert _name(shipped, "head_of_state", "GMB", date(2018, 1, 1)) != "Yahya Jammeh"
    assert _name(shipped, "foreign_minister", "POL", date(2015, 1, 1)) != "Radosław Sikorski"
    assert _name(shipped, "head_of_state", "CHL", date(2010, 3, 10)) == "Michelle Bachelet"
    assert _name(shipped, "head_of_state", "CHL", date(2010, 3, 11)) == "Sebastián Piñera"


def test_role_phrases_resolve_by_date(shipped: KnowledgeBase) -> None:
    swedish_fm = shipped.holder_of_phrase("وزير الخارجية السويدي", date(2008, 6, 1))
    assert swedish_fm is not None and swedish_fm.name_en == "Carl Bildt"
    chile = shipped.holder_of_phrase("الرئيس التشيلي", date(2007, 6, 1))
    assert chile is not None and chile.name_en == "Michelle Bachelet"


def test_actor_codes(shipped: KnowledgeBase) -> None:
    bildt = "mrs:per:carl-bildt"
    assert shipped.actor_code(bildt, date(2010, 1, 1)) == "SWEGOV"
    assert shipped.actor_code("mrs:per:lindsey-graham", date(2010, 1, 1)) == "USA"


# -- the gazetteer on sentences -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل السيناتور جون ماكين إلى بغداد في زيارة مفاجئة",
         [("جون ماكين", "mrs:per:john-mccain")]),
        ("والتقى المبعوث الأمريكي جورج ميتشل بالرئيس الفلسطيني",
         [("جورج ميتشل", "mrs:per:george-mitchell")]),
        ("وقال وزير الخارجية السويدي كارل بيلت إن بلاده تدعم الحوار",
         [("كارل بيلت", "mrs:per:carl-bildt")]),
        ("استقبل الرئيس الفنزويلي ضيفه البوليفي إيفو موراليس",
         [("إيفو موراليس", "mrs:per:evo-morales")]),
        ("وأدان السيناتور ليندسي جراهام الهجوم",  # the Egyptian spelling with ج
         [("ليندسي جراهام", "mrs:per:lindsey-graham")]),
        ("توفي الزعيم الجنوب أفريقي نيلسون مانديلا عن 95 عاما",
         [("نيلسون مانديلا", "mrs:per:nelson-mandela")]),
        ("ودعت رئيسة ليبيريا إلين جونسون سيرليف إلى وقف القتال",
         [("إلين جونسون سيرليف", "mrs:per:ellen-johnson-sirleaf")]),
    ],
)
def test_gazetteer_finds_world_people(gaz, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    hits = found(gaz, text, "PER")
    for hit in expected:
        assert hit in hits, hits
