"""Common words in the KB: the frequency rules on made-up figures, then the shipped KB."""

from __future__ import annotations

import pickle

import pytest

from marsad.entities.kb import KnowledgeBase, load_kb
from marsad.entities.kb.aliases import demonym_forms
from marsad.entities.kb.lexicon import (
    KNOWN_PLACES,
    alone_short_form,
    common_demonym,
    common_place_alias,
    proclitic_variants,
    whole_word,
)

# Zipf figures made up for the rules (3 = once per million words)
ZIPF = {
    "بايدن": 3.5, "ايدن": 3.6,  # a name more frequent than its clitic reading allows
    "والعراق": 4.6, "العراق": 5.5,  # an ordinary clitic reading
    "عنك": 5.1, "الشجره": 4.4, "شجره": 4.6, "دمشق": 4.9,
    "لافروف": 3.2, "الاسد": 5.0, "اسد": 4.3, "حتي": 6.3, "باول": 4.3, "اول": 5.9,
    "مجريات": 3.8, "مجريين": 1.0, "السعوديات": 3.8, "السعوديين": 4.4,
}


def test_whole_word_against_the_clitic_share() -> None:
    assert whole_word("بايدن", "ايدن", "ب", ZIPF)  # not ب + Aydın
    assert not whole_word("والعراق", "العراق", "و", ZIPF)  # و + Iraq
    assert not whole_word("بموسكو", "موسكو", "ب", ZIPF)  # unknown form: no evidence


def test_common_place_alias() -> None:
    assert common_place_alias("عنك", 20_000, ZIPF)  # far above a town of 20,000
    assert common_place_alias("الشجره", 11_000, ZIPF)  # "the tree": the bare noun is common
    assert not common_place_alias("دمشق", 2_000_000, ZIPF)
    assert not common_place_alias("ما لا", 0, {"ما لا": 6.0})  # several words: a name
    assert not common_place_alias("نادر", 0, ZIPF)  # not a frequent word
    for name in KNOWN_PLACES:
        assert not common_place_alias(name, 0, {name: 6.0})


def test_alone_short_form() -> None:
    assert alone_short_form("لافروف", ZIPF)
    assert alone_short_form("بلينكن", ZIPF)  # rarer than the lexicon: not a word
    assert not alone_short_form("الاسد", ZIPF)  # takes the article: "the lion"
    assert not alone_short_form("حتي", ZIPF)  # far too frequent (حتى)
    assert not alone_short_form("باول", ZIPF)  # ب + أول
    assert alone_short_form("نصر الله", ZIPF)  # two words
    assert not alone_short_form("بن", ZIPF)
    assert not alone_short_form("العامري", ZIPF)  # a nisba: a family or tribe
    assert not alone_short_form("شعبان", ZIPF)  # a month
    assert alone_short_form("بن لادن", ZIPF, {"علي"})
    assert not alone_short_form("بن علي", ZIPF, {"علي"})  # "son of Ali": anyone

def test_common_demonym() -> None:
    assert common_demonym("مجريات", ZIPF)  # "course of events", not Hungarian women
    assert not common_demonym("السعوديات", ZIPF)
    assert not common_demonym("السعوديين", ZIPF)


def test_proclitic_variants() -> None:
    assert list(proclitic_variants("اب")) == []  # too short
    assert list(proclitic_variants("الم")) == []
    forms = {f: (p, cut) for f, p, cut in proclitic_variants("الرييس")}
    assert forms["والرييس"] == ("و", 1)
    assert forms["للرييس"] == ("لل", 0)  # the mention keeps لل
    assert "الرييس" not in forms
    assert {f for f, _, _ in proclitic_variants("موسكو")} >= {"بموسكو", "وبموسكو"}


def test_demonym_forms_keep_an_inherent_al() -> None:
    forms = set(demonym_forms(["ألماني", "ألمان"]))
    assert {"الماني", "الالماني", "الالمانيون", "المان", "الالمان"} <= forms
    assert "مان" not in forms and "ماني" not in forms  # ال of ألماني is not the article
    assert set(demonym_forms(["الكوري الجنوبي"])) == {"كوري الجنوبي", "الكوري الجنوبي"}


def test_lexical_of_a_small_kb() -> None:
    from marsad.entities.kb import Country, KBEntry
    from marsad.entities.kb.lexicon import lexical_of

    lbn = Country("LBN", "Q822", "Lebanon", ("لبنان",), ("لبناني",), "Q3820", ("بيروت",))
    kb = KnowledgeBase.from_records(
        countries=[lbn],
        places=[
            KBEntry("gn:1", None, "GPE", "Aydın", ("ايدن",), "TUR", population=160_000),
            KBEntry("gn:2", None, "GPE", "Inak", ("عنك",), "SAU", population=20_000),
            KBEntry("gn:3", None, "GPE", "Banan", ("بنان",), "IRN", population=5_000),
        ],
        people=[
            KBEntry("Q6279", "Q6279", "PER", "Joe Biden", ("جو بايدن",), "USA",
                    short_ar=("بايدن",)),
            KBEntry("mrs:per:x", None, "PER", "X al-Asad", ("خالد الأسد",), "SYR",
                    short_ar=("الأسد",)),
        ],
    )
    zipf = {**ZIPF, "ولبنان": 4.5, "لبنان": 5.3, "بنان": 2.7}
    lex = lexical_of(kb, zipf)
    assert "بايدن" in lex.whole_words  # a name word: never ب + ايدن
    assert "ولبنان" not in lex.whole_words  # و + لبنان explains it
    assert ("عنك", "gn:2") in lex.common_aliases
    assert not {a for a, _ in lex.common_aliases} & {"ايدن", "لبنان", "بيروت", "بنان"}
    assert lex.alone_short == {"بايدن"}  # الأسد is a common word


# ----------------------------------------------------------------- shipped KB

@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    pytest.importorskip("wordfreq")
    return load_kb()


def test_shipped_whole_words(kb: KnowledgeBase) -> None:
    whole = kb.lexical().whole_words
    assert "بايدن" in whole  # ب + ايدن (Aydın) would be the reading otherwise
    assert "لبنان" in whole
    assert {"وزير", "بيان", "لجنه", "بخير"} <= whole  # not و + زير, ب + يان (Jan)...
    assert not {"والعراق", "بموسكو", "بالرياض", "بالرباط", "للرياض", "وسوريا"} & whole


def test_shipped_common_place_names(kb: KnowledgeBase) -> None:
    common = kb.lexical().common_aliases
    forms = {a for a, _ in common}
    assert {"عنك", "الشجره", "المفتاح", "كوني"} <= forms
    # real places stay: big cities, conflict towns, capitals, the hand-kept names
    assert not {"غزه", "حلب", "عدن", "تعز", "مارب", "ادلب", "جنين", "الخليل", "دمشق"} & forms
    # only GeoNames towns (and common-word demonym forms) are ever dropped
    assert all(eid.startswith("gn:") or kb.country_of_demonym(a) for a, eid in common)
    assert 50 <= len(common) <= 400  # measured 134 on 2026-11-29


def test_shipped_alone_short_forms(kb: KnowledgeBase) -> None:
    alone = kb.lexical().alone_short
    assert {"لافروف", "بوتين", "ترامب", "بايدن", "بلينكن", "نتنياهو", "ماكرون"} <= alone
    assert not {"الاسد", "عون", "حتي", "باول", "صالح", "الصدر", "سليمان", "العامري",
                "شعبان", "بن علي", "بن صالح"} & alone


def test_lexical_is_cached_with_the_kb(kb: KnowledgeBase) -> None:
    lex = kb.lexical()
    back = pickle.loads(pickle.dumps(kb))
    assert back.__dict__.get("_lexical") == lex  # not recomputed after unpickling


@pytest.mark.parametrize(
    ("name_en", "qid"),
    [
        ("Hillary Clinton", "Q6294"), ("Kamala Harris", "Q10853588"), ("Mike Pence", "Q24313"),
        ("Dick Cheney", "Q48259"), ("Colin Powell", "Q150851"), ("Nancy Pelosi", "Q170581"),
        ("António Guterres", "Q311440"), ("Ursula von der Leyen", "Q60772"),
        ("Mahmoud Abbas", "Q127998"), ("Ali Khamenei", "Q57336"), ("Yasser Arafat", "Q34211"),
        ("Shinzo Abe", "Q132345"), ("Justin Trudeau", "Q3099714"), ("Kim Jong-un", "Q56226"),
        ("Boris Yeltsin", "Q34453"), ("Silvio Berlusconi", "Q11860"),
        ("Luiz Inácio Lula da Silva", "Q37181"), ("Pope Francis", "Q450675"),
        ("Pope John Paul II", "Q989"),
    ],
)
def test_people_qids(kb: KnowledgeBase, name_en: str, qid: str) -> None:
    entry = kb.entities[qid]
    assert (entry.type, entry.name_en, entry.qid) == ("PER", name_en, qid)


def test_people_with_qids(kb: KnowledgeBase) -> None:
    people = [e for e in kb.entities.values() if e.type == "PER"]
    assert sum(1 for e in people if e.id.startswith("Q")) >= 49
