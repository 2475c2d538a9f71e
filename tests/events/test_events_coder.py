"""The rule coder on hand-built articles (sentences, mentions with actor codes, timexes)."""

from marsad.eval.events import gold_article
from marsad.events.coder import Coder
from marsad.events.merge import merge_events

ASSAD = ("الرئيس السوري بشار الأسد", "PER", "Q44329", "SYRGOV")
ASSAD_SHORT = ("الأسد", "PER", "Q44329", "SYRGOV")
PUTIN = ("بوتين", "PER", "Q7747", "RUSGOV")
MOSCOW = ("موسكو", "GPE", "Q649", "RUSGOV")
ANKARA = ("أنقرة", "GPE", "Q3640", "TURGOV")


def code(text, mentions=(), timexes=(), published="2023-03-16"):
    item = {"id": "t", "text": text, "published": published, "mentions": [list(m) for m in
            mentions], "timexes": [list(t) for t in timexes]}
    return Coder(kb=None).code(gold_article(item))


def summary(events):
    return [(e.category, e.mode, e.status, [p.code for p in e.actors],
             [p.code for p in e.recipients]) for e in events]


def test_vso_visit_with_date_and_place():
    (ev,) = code("زار الرئيس السوري بشار الأسد موسكو أمس الأربعاء.", [ASSAD, MOSCOW],
                 [("أمس الأربعاء", "2023-03-15", "day", "relative")])
    assert summary([ev]) == [("CONSULT", "visit", "asserted", ["SYRGOV"], ["RUSGOV"])]
    assert ev.date == "2023-03-15" and ev.date_granularity == "day"
    assert ev.location == "Q649" and ev.location_text == "موسكو"
    assert ev.trigger == "زار" and ev.rule.endswith("verb-vso")
    assert ev.quad == 1 and ev.cameo == "042"


def test_svo_headline_and_date_falls_back_to_article():
    (ev,) = code("الأسد يزور روسيا لمناقشة المصالحة مع أنقرة", [ASSAD_SHORT, ANKARA,
                 ("روسيا", "GPE", "Q159", "RUS")])
    assert summary([ev]) == [("CONSULT", "visit", "asserted", ["SYRGOV"], ["RUS"])]
    assert ev.rule.endswith("verb-svo")
    assert ev.date == "2023-03-16"  # nothing in the text: the article date


def test_idafa_after_verbal_noun_and_preposition():
    (ev,) = code("وجاءت زيارة الأسد إلى موسكو بعد أشهر من التحضير.", [ASSAD_SHORT, MOSCOW])
    assert summary([ev]) == [("CONSULT", "visit", "asserted", ["SYRGOV"], ["RUSGOV"])]
    assert ev.rule.endswith("noun-idafa")


def test_objective_genitive_is_the_recipient():
    (ev,) = code("وأعلنت إسرائيل اغتيال قائد في حزب الله في بيروت.", [
        ("إسرائيل", "GPE", "Q801", "ISR"), ("قائد في حزب الله", "PER", None, "LBNREB"),
        ("بيروت", "GPE", "Q3820", "LBNGOV")])
    assert ev.category == "ASSAULT" and ev.mode == "assassinate"
    assert [p.code for p in ev.recipients] == ["LBNREB"]


def test_meeting_without_host_makes_all_parties_actors():
    (ev,) = code("واجتمع الأسد مع بوتين في الكرملين.", [ASSAD_SHORT, PUTIN])
    assert summary([ev]) == [("CONSULT", None, "asserted", ["SYRGOV", "RUSGOV"], [])]


def test_compound_actors_stay_lists():
    (ev,) = code("وبحث الأسد وبوتين العلاقات الثنائية.", [ASSAD_SHORT, PUTIN])
    assert [p.code for p in ev.actors] == ["SYRGOV", "RUSGOV"]
    assert all("+" not in p.code and len(p.code) <= 6 for p in ev.actors)


def test_between_is_symmetric():
    (ev,) = code("واندلعت اشتباكات بين الجيش السوري وقوات سوريا الديمقراطية في ريف حلب.", [
        ("الجيش السوري", "AGENT", None, "SYRMIL"),
        ("قوات سوريا الديمقراطية", "ORG", "Q21015740", "SYRREB")])
    assert summary([ev]) == [("ASSAULT", "clash", "asserted", ["SYRMIL", "SYRREB"], [])]


def test_host_is_the_recipient_of_a_visit():
    (ev,) = code("واستقبل بوتين في الكرملين الرئيس السوري بشار الأسد.", [PUTIN, ASSAD])
    assert summary([ev]) == [("CONSULT", "visit", "asserted", ["SYRGOV"], ["RUSGOV"])]


def test_passive_agent():
    (ev,) = code("واغتيل المعارض البارز على يد مسلحين مجهولين في طرابلس.", [
        ("المعارض البارز", "PER", None, "LBYOPP"), ("مسلحين مجهولين", "AGENT", None, "UAF")])
    assert ev.category == "ASSAULT"
    # the gunmen's country is the article's (the victim is Libyan): never a bare sector
    assert [p.code for p in ev.actors] == ["LBYUAF"]
    assert [p.code for p in ev.recipients] == ["LBYOPP"]


def test_dropped_subject_takes_the_salient_actor():
    events = code("وصل الرئيس السوري بشار الأسد إلى موسكو. وأجرى محادثات مع بوتين.",
                  [ASSAD, MOSCOW, PUTIN])
    talks = [e for e in events if e.mode != "visit"]
    assert talks and [p.code for p in talks[0].actors] == ["SYRGOV", "RUSGOV"]
    assert talks[0].rule.endswith("dropped-subject")


def test_sector_and_countries_compose():
    (ev,) = code("ومن المقرر أن يجتمع دبلوماسيون من روسيا وتركيا وإيران في موسكو.", [
        ("دبلوماسيون", "AGENT", None, "GOV"), ("روسيا", "GPE", "Q159", "RUS"),
        ("تركيا", "GPE", "Q43", "TUR"), ("إيران", "GPE", "Q794", "IRN"), MOSCOW])
    assert summary([ev]) == [
        ("CONSULT", "multilateral", "future", ["RUSGOV", "TURGOV", "IRNGOV"], [])
    ]


def test_one_event_sentence_yields_one_event():
    events = code("وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش في بغداد.", [
        ("مسلحون", "AGENT", None, "UAF"), ("بغداد", "GPE", "Q1530", "IRQGOV")])
    assert len(events) == 1 and events[0].category == "ASSAULT"
    events = code("ودعا الأمين العام إلى وقف إطلاق النار في غزة.", [
        ("الأمين العام", "PER", None, "IGOUNO")])
    assert [e.category for e in events] == ["REQUEST"]


def test_same_event_told_three_times_is_one_event():
    text = ("زار الرئيس السوري بشار الأسد موسكو أمس. وقالت مصادر إن زيارة الأسد إلى موسكو "
            "تناولت ملفات عدة. وتأتي زيارته بعد أشهر من التحضير.")
    events = code(text, [ASSAD, ASSAD_SHORT, MOSCOW], [("أمس", "2023-03-15", "day", "relative")])
    (ev,) = events
    assert len(ev.mentions) == 3
    assert ev.date == "2023-03-15"


def test_statuses_flow_into_events():
    text = ("لم يشن الجيش الإسرائيلي غارات على غزة. وإذا وقعت بغداد اتفاقا مع طهران فسيتغير "
            "الكثير. ونفذت أنقرة العديد من الهجمات منذ العام 2016 ضد مجموعات كردية.")
    events = code(text, [("الجيش الإسرائيلي", "AGENT", None, "ISRMIL"),
                         ("غزة", "GPE", "Q39760", "PSE"), ("بغداد", "GPE", "Q1530", "IRQGOV"),
                         ("طهران", "GPE", "Q3616", "IRNGOV"), ANKARA,
                         ("مجموعات كردية", "AGENT", None, "SYRREB")],
                  [("منذ العام 2016", "2016", "year", "since")])
    assert [(e.category, e.status) for e in events] == [
        ("ASSAULT", "negated"), ("AGREE", "hypothetical"), ("ASSAULT", "historical")]
    assert events[2].date == "2016"


def test_nothing_from_chrome_or_headings():
    assert code("اقرأ أيضاً: الأسد يزور موسكو ويلتقي بوتين") == []
    assert code("زعزعة الاستقرار") == []
    assert code("مقالات ذات صلة\nاترك تعليقاً\nزر الذهاب إلى الأعلى") == []


def test_offsets_point_into_the_original_text():
    text = "وَزَارَ الرَّئِيسُ الأسد موسكو."  # with tashkeel: normalised offsets differ
    (ev,) = code(text, [ASSAD_SHORT, MOSCOW])
    assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
    assert ev.trigger.replace("\u064e", "").endswith("زار")
    a = ev.actors[0]
    assert text[a.start:a.end] == "الأسد"


def test_merge_keeps_distinct_events_apart():
    events = code("زار الأسد موسكو والتقى بوتين.", [ASSAD_SHORT, MOSCOW, PUTIN])
    assert sorted(e.mode or "" for e in events) == ["", "visit"]
    assert merge_events(events) == events


def test_genitive_after_a_count():
    (ev,) = code("وأعلن الجيش العراقي مقتل ثلاثة جنود في هجوم قرب الحدود.", [
        ("الجيش العراقي", "AGENT", None, "IRQMIL"), ("جنود", "AGENT", None, "MIL")])
    assert ev.category == "ASSAULT" and [p.text for p in ev.recipients] == ["جنود"]
