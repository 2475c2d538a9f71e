"""Sports clubs, sports bodies and companies in the KB (orgs_sports.tsv, orgs_companies.tsv).

Club names are often common words or other entities (الأهلي، الاتحاد، الهلال، الجزيرة): they
are listed only with a qualifier, and the gazetteer must not read the common word as a club.
The sentences below are written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kb_fixtures import file_ids, write_kb

from marsad.entities.kb import KnowledgeBase, compile_kb, load_kb
from marsad.entities.kb.aliases import match_form
from marsad.entities.kb.schema import ORG_TYPES
from marsad.errors import KBError

HEADER = "id\tqid\tname_en\tnames_ar\tacronyms\ttype\tcountry\tsector\tcode\taliases_en\n"


# -- the loader -----------------------------------------------------------------------


def test_every_orgs_file_is_read_and_sports_is_a_type(tmp_path: Path) -> None:
    root = write_kb(tmp_path)
    (root / "orgs_sports.tsv").write_text(
        HEADER + "mrs:org:zamalek\t\tZamalek SC\tالزمالك\t\tsports\tTUR\tCVL\t\t\n", "utf-8"
    )
    kb = compile_kb(root)
    entry = kb.entities["mrs:org:zamalek"]
    assert (entry.type, entry.subtype, entry.sector) == ("ORG", "sports", "CVL")
    assert kb.lookup("والزمالك")[0].entry.id == "mrs:org:zamalek"
    assert kb.actor_code("mrs:org:zamalek") == "TURCVL"
    assert "Q1065" in kb.entities  # orgs.tsv is still read next to it


def test_unknown_org_type_in_an_extra_file_is_rejected(tmp_path: Path) -> None:
    root = write_kb(tmp_path)
    (root / "orgs_sports.tsv").write_text(
        HEADER + "mrs:org:x\t\tX\tإكس\t\tclub\t\tCVL\t\t\n", "utf-8"
    )
    with pytest.raises(KBError, match=r"orgs_sports\.tsv:2: unknown organisation type 'club'"):
        compile_kb(root)


def test_docs_list_every_org_type() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "kb.md"
    section = docs.read_text("utf-8").split("### `orgs*.tsv`")[1].split("\n### ")[0]
    listed = set(re.findall(r"`([a-z_]+)`", section))
    assert "sports" in ORG_TYPES
    assert set(ORG_TYPES) <= listed


# -- the shipped data -----------------------------------------------------------------


def test_sports_file(shipped: KnowledgeBase) -> None:
    ids = set(file_ids("orgs_sports.tsv"))
    assert len(ids) >= 200
    for eid in ids:
        e = shipped.entities[eid]
        assert e.subtype == "sports", eid
        assert e.qid is None  # local ids only: no QID was guessed
        # clubs and national federations: a country and CVL; world bodies: NGO, no country
        assert (e.country, e.sector) in {(None, "NGO")} or (
            e.country is not None and e.sector == "CVL"
        ), eid
    assert shipped.entities["mrs:org:fifa"].subtype == "sports"  # kept in orgs.tsv
    countries = {shipped.entities[i].country for i in ids}
    arab = {"EGY", "SAU", "MAR", "TUN", "DZA", "QAT", "ARE", "KWT", "BHR", "OMN", "JOR", "LBN",
            "SYR", "IRQ", "LBY", "SDN", "PSE", "YEM"}
    assert arab <= countries
    assert {"ESP", "GBR", "ITA", "DEU", "FRA", "PRT", "NLD", "TUR", "BRA", "ARG"} <= countries


def test_companies_file(shipped: KnowledgeBase) -> None:
    ids = set(file_ids("orgs_companies.tsv"))
    assert len(ids) >= 80
    for eid in ids:
        e = shipped.entities[eid]
        assert (e.subtype, e.sector) == ("company", "BUS"), eid
    assert [h.entry.id for h in shipped.lookup("شركة نيسان")] == ["mrs:org:nissan"]
    assert shipped.lookup("نيسان") == []  # the month (April) is not the carmaker


@pytest.mark.parametrize(
    "word",
    [
        "الأهلي", "الاتحاد", "النصر", "الهلال", "الوحدة", "الشباب", "الجيش", "الشرطة",
        "الجزيرة", "العين", "الكويت", "القادسية", "الرجاء", "الوداد", "الفيصلي", "الأنصار",
        "الزوراء", "الترجي", "الصفاقسي", "السد", "الريان", "العربي", "الاتفاق", "التعاون",
        "الاتحاد السعودي", "الجيش السوري", "الجيش الملكي", "روما", "مدريد", "نيسان", "زين",
    ],
)
def test_ambiguous_names_are_no_club_alone(shipped: KnowledgeBase, word: str) -> None:
    """A common word (or a country, city, army...) alone never names a club or company."""
    for eid, _kind in shipped.candidates(match_form(word)):
        assert shipped.entities[eid].subtype not in ("sports", "company"), (word, eid)


def test_club_names_win_over_places(shipped: KnowledgeBase) -> None:
    assert [h.entry.id for h in shipped.lookup("ريال مدريد")] == ["mrs:org:real-madrid"]
    assert [h.entry.id for h in shipped.lookup("المغرب الفاسي")] == ["mrs:org:mas-fes"]
    assert {h.entry.id for h in shipped.lookup("نادي الأهلي")} >= {
        "mrs:org:ahly-egy", "mrs:org:ahli-sau",  # several clubs: the linker chooses
    }


# -- the gazetteer on sentences -------------------------------------------------------


def _found(gaz, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(m.text, m.label, m.entity_id) for m in gaz.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فاز الزمالك على الإسماعيلي بهدفين في الدوري",
         [("الزمالك", "mrs:org:zamalek"), ("الإسماعيلي", "mrs:org:ismaily")]),
        ("تعادل ريال مدريد مع أتلتيكو مدريد مساء السبت",
         [("ريال مدريد", "mrs:org:real-madrid"), ("أتلتيكو مدريد", "mrs:org:atletico-madrid")]),
        ("وانتقل المهاجم من النادي الأهلي إلى بيراميدز",
         [("النادي الأهلي", "mrs:org:ahly-egy"), ("بيراميدز", "mrs:org:pyramids-fc")]),
        ("هزم الهلال السعودي ضيفه النصر السعودي بثلاثة أهداف",
         [("الهلال السعودي", "mrs:org:hilal-sau"), ("النصر السعودي", "mrs:org:nassr-sau")]),
        ("يلتقي الرجاء البيضاوي مع الوداد البيضاوي في الديربي",
         [("الرجاء البيضاوي", "mrs:org:raja"), ("الوداد البيضاوي", "mrs:org:wydad")]),
        ("وتأهل الترجي التونسي والنجم الساحلي إلى دور المجموعات",
         [("الترجي التونسي", "mrs:org:esperance-tunis"),
          ("النجم الساحلي", "mrs:org:etoile-sahel")]),
        ("وفاز المغرب الفاسي على ضيفه",
         [("المغرب الفاسي", "mrs:org:mas-fes")]),
        ("وتغلب العين الإماراتي على الجزيرة الإماراتي بهدف",
         [("العين الإماراتي", "mrs:org:al-ain-fc"),
          ("الجزيرة الإماراتي", "mrs:org:al-jazira-club")]),
        ("فرض الاتحاد الأوروبي لكرة القدم غرامة على يوفنتوس وبايرن ميونخ",
         [("الاتحاد الأوروبي لكرة القدم", "mrs:org:uefa"), ("يوفنتوس", "mrs:org:juventus"),
          ("بايرن ميونخ", "mrs:org:bayern-munich")]),
        ("وأعلن الاتحاد المصري لكرة القدم تأجيل المباراة",
         [("الاتحاد المصري لكرة القدم", "mrs:org:egy-fa")]),
        ("وخسر مانشستر يونايتد أمام باريس سان جيرمان",
         [("مانشستر يونايتد", "mrs:org:man-united"), ("باريس سان جيرمان", "mrs:org:psg")]),
        ("وفاز الشرطة العراقي على الزوراء في بغداد",
         [("الشرطة العراقي", "mrs:org:al-shorta")]),
    ],
)
def test_gazetteer_finds_clubs(gaz, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    orgs = [(t, eid) for t, label, eid in _found(gaz, text) if label == "ORG"]
    assert orgs == expected


def test_clitics_on_club_names(gaz) -> None:  # type: ignore[no-untyped-def]
    got = _found(gaz, "أشاد بالزمالك وبيوفنتوس وللزمالك")
    assert got == [
        ("الزمالك", "ORG", "mrs:org:zamalek"),
        ("يوفنتوس", "ORG", "mrs:org:juventus"),
        ("للزمالك", "ORG", "mrs:org:zamalek"),  # ل + الزمالك: the article's alif is gone
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("دعم منظمات المجتمع الأهلي في المدن", "الأهلي"),
        ("قرر الاتحاد الأوروبي فرض عقوبات جديدة", "الاتحاد"),
        ("تمتد شبه الجزيرة العربية جنوبا", "الجزيرة"),
        ("برامج لتأهيل فئة الشباب وتشغيلهم", "الشباب"),
        ("أرسل الهلال الأحمر قافلة مساعدات", "الهلال"),
        ("احتفل الناس بذكرى النصر في الحرب", "النصر"),
        ("دعا الرئيس إلى الوحدة الوطنية", "الوحدة"),
        ("وقالت الشرطة العراقية إنها اعتقلت مشتبها", "الشرطة"),
        ("وقال الجيش السوري إنه صد الهجوم", "الجيش"),
        ("وصل الوفد إلى الكويت أمس", "الكويت"),
        ("ويبدأ العمل في شهر نيسان المقبل", "نيسان"),
    ],
)
def test_common_words_are_not_clubs(gaz, text: str, span: str) -> None:  # type: ignore[no-untyped-def]
    kb = load_kb()
    for m_text, _label, eid in _found(gaz, text):
        if span in m_text and eid is not None:
            assert kb.entities[eid].subtype not in ("sports", "company"), (text, m_text, eid)
    # and no mention of the word is an ORG without an id either (an ambiguous club alias)
    assert not [t for t, label, eid in _found(gaz, text) if span in t and label == "ORG"
                and eid is None]
