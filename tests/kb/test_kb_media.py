"""Media, universities, research bodies and NGOs in the KB (orgs_media.tsv).

Many newspaper names are common words or places (الوطن، الحياة، الخليج، الرياض...): they are
listed only with a qualifier, and the gazetteer must not read the common word as an outlet.
The sentences below are written for these tests.
"""

from __future__ import annotations

import pytest
from kb_fixtures import file_ids, found

from marsad.entities.kb import KnowledgeBase
from marsad.entities.kb.aliases import match_form


def test_media_file_is_read(shipped: KnowledgeBase) -> None:
    ids = file_ids("orgs_media.tsv")
    assert len(ids) == len(set(ids))
    kinds: dict[str, int] = {}
    for eid in ids:
        e = shipped.entities[eid]
        assert e.qid is None, eid  # local ids only: no QID was guessed
        assert (e.subtype, e.sector) in {
            ("media", "MED"), ("other", "EDU"), ("ngo", "NGO")
        }, eid
        kinds[e.subtype] = kinds.get(e.subtype, 0) + 1
    assert kinds["media"] >= 150
    assert kinds["other"] >= 80
    assert kinds["ngo"] >= 50
    assert not set(ids) & set(file_ids("orgs.tsv"))  # nothing repeated from orgs.tsv
    assert shipped.actor_code("mrs:org:hespress") == "MARMED"
    assert shipped.actor_code("mrs:org:cairo-university") == "EGYEDU"


@pytest.mark.parametrize(
    ("alias", "eid"),
    [
        ("صحيفة الوطن السعودية", "mrs:org:alwatan-sau"),  # in orgs.tsv, not repeated
        ("الوطن القطرية", "mrs:org:alwatan-qat"),
        ("صحيفة الحياة", "mrs:org:alhayat"),
        ("الخليج الإماراتية", "mrs:org:alkhaleej-paper"),
        ("صحيفة الاتحاد", "mrs:org:alittihad-paper"),
        ("الرأي الأردنية", "mrs:org:alrai-jor"),
        ("الخبر الجزائرية", "mrs:org:elkhabar"),
        ("هسبريس", "mrs:org:hespress"),
        ("إم بي سي", "mrs:org:mbc"),
        ("قناة الجديد", "mrs:org:aljadeed"),
        ("جامعة الأزهر", "mrs:org:azhar-university"),
        ("الجامعة الأمريكية في بيروت", "mrs:org:aub"),
        ("الهلال الأحمر القطري", "mrs:org:qatar-red-crescent"),
    ],
)
def test_qualified_names(shipped: KnowledgeBase, alias: str, eid: str) -> None:
    assert [h.entry.id for h in shipped.lookup(alias)] == [eid]


def test_an_alias_two_papers_share_keeps_both(shipped: KnowledgeBase) -> None:
    # الرأي (Amman) and الراي (Kuwait) normalise alike: the linker chooses
    assert {h.entry.id for h in shipped.lookup("صحيفة الرأي")} == {
        "mrs:org:alrai-jor", "mrs:org:alrai-kwt",
    }


@pytest.mark.parametrize(
    "word",
    [
        "الوطن", "الحياة", "الخليج", "الرياض", "الاتحاد", "المدينة", "الشرق", "الغد", "الرأي",
        "الخبر", "الصباح", "الأيام", "النهار", "الدستور", "الأخبار", "البيان", "الجديد",
        "المملكة", "الثورة", "البعث", "تشرين", "السياسة", "الأنباء", "المستقبل", "الجمهورية",
        "القدس", "العراقية", "الشرقية", "الحدث", "المصري اليوم", "بغداد اليوم",
        "إسرائيل اليوم", "الحياة الجديدة", "الجمهورية اللبنانية", "المدينة السعودية",
    ],
)
def test_common_words_are_no_outlet(shipped: KnowledgeBase, word: str) -> None:
    for eid, _kind in shipped.candidates(match_form(word)):
        assert shipped.entities[eid].subtype != "media", (word, eid)


# -- the gazetteer on sentences -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ونقلت صحيفة الحياة عن مصادر مطلعة أن المفاوضات متعثرة",
         [("صحيفة الحياة", "mrs:org:alhayat")]),
        ("وذكرت الخليج الإماراتية أن الأسعار ارتفعت",
         [("الخليج الإماراتية", "mrs:org:alkhaleej-paper")]),
        ("وقال موقع هسبريس إن البرلمان صادق على القانون",
         [("هسبريس", "mrs:org:hespress")]),
        ("وبثت قناة الجديد تقريرا عن الانتخابات",
         [("قناة الجديد", "mrs:org:aljadeed")]),
        ("وأفادت صحيفة لوموند بأن الحكومة تدرس الخطة",
         [("لوموند", "mrs:org:le-monde")]),
        ("وتخرج في جامعة القاهرة ثم درس في جامعة هارفارد",
         [("جامعة القاهرة", "mrs:org:cairo-university"),
          ("جامعة هارفارد", "mrs:org:harvard")]),
        ("وقال أستاذ في الجامعة الأمريكية في بيروت إن الأزمة طويلة",
         [("الجامعة الأمريكية في بيروت", "mrs:org:aub")]),
        ("وأرسل الهلال الأحمر الكويتي شحنة أدوية",
         [("الهلال الأحمر الكويتي", "mrs:org:kuwait-red-crescent")]),
        ("ودعت لجنة حماية الصحفيين إلى الإفراج عن المراسل",
         [("لجنة حماية الصحفيين", "mrs:org:cpj")]),
    ],
)
def test_gazetteer_finds_outlets(gaz, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(gaz, text, "ORG") == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("يحلم الشباب بحياة أفضل لأن الحياة صعبة في المدن", "الحياة"),
        ("وعاد المغتربون إلى الوطن بعد سنوات", "الوطن"),
        ("تعبر ناقلات النفط مياه الخليج كل يوم", "الخليج"),
        ("وصل الوزير إلى الرياض مساء أمس", "الرياض"),
        ("وسيعلن القرار في الغد", "الغد"),
        ("وقال الرئيس المصري اليوم إن الحوار مستمر", "المصري اليوم"),
        ("وصل الوفد إلى بغداد اليوم", "بغداد اليوم"),
        ("وأصدر الطرفان البيان الختامي", "البيان"),
    ],
)
def test_common_words_not_matched_as_outlets(  # type: ignore[no-untyped-def]
    gaz, shipped: KnowledgeBase, text: str, span: str
) -> None:
    assert span in text
    media = [
        m.text for m in gaz.find(text)
        if m.entity_id in shipped.entities and shipped.entities[m.entity_id].subtype == "media"
    ]
    assert media == [], (text, span)
