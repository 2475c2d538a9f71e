"""KB gazetteer: clitic-aware longest match, token boundaries, offsets, agents."""

from __future__ import annotations

from typing import Any

from marsad.entities.recognize.gazetteer import Alias, Gazetteer


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for m in gaz.find(text):
        assert text[m.start : m.end] == m.text  # offsets point into the original
        out.append((m.label, m.text, m.entity_id))
    return out


def test_clitics_are_stripped_from_the_mention(small_gazetteer: Gazetteer) -> None:
    text = "عاد الوفد بموسكو ثم توجه لأنقرة ووصل وبوتين"
    assert found(small_gazetteer, text) == [
        ("GPE", "موسكو", "Q649"),
        ("GPE", "أنقرة", "Q3640"),
        ("PER", "بوتين", "Q7747"),
    ]


def test_longest_match_and_agent_with_demonym(small_gazetteer: Gazetteer) -> None:
    text = "والرئيس الروسي فلاديمير بوتين استقبل وزير الخارجية التركي"
    assert found(small_gazetteer, text) == [
        ("AGENT", "الرئيس الروسي", None),
        ("PER", "فلاديمير بوتين", "Q7747"),  # not the shorter "بوتين"
        ("AGENT", "وزير الخارجية التركي", None),
    ]


def test_token_boundaries_are_respected(small_gazetteer: Gazetteer) -> None:
    # "حلبات" contains "حلب", "باريسي" contains "باريس": neither is a match
    assert found(small_gazetteer, "سباق في حلبات المدينة وزي باريسي") == []


def test_lam_with_article_and_tashkeel(small_gazetteer: Gazetteer) -> None:
    text = "رسالة للأمم المتحدة من دِمَشْق"
    got = found(small_gazetteer, text)
    assert got[0][:2] == ("ORG", "للأمم المتحدة")
    assert got[1] == ("GPE", "دِمَشْق", "Q3766")


def test_short_words_are_never_clitic_stripped() -> None:
    gaz = Gazetteer([Alias("شار", "LOC", "X1"), Alias("بشار الأسد", "PER", "Q44329")])
    # "بشار" alone must not become ب + شار
    assert [m.text for m in gaz.find("قال بشار إن")] == []
    assert [m.entity_id for m in gaz.find("التقى بشار الأسد")] == ["Q44329"]


def test_ambiguous_alias_has_no_id() -> None:
    gaz = Gazetteer([Alias("عمان", "GPE", "Q3805"), Alias("عمان", "GPE", "Q842")])
    (m,) = gaz.find("وصل إلى عمان")
    assert m.label == "GPE" and m.entity_id is None


def test_demonyms_alone_are_not_mentions(small_gazetteer: Gazetteer) -> None:
    assert found(small_gazetteer, "قال مسؤول سوري إن الشعب السوري صامد") == []
    tags = small_gazetteer.tags(["قال", "مسؤول", "سوري"])
    assert tags == ["O", "O", "B-DEM"]


def test_built_once_per_kb(small_kb: Any, small_gazetteer: Gazetteer) -> None:
    from marsad.entities.recognize.gazetteer import gazetteer_for

    assert gazetteer_for(small_kb) is small_gazetteer
