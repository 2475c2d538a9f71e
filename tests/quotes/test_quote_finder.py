"""The quote finder on sentences written for these tests."""

from __future__ import annotations

from marsad.quotes import find_quotes, verb_forms

LAVROV = "mrs:per:sergey-lavrov"


def test_reported_vso_with_complementiser(quote_article):
    text = "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن موسكو لن تتخلى عن حلفائها."
    art = quote_article(text, [("وزير الخارجية الروسي", "AGENT", LAVROV),
                               ("سيرغي لافروف", "PER", LAVROV), ("موسكو", "GPE", "Q649")])
    (q,) = find_quotes(art)
    assert q.kind == "reported"
    assert q.verb == "قال"
    assert q.text == "موسكو لن تتخلى عن حلفائها"
    assert text[q.start : q.end] == q.text
    assert q.speaker_text == "وزير الخارجية الروسي سيرغي لافروف"
    assert q.speaker_id == LAVROV


def test_svo_and_dropped_subject_with_colon_and_direct(quote_article):
    text = (
        "بوتين قال إن العلاقات مع أنقرة تمر بمرحلة جيدة. "
        "وأضاف: «سنواصل العمل مع شركائنا في المنطقة دون تردد»."
    )
    art = quote_article(text, [("بوتين", "PER", "Q7747"), ("أنقرة", "GPE", "Q3640")])
    q1, q2 = find_quotes(art)
    assert (q1.kind, q1.speaker_id, q1.verb) == ("reported", "Q7747", "قال")
    assert q1.text == "العلاقات مع أنقرة تمر بمرحلة جيدة"
    assert q2.kind == "direct"
    assert q2.verb == "أضاف"
    assert q2.speaker_id == "Q7747"  # "وأضاف" has no subject: the previous speaker
    assert q2.text == "سنواصل العمل مع شركائنا في المنطقة دون تردد"


def test_reporting_agency_cites_speaker_with_masdar(quote_article):
    text = (
        "ونقلت وكالة الأناضول عن وزير الخارجية التركي هاكان فيدان قوله مساء الثلاثاء إن "
        "بلاده مستعدة للوساطة بين الطرفين."
    )
    fidan = "mrs:per:hakan-fidan"
    art = quote_article(text, [("وكالة الأناضول", "ORG", "mrs:org:anadolu"),
                               ("وزير الخارجية التركي", "AGENT", fidan),
                               ("هاكان فيدان", "PER", fidan)])
    (q,) = find_quotes(art)
    assert q.speaker_id == fidan  # not the agency
    assert q.verb == "قال"  # from قوله
    assert q.text.startswith("بلاده مستعدة")


def test_according_to_marker_before_and_after(quote_article):
    text = (
        "قتل ثلاثة مدنيين في قصف على ريف إدلب، بحسب المرصد السوري لحقوق الإنسان. "
        "ووفقا لمصادر محلية، فإن القصف استهدف سوقا شعبية."
    )
    art = quote_article(text, [("إدلب", "GPE", "Q188279"),
                               ("المرصد السوري لحقوق الإنسان", "ORG", "mrs:org:sohr"),
                               ("مصادر محلية", "AGENT", None)])
    q1, q2 = find_quotes(art)
    assert q1.text == "قتل ثلاثة مدنيين في قصف على ريف إدلب"
    assert q1.speaker_id == "mrs:org:sohr"
    assert q1.verb == "بحسب"
    assert q2.speaker_text == "مصادر محلية"
    assert "القصف استهدف سوقا شعبية" in q2.text


def test_direct_quote_with_verb_after_it(quote_article):
    text = "«لن نقبل بأي تدخل خارجي في شؤوننا الداخلية»، قال الرئيس الإيراني في كلمة متلفزة."
    art = quote_article(text, [("الرئيس الإيراني", "AGENT", "mrs:per:iran-president")])
    (q,) = find_quotes(art)
    assert q.kind == "direct"
    assert q.text == "لن نقبل بأي تدخل خارجي في شؤوننا الداخلية"
    assert q.speaker_id == "mrs:per:iran-president"


def test_quote_opening_the_next_sentence(quote_article):
    text = (
        "وقال المتحدث باسم الحكومة العراقية يوم الأحد. “الحكومة ماضية في الإصلاحات رغم كل "
        "الصعوبات” بحسب تعبيره."
    )
    art = quote_article(text, [("المتحدث باسم الحكومة العراقية", "AGENT", None)])
    quotes = find_quotes(art)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].text == "الحكومة ماضية في الإصلاحات رغم كل الصعوبات"
    assert quotes[0].speaker_text == "المتحدث باسم الحكومة العراقية"


def test_negative_cases(quote_article):
    text = (
        'أعلن تنظيم "داعش" مسؤوليته عن الهجوم. وقال الجيش في بيان مساء الاثنين. '
        "وتقع البلدة بين حلب وإدلب."
    )
    art = quote_article(text, [("الجيش", "AGENT", None)])
    assert find_quotes(art) == ()


def test_feminine_denial(quote_article):
    text = "ونفت وزارة الدفاع التركية أن تكون قواتها قد عبرت الحدود."
    art = quote_article(text, [("وزارة الدفاع التركية", "ORG", "mrs:org:tur-mod")])
    (q,) = find_quotes(art)
    assert q.verb == "نفى"
    assert q.speaker_id == "mrs:org:tur-mod"
    assert q.text == "تكون قواتها قد عبرت الحدود"


def test_generated_forms():
    forms = verb_forms()
    for form, lemma in [("نفت", "نفى"), ("نفوا", "نفى"), ("ينفون", "نفى"), ("قالوا", "قال"),
                        ("وقالت", "قال"), ("فاضاف", "أضاف"), ("اضافته", "أضاف"),
                        ("تقول", "قال"), ("يرون", "رأى"), ("شددت", "شدد")]:
        assert forms[form].lemma == lemma, form
    assert forms["قوله"].tense == "masdar"
    assert "بين" not in forms  # a preposition, not a verb here
    assert len({f.lemma for f in forms.values()}) >= 40
