"""More attribution rules: participles, impersonal verbs, SVO, unnamed subjects, orphans."""

from __future__ import annotations

from marsad.quotes import find_quotes


def test_participle_takes_the_clause_subject(quote_article):
    text = (
        "وأشاد أمير قطر بنتائج القمة الخليجية في الدوحة، قائلاً: «لقد حققنا خطوة كبيرة "
        "نحو وحدة الصف»."
    )
    tamim = "mrs:per:tamim"
    art = quote_article(text, [("أمير قطر", "AGENT", tamim), ("الدوحة", "GPE", "Q3861")])
    (q,) = find_quotes(art)
    assert (q.kind, q.verb, q.speaker_id) == ("direct", "قال", tamim)
    assert q.text == "لقد حققنا خطوة كبيرة نحو وحدة الصف"


def test_participle_with_preposition_and_reported_content(quote_article):
    text = "وندد الوزير بالهجوم، مشيراً إلى أن التحقيقات ما زالت جارية في مدينة الموصل."
    art = quote_article(text, [("الوزير", "AGENT", None), ("الموصل", "GPE", "Q1")])
    (q,) = find_quotes(art)
    assert q.verb == "أشار"
    assert q.speaker_text == "الوزير"
    assert q.text == "التحقيقات ما زالت جارية في مدينة الموصل"


def test_impersonal_yudhkar_is_not_a_quote(quote_article):
    text = "يذكر أن المهرجان انطلق قبل عشر سنوات بمشاركة عشرات الفرق."
    assert find_quotes(quote_article(text, [])) == ()


def test_svo_mention_right_before_the_verb(quote_article):
    text = (
        "ويتهم الغرب إيران بالسعي إلى امتلاك سلاح نووي لكن طهران تقول إن برنامجها "
        "مخصص للأغراض السلمية."
    )
    art = quote_article(text, [("إيران", "GPE", "Q794"), ("طهران", "GPE", "Q3616")])
    (q,) = find_quotes(art)
    assert q.speaker_id == "Q3616"
    assert q.text.startswith("برنامجها مخصص")


def test_unrecognised_subject_is_kept_as_text(quote_article):
    text = "وقال فارتانيان إن المفاوضات ستستأنف الأسبوع المقبل في جنيف."
    (q,) = find_quotes(quote_article(text, [("جنيف", "GPE", "Q71")]))
    assert q.speaker_text == "فارتانيان"
    assert q.speaker_id is None


def test_place_inside_a_title_is_not_the_speaker(quote_article):
    text = "وأوضح رئيس بلدية حمص المهندس سامر الخطيب أن أعمال الترميم تشمل الأسواق القديمة."
    art = quote_article(text, [("حمص", "GPE", "Q80702")])
    (q,) = find_quotes(art)
    assert q.speaker_id is None
    assert q.speaker_text.startswith("رئيس بلدية")


def test_short_quotation_without_verb_is_a_title_not_a_quote(quote_article):
    text = "افتتح الوزير أعمال البرنامج التدريبي «مكافحة تزوير الوثائق» في العاصمة."
    assert find_quotes(quote_article(text, [("الوزير", "AGENT", None)])) == ()


def test_speaker_id_comes_from_the_name_not_the_title(quote_article):
    # the bare title was (wrongly) linked to someone else; the name next to it decides
    text = "فيما اعتبر الرئيس بوتين أن العقوبات الغربية فشلت في عزل بلاده."
    art = quote_article(text, [("الرئيس", "AGENT", "Q44329"), ("بوتين", "PER", "Q7747")])
    (q,) = find_quotes(art)
    assert q.speaker_text == "الرئيس بوتين"
    assert q.speaker_id == "Q7747"


def test_quoted_outlet_name_is_stepped_over(quote_article):
    text = 'وقال مصدر قضائي لـ"الوطن" إن "المتهم سيمثل أمام المحكمة الأسبوع المقبل".'
    (q,) = find_quotes(quote_article(text, []))
    assert q.text == "المتهم سيمثل أمام المحكمة الأسبوع المقبل"
    assert q.kind == "direct" and q.verb == "قال"
    assert q.speaker_text.startswith("مصدر قضائي")


def test_as_he_put_it_goes_to_the_previous_speaker(quote_article):
    text = (
        "وقال المبعوث الأممي إن الحل السياسي هو الطريق الوحيد. "
        "وفشلت كل الجولات السابقة في تحقيق أي تقدم، حسب تعبيره."
    )
    art = quote_article(text, [("المبعوث الأممي", "AGENT", "mrs:per:envoy")])
    q1, q2 = find_quotes(art)
    assert q1.speaker_id == "mrs:per:envoy"
    assert q2.text == "وفشلت كل الجولات السابقة في تحقيق أي تقدم"
    assert q2.speaker_id == "mrs:per:envoy"


def test_definite_subject_before_the_verb(quote_article):
    text = "تراجعت الأسعار، لكن البنك المركزي اعتبر أن التضخم ما زال مرتفعا."
    (q,) = find_quotes(quote_article(text, []))
    assert q.speaker_text == "البنك المركزي"
    assert q.text == "التضخم ما زال مرتفعا"


def test_words_that_only_look_like_speech_verbs(quote_article):
    text = "حلمت أنني أقرأ القرآن وبعد أن انتهيت نمت. وجاء ذلك ردا على أن الاجتماع تأجل."
    assert find_quotes(quote_article(text, [])) == ()


def test_subject_after_complementiser_and_nouns_after_prepositions(quote_article):
    text = (
        "ونفى المتحدث الرواية، إلا أن فارتانيان يقول إن الوثائق صحيحة. "
        "وخسر الفريق أربعة أهداف دون رد يذكر، ورأى المدرب بكل هدوء أن الخسارة درس مفيد."
    )
    quotes = find_quotes(quote_article(text, []))
    assert [q.speaker_text for q in quotes] == ["فارتانيان", "المدرب"]
    assert quotes[0].text == "الوثائق صحيحة"
    assert quotes[1].verb == "رأى" and quotes[1].text == "الخسارة درس مفيد"


def test_unnamed_source_with_a_long_description(quote_article):
    text = "وأفاد مصدر قريب من لجنة التحقيق المكلفة بالملف في العاصمة أن القطعة تعود للطائرة."
    (q,) = find_quotes(quote_article(text, []))
    assert q.speaker_text.startswith("مصدر قريب")
    assert q.text == "القطعة تعود للطائرة"


def test_media_addressee_span_with_its_clitic(quote_article):
    # the recogniser kept the preposition ل inside the outlet's span
    text = "وقالت مصادر مطلعة لوكالة الأنباء الألمانية إن المفاوضات متعثرة."
    art = quote_article(text, [("لوكالة الأنباء الألمانية", "ORG", "mrs:org:dpa")])
    (q,) = find_quotes(art)
    assert q.speaker_id is None
    assert q.speaker_text.startswith("مصادر مطلعة")


def test_outlet_in_quotation_marks_after_la_is_the_addressee(quote_article):
    text = "وقال الطبيب إن المستشفى مكتظ. وأضاف لـ«الشرق الأوسط»: «نحتاج إلى أدوية عاجلة الآن»."
    art = quote_article(text, [("الطبيب", "AGENT", None),
                               ("الشرق الأوسط", "ORG", "mrs:org:asharq-alawsat")])
    q1, q2 = find_quotes(art)
    assert q1.speaker_text == "الطبيب"
    assert q2.text == "نحتاج إلى أدوية عاجلة الآن"
    assert q2.speaker_text == "الطبيب"  # the previous speaker, not the newspaper


def test_participle_skips_places_and_quoted_mentions(quote_article):
    text = (
        "وأشاد الوزير في دبي ببرنامج «دعم المستشفيات في الإمارات»، "
        "معرباً عن أمله في أن تتوسع الشراكة خلال العام المقبل."
    )
    art = quote_article(text, [("الوزير", "AGENT", "mrs:per:minister"), ("دبي", "GPE", "Q612"),
                               ("الإمارات", "GPE", "Q878")])
    (q,) = find_quotes(art)
    assert q.verb == "أعرب"
    assert q.speaker_id == "mrs:per:minister"
    assert q.text == "تتوسع الشراكة خلال العام المقبل"
