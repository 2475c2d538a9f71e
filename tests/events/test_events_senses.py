"""Trigger senses, background statuses and bare-noun anchoring (sentences written for
marsad)."""

import pytest

from marsad.arabic import normalize
from marsad.errors import ConfigError
from marsad.eval.events import gold_article
from marsad.events.coder import Coder
from marsad.events.lexicon import load_lexicon
from marsad.events.senses import _read, apply_senses, load_senses


def code(text, timexes=()):
    item = {"id": "t", "text": text, "published": "2024-05-10", "mentions": [],
            "timexes": [list(t) for t in timexes]}
    return Coder(kb=None).code(gold_article(item))


def cats(text, **kw):
    return [(e.category, e.status) for e in code(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other senses: dropped
        ("خطف النجم المصري الأضواء في حفل افتتاح المهرجان الدولي للسينما", []),
        ("خطف الفريق الضيف الفوز في الدقائق الأخيرة من المباراة أمس", []),
        ("يستهدف المشروع الجديد تطوير شبكة الطرق في المحافظات الجنوبية", []),
        ("وقال الكاتب إن الحملة الإعلامية تمثل اغتيال الشخصية بحق المعارضين", []),
        ("وتقع البلدة في مقاطعة كيبيك شرقي كندا قرب الحدود الأمريكية", []),
        # the same lemmas in their event sense stay ASSAULT
        ("خطف مسلحون ثلاثة مهندسين أجانب في شمال البلاد مساء أمس", [("ASSAULT", "asserted")]),
        ("استهدفت غارة جوية مستودعا للذخيرة قرب المطار العسكري", [("ASSAULT", "asserted")]),
    ],
)
def test_other_senses_are_not_events(text, expected):
    assert [c for c in cats(text) if c[0] in ("ASSAULT", "PROTEST")] == expected


def test_verbal_attack_is_accuse():
    got = cats("هاجم رئيس الوزراء سياسات المعارضة في كلمة ألقاها أمام البرلمان")
    assert ("ACCUSE", "asserted") in got
    assert not any(c == "ASSAULT" for c, _ in got)


def test_death_sentence_is_not_a_killing():
    got = cats("أصدرت محكمة الجنايات حكما بإعدام ثلاثة متهمين في قضية تهريب")
    assert not any(c == "ASSAULT" for c, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause describes a participant
        "وشارك في الجنازة شقيق الصحفي الذي قتل في انفجار سيارة مفخخة العام الماضي",
        # a temporal adjunct sets the scene for the main event
        "وعادت الحركة إلى طبيعتها في الأسواق بعد أن فجر انتحاري نفسه قرب المسجد",
        # the topic of an investigation
        "وتواصل اللجنة التحقيق في مقتل ثلاثة جنود قرب الحدود الشمالية",
    ],
)
def test_background_assaults_are_not_asserted(text):
    got = [s for c, s in cats(text) if c == "ASSAULT"]
    assert got and "asserted" not in got


def test_time_of_the_statement_does_not_anchor_a_bare_noun():
    text = "وقال المتحدث باسم الوزارة اليوم إن الهجمات تهدد استقرار المنطقة كلها"
    today = [("اليوم", "2024-05-10", "day", "relative")]
    assert not any(c == "ASSAULT" for c, _ in cats(text, timexes=today))
    # in the noun's own clause the time does anchor it
    text2 = "هجوم مسلح اليوم على حاجز للشرطة جنوب العاصمة"
    assert ("ASSAULT", "asserted") in cats(text2, timexes=today)


def test_apply_senses_recodes_and_keeps_others():
    norm = normalize("هاجم الوزير سياسات الحكومة في تصريح وقصف الجيش مواقع المسلحين")
    found = load_lexicon().find(norm)
    out = apply_senses(norm, found, 0, len(norm))
    assert [m.trigger.category for m in out] == ["ACCUSE", "ASSAULT"]
    assert out[0].trigger.cameo == "111"


def test_table_loads_and_bad_rows_fail():
    table = load_senses()
    assert ("ASSAULT", normalize("خطف/يخطف")) in table
    with pytest.raises(ConfigError):
        _read("ASSAULT\tخطف/يخطف\tsomewhere\t3\tالاضواء\tdrop")


def test_chanting_needs_a_protest_word():
    fans = "وهتف المشجعون باسم اللاعب بعد الهدف الثاني في الدقيقة الأخيرة من المباراة"
    assert not any(c == "PROTEST" for c, _ in cats(fans))
    rally = "وهتف المتظاهرون ضد الحكومة أمام مبنى البرلمان في وسط العاصمة مساء أمس"
    assert ("PROTEST", "asserted") in cats(rally)


def test_assault_needs_a_political_participant_or_context():
    crime = "وقتل رجل زوجته طعنا بالسكين إثر خلاف على الميراث في إحدى القرى"
    assert not any(c == "ASSAULT" for c, _ in cats(crime))
    armed = "وقتل مسلحون مجهولون رجلا في إحدى القرى شمال المدينة مساء أمس"
    assert ("ASSAULT", "asserted") in cats(armed)
    # a participant the linker coded is enough, whatever the words around it
    item = {"id": "t", "text": "قتل الحرس الثوري رجلا في إحدى القرى مساء أمس",
            "published": "2024-05-10", "mentions": [["الحرس الثوري", "ORG", "Q271110", "IRNMIL"]],
            "timexes": []}
    evs = Coder(kb=None).code(gold_article(item))
    assert [(e.category, [p.code for p in e.actors]) for e in evs] == [("ASSAULT", ["IRNMIL"])]


def test_lacks_context_only_for_categories_that_ask():
    from marsad.events.senses import lacks_context

    norm = normalize("وقتل رجل زوجته في القرية")
    assert lacks_context(norm, "ASSAULT", 0, len(norm))
    assert not lacks_context(norm, "CONSULT", 0, len(norm))
    norm2 = normalize("وقتل جنديان في انفجار عبوة ناسفة")
    assert not lacks_context(norm2, "ASSAULT", 0, len(norm2))
