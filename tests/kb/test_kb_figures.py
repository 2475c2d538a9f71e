"""Public figures outside politics (people/figures.people.tsv): sport, culture, religion, business.

These people hold no dated role; their actor code is their country followed by the sector
the people file gives them. The sentences below are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from kb_fixtures import found, read_tsv, repeated_people, write_kb

from marsad.entities.kb import DEFAULT_KB_DIR, KnowledgeBase, compile_kb
from marsad.errors import KBError

FIGURES = Path(DEFAULT_KB_DIR) / "people" / "figures.people.tsv"
HEADER = "id\tqid\tname_en\tnames_ar\tshort_ar\tcountry\tgender\tsector\n"


# -- the loader -----------------------------------------------------------------------


def test_people_file_with_a_sector_column(tmp_path: Path) -> None:
    root = write_kb(tmp_path)
    (root / "people" / "figures.people.tsv").write_text(
        HEADER + "mrs:per:x-player\t\tX Player\tلاعب إكس\t\tSYR\tm\tELI\n", "utf-8"
    )
    kb = compile_kb(root)
    assert kb.entities["mrs:per:x-player"].sector == "ELI"
    assert kb.actor_code("mrs:per:x-player", date(2024, 1, 1)) == "SYRELI"
    record = kb.entity_record("mrs:per:x-player", date(2024, 1, 1))
    assert record is not None and (record.country, record.sector, record.role) == (
        "SYR", "ELI", None)
    # people of the other files (no sector column) still get their country alone
    assert kb.actor_code("mrs:per:ahmed-al-sharaa", date(2000, 1, 1)) == "SYR"


def test_unknown_sector_in_a_people_file_is_rejected(tmp_path: Path) -> None:
    root = write_kb(tmp_path)
    (root / "people" / "figures.people.tsv").write_text(
        HEADER + "mrs:per:x-player\t\tX Player\tلاعب إكس\t\tSYR\tm\tSPORT\n", "utf-8"
    )
    with pytest.raises(KBError, match="unknown sector 'SPORT'"):
        compile_kb(root)


# -- the shipped file -----------------------------------------------------------------


def test_figures_file_is_read(shipped: KnowledgeBase) -> None:
    rows = read_tsv(FIGURES)[1]
    assert len(rows) >= 350
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        entry = shipped.entities[r["id"]]
        assert entry.type == "PER" and entry.country == r["country"]
        assert r["sector"] in ("ELI", "REL", "BUS", "EDU", "MED"), r["id"]
        assert not r["qid"], r["id"]  # no QID was guessed; add one only when certain


@pytest.mark.parametrize(
    ("person", "code"),
    [
        ("mrs:per:mohamed-salah", "EGYELI"),
        ("mrs:per:lionel-messi", "ARGELI"),
        ("mrs:per:fairuz", "LBNELI"),
        ("mrs:per:abdul-rahman-al-sudais", "SAUREL"),
        ("mrs:per:naguib-sawiris", "EGYBUS"),
        ("mrs:per:ahmed-zewail", "EGYEDU"),
    ],
)
def test_actor_codes(shipped: KnowledgeBase, person: str, code: str) -> None:
    assert shipped.actor_code(person, date(2024, 6, 1)) == code


def test_no_figure_repeats_a_person_of_another_file() -> None:
    assert repeated_people(FIGURES) == []


# -- the gazetteer on sentences -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سجل محمد صلاح هدفين في مباراة أمس",
         [("محمد صلاح", "mrs:per:mohamed-salah")]),
        ("قاد ليونيل ميسي منتخب بلاده إلى اللقب بينما غاب كريستيانو رونالدو",
         [("ليونيل ميسي", "mrs:per:lionel-messi"),
          ("كريستيانو رونالدو", "mrs:per:cristiano-ronaldo")]),
        ("وأشاد المدرب بيب غوارديولا بأداء لاعبيه",
         [("بيب غوارديولا", "mrs:per:pep-guardiola")]),
        ("أحيت وزارة الثقافة ذكرى رحيل أم كلثوم وعبد الحليم حافظ",
         [("أم كلثوم", "mrs:per:umm-kulthum"), ("عبد الحليم حافظ", "mrs:per:abdel-halim-hafez")]),
        ("وغنت فيروز قصيدة من شعر نزار قباني",
         [("فيروز", "mrs:per:fairuz"), ("نزار قباني", "mrs:per:nizar-qabbani")]),
        ("تحل ذكرى ميلاد الأديب نجيب محفوظ والشاعر محمود درويش",
         [("نجيب محفوظ", "mrs:per:naguib-mahfouz"), ("محمود درويش", "mrs:per:mahmoud-darwish")]),
        ("وأعلن رجل الأعمال نجيب ساويرس عن استثمار جديد",
         [("نجيب ساويرس", "mrs:per:naguib-sawiris")]),
        ("وحصل العالم أحمد زويل على جائزة نوبل في الكيمياء",
         [("أحمد زويل", "mrs:per:ahmed-zewail")]),
        ("وأم الشيخ عبد الرحمن السديس المصلين في المسجد الحرام",
         [("عبد الرحمن السديس", "mrs:per:abdul-rahman-al-sudais")]),
        ("وقال مبابي إنه سعيد بالفوز",  # a surname alone that is no common word
         [("مبابي", "mrs:per:kylian-mbappe")]),
    ],
)
def test_gazetteer_finds_figures(gaz, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(gaz, text, "PER") == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأكد على ضرورة صلاح الأمة واستقرارها", "صلاح"),
        ("تتميز المدينة بأصالة عمارتها", "أصالة"),
        ("وقال الشاب خالد إنه لم ير شيئا", "الشاب خالد"),
        ("يزين الفيروز والذهب هذه القطعة", "الفيروز"),
        ("سيصل الوفد إلى العاصمة قبل الظهر", "قبل"),
    ],
)
def test_common_words_are_no_figures(gaz, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    figures = {r["id"] for r in read_tsv(FIGURES)[1]}
    hits = [(t, eid) for t, eid in found(gaz, text, "PER") if word in t]
    assert not [h for h in hits if h[1] in figures], hits


def test_no_bare_common_word_alias() -> None:
    pytest.importorskip("wordfreq")
    from marsad.arabic import normalize
    from marsad.entities.kb.lexicon import word_zipf

    zipf = word_zipf()
    assert zipf[normalize("صلاح")] > 4.1  # the threshold would keep "صلاح" out
    for r in read_tsv(FIGURES)[1]:
        for name in r["names_ar"].split("|"):
            if " " not in name:  # a one-word name is matched anywhere: it must be rare
                assert zipf.get(normalize(name), 0.0) < 4.1, (r["id"], name)
