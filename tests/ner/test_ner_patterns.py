"""Rule patterns and the combined recogniser's conflict policy."""

from __future__ import annotations

from marsad.arabic import tokenize
from marsad.entities.recognize.combine import Recognizer, merge_mentions
from marsad.entities.recognize.gazetteer import Gazetteer
from marsad.entities.recognize.patterns import find_patterns, role_words
from marsad.models import Mention


def pat(text: str, gaz: Gazetteer | None = None) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    raw = gaz.raw_matches([t.norm for t in tokens]) if gaz else []
    out = []
    for m in find_patterns(text, tokens, raw):
        assert text[m.start : m.end] == m.text
        out.append((m.label, m.text))
    return out


def test_head_patterns() -> None:
    assert pat("أصدرت وزارة الخارجية بيانا") == [("ORG", "وزارة الخارجية")]
    assert pat("فاز حزب العدالة والتنمية في الانتخابات") == [
        ("ORG", "حزب العدالة والتنمية")
    ]
    # the head only announces the name: "حركة حماس" → حماس, "مدينة حلب" → حلب
    assert pat("قالت حركة حماس إن") == [("ORG", "حماس")]
    assert pat("وصلوا إلى مدينة حلب أمس") == [("LOC", "حلب")]


def test_head_does_not_take_verbs_or_conjuncts() -> None:
    assert pat("وقالت الشركة إن مدينة يسكنها") == []
    assert pat("مجلس وقال") == []


def test_org_takes_the_demonym(small_gazetteer: Gazetteer) -> None:
    assert pat("وقالت وزارة الدفاع الروسية", small_gazetteer) == [
        ("ORG", "وزارة الدفاع الروسية")
    ]


def test_given_names() -> None:
    assert pat("استقبل محمد بن سلمان الوفد") == [("PER", "محمد بن سلمان")]
    assert pat("وقال دونالد ترامب إن") == [("PER", "دونالد ترامب")]
    assert pat("التقى بشار الأسد") == [("PER", "بشار الأسد")]
    # an imperfect verb or a function word is not a surname
    assert pat("وكان محمود يتحدث") == []
    assert pat("ولم يكن محمد فيهم") == []


def test_role_phrases(small_gazetteer: Gazetteer) -> None:
    assert pat("قال المتحدث باسم الكرملين دميتري بيسكوف", small_gazetteer) == [
        ("AGENT", "المتحدث باسم الكرملين"),
        ("PER", "دميتري بيسكوف"),
    ]
    assert pat("التقى نظيره الروسي", small_gazetteer) == [("AGENT", "نظيره الروسي")]
    assert pat("قال وزير خارجية إيران", small_gazetteer) == [("AGENT", "وزير خارجية إيران")]


def m(start: int, end: int, label: str, source: str, eid: str | None = None) -> Mention:
    return Mention(start, end, label, "x" * (end - start), source, eid)


def test_merge_longest_then_reliable() -> None:
    gaz = m(10, 15, "PER", "ner.gazetteer.v1", "Q7747")
    crf = m(0, 15, "PER", "ner.crf.v1")
    out = merge_mentions([gaz, crf])
    # the longer CRF span wins and inherits the single KB id inside it
    assert [(x.start, x.end, x.entity_id, x.source) for x in out] == [
        (0, 15, "Q7747", "ner.crf.v1")
    ]
    # equal spans: the gazetteer's label and id win
    out = merge_mentions([m(0, 5, "LOC", "ner.crf.v1"), m(0, 5, "GPE", "ner.gazetteer.v1", "Q1")])
    assert [(x.label, x.entity_id) for x in out] == [("GPE", "Q1")]
    # "reliable" policy: the gazetteer wins over a longer CRF span
    out = merge_mentions([gaz, crf], policy="reliable")
    assert [(x.start, x.end) for x in out] == [(10, 15)]


def test_model_fragments_of_one_kb_name_are_joined() -> None:
    # "كريات شمونة" tagged as two places by the model; the KB knows the town
    town = m(0, 11, "GPE", "ner.gazetteer.v1", "gn:293825")
    pieces = [m(0, 5, "LOC", "ner.crf.v1"), m(6, 11, "LOC", "ner.crf.v1")]
    out = merge_mentions([*pieces, town])
    assert [(x.start, x.end, x.label, x.entity_id, x.source) for x in out] == [
        (0, 11, "GPE", "gn:293825", "ner.crf.v1")
    ]
    # pieces of another type, or not covering the KB name to its ends, stay apart
    out = merge_mentions([m(0, 5, "PER", "ner.crf.v1"), m(6, 11, "LOC", "ner.crf.v1"), town])
    assert [(x.start, x.end) for x in out] == [(0, 5), (6, 11)]
    out = merge_mentions([m(0, 5, "LOC", "ner.crf.v1"), m(6, 9, "LOC", "ner.crf.v1"), town])
    assert [(x.start, x.end) for x in out] == [(0, 5), (6, 9)]
    # only the statistical policy joins
    out = merge_mentions([*pieces, town], policy="reliable")
    assert [(x.start, x.end) for x in out] == [(0, 11)] and out[0].source == "ner.gazetteer.v1"


def test_agents_never_hide_names() -> None:
    agent = m(0, 12, "AGENT", "ner.gazetteer.v1")
    name = m(7, 20, "PER", "ner.crf.v1")
    other = m(25, 30, "AGENT", "ner.patterns.v1")
    out = merge_mentions([agent, name, other])
    assert [(x.label, x.start) for x in out] == [("PER", 7), ("AGENT", 25)]


def test_recognizer_on_a_news_sentence(small_gazetteer: Gazetteer) -> None:
    text = (
        "وصل الرئيس السوري بشار الأسد إلى موسكو. والتقى نظيره الروسي فلاديمير بوتين، "
        "وقالت وزارة الخارجية التركية إن أنقرة تتابع."
    )
    rec = Recognizer(gazetteer=small_gazetteer, crf=None)
    got = [(x.label, x.text, x.entity_id) for x in rec.find(text)]
    assert got == [
        ("AGENT", "الرئيس السوري", None),
        ("PER", "بشار الأسد", "Q44329"),
        ("GPE", "موسكو", "Q649"),
        ("AGENT", "نظيره الروسي", None),
        ("PER", "فلاديمير بوتين", "Q7747"),
        ("ORG", "وزارة الخارجية التركية", None),
        ("GPE", "أنقرة", "Q3640"),
    ]


def test_role_words_are_the_fixed_words_of_spokesperson_phrases() -> None:
    tokens = tokenize("وقال المتحدث باسم الكرملين إن الاجتماع تأجل")
    assert role_words(tokens) == {1, 2}
    assert role_words(tokenize("وقال الإعلامي باسم يوسف إن البرنامج سيعود")) == set()


class _TagsModel:
    """A stand-in for the CRF: tags "باسم" and the word after it as one person."""

    second = None
    uses_gazetteer = False

    def tag(self, tokens: list[str], gazetteer_tags: object = None) -> list[str]:
        tags = ["O"] * len(tokens)
        for i, tok in enumerate(tokens[:-1]):
            if tok == "باسم":
                tags[i], tags[i + 1] = "B-PERS", "I-PERS"
        return tags


def test_model_names_never_take_in_spokesperson_words(small_gazetteer: Gazetteer) -> None:
    rec = Recognizer(gazetteer=small_gazetteer, crf=_TagsModel())  # type: ignore[arg-type]
    got = {(m.text, m.label) for m in rec.find("وقال المتحدث باسم الكرملين إن الاجتماع تأجل")}
    assert ("باسم الكرملين", "PER") not in got
    # the body comes from the KB (or the role phrase, as when the model stays out)
    assert got & {("الكرملين", "ORG"), ("المتحدث باسم الكرملين", "AGENT")}
    # elsewhere "باسم" is a given name and the model's person stands
    got = {(m.text, m.label) for m in rec.find("وقال الإعلامي باسم يوسف إن البرنامج سيعود")}
    assert ("باسم يوسف", "PER") in got
