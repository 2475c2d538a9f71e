"""The linker on hand-made mentions and the small KB of conftest.py."""

from __future__ import annotations

import pytest

from marsad.entities.link import Linker


def _by_text(article):  # type: ignore[no-untyped-def]
    return {m.text: m for m in article.mentions}


def test_names_countries_and_capitals(fake_kb, article_factory):
    text = (
        "استقبل بشار الأسد في دمشق نظيره فلاديمير بوتين القادم من موسكو، "
        "وبحثا العلاقات مع تركيا."
    )
    art = article_factory(
        text,
        [("بشار الأسد", "PER"), ("دمشق", "GPE"), ("فلاديمير بوتين", "PER"), ("موسكو", "GPE"),
         ("تركيا", "GPE")],
        "2023-03-16",
    )
    out = _by_text(Linker(fake_kb).link(art))
    assert out["بشار الأسد"].entity_id == "Q44329"
    assert out["بشار الأسد"].actor_code == "SYRGOV"
    assert out["فلاديمير بوتين"].actor_code == "RUSGOV"
    assert out["دمشق"].entity_id == "Q3766"
    assert out["دمشق"].actor_code == "SYRGOV"  # capital metonymy
    # Moscow (Russia's capital) wins over Moscow, Idaho
    assert out["موسكو"].entity_id == "Q649"
    assert out["تركيا"].entity_id == "Q43"
    assert out["تركيا"].actor_code == "TUR"


def test_role_mention_resolves_at_article_date(fake_kb, article_factory):
    text = "وصل الرئيس السوري إلى العاصمة."
    spans = [("الرئيس السوري", "AGENT")]
    linker = Linker(fake_kb)
    old = _by_text(linker.link(article_factory(text, spans, "2023-03-16")))["الرئيس السوري"]
    new = _by_text(linker.link(article_factory(text, spans, "2025-03-01")))["الرئيس السوري"]
    older = _by_text(linker.link(article_factory(text, spans, "1995-01-01")))["الرئيس السوري"]
    assert old.entity_id == "Q44329"
    assert new.entity_id == "mrs:per:ahmed-al-sharaa"
    assert older.entity_id == "mrs:per:hafez-al-assad"
    assert old.actor_code == new.actor_code == "SYRGOV"


def test_role_with_clitic_construct_form_and_specific_office(fake_kb, article_factory):
    text = (
        "وقال وزير خارجية تركيا إن أنقرة تدعم الحل، "
        "فيما قال الناطق باسم الكرملين إن موسكو ترحب."
    )
    art = article_factory(
        text,
        [("وزير خارجية تركيا", "AGENT"), ("أنقرة", "GPE"), ("الناطق باسم الكرملين", "AGENT"),
         ("موسكو", "GPE")],
        "2019-05-10",
    )
    out = _by_text(Linker(fake_kb).link(art))
    assert out["وزير خارجية تركيا"].entity_id == "mrs:per:mevlut-cavusoglu"
    assert out["أنقرة"].entity_id == "Q3640"
    assert out["أنقرة"].actor_code == "TURGOV"
    assert out["الناطق باسم الكرملين"].entity_id == "mrs:per:dmitry-peskov"
    # the same title a few years later has another holder
    art2 = article_factory("صرح وزير الخارجية التركي للصحفيين.",
                           [("وزير الخارجية التركي", "AGENT")],
                           "2024-01-10")
    assert Linker(fake_kb).link(art2).mentions[0].entity_id == "mrs:per:hakan-fidan"


def test_counterpart_and_surname_and_pairs(fake_kb, article_factory):
    text = (
        "التقى الرئيس السوري بشار الأسد أمس بنظيره الروسي في موسكو. "
        "وناقش الزعيمان العلاقات بين البلدين. وقال الأسد إن سوريا تدعم روسيا."
    )
    art = article_factory(
        text,
        [("الرئيس السوري بشار الأسد", "PER"), ("موسكو", "GPE"), ("سوريا", "GPE"),
         ("روسيا", "GPE")],
        "2023-03-16",
    )
    linked = Linker(fake_kb).link(art)
    out = _by_text(linked)
    assert out["الرئيس السوري بشار الأسد"].entity_id == "Q44329"
    # added by coreference: not among the given mentions
    assert out["بنظيره الروسي"].entity_id == "Q7747"
    assert out["بنظيره الروسي"].source == "link.coref.v1"
    assert out["الزعيمان"].group == ("Q44329", "Q7747")
    assert out["الأسد"].entity_id == "Q44329"  # surname, not Hafez
    assert set(out["البلدين"].group) == {"Q858", "Q159"}
    ids = [e.id for e in linked.entities]
    assert ids[:2] == ["Q44329", "Q7747"]
    assert linked.entities[0].role == "head_of_state"
    assert linked.entities[0].sector == "GOV"


def test_counterpart_follows_the_antecedents_office(fake_kb, article_factory):
    text = "اتصل وزير الخارجية التركي بنظيره الروسي هاتفيا."
    art = article_factory(text, [("وزير الخارجية التركي", "AGENT")], "2020-06-01")
    out = _by_text(Linker(fake_kb).link(art))
    assert out["وزير الخارجية التركي"].entity_id == "mrs:per:mevlut-cavusoglu"
    assert out["بنظيره الروسي"].entity_id == "mrs:per:sergey-lavrov"


def test_apposition_title_then_name(fake_kb, article_factory):
    # in 2025 "الرئيس السوري" alone is al-Sharaa, but here the name says Assad (former)
    text = "قال الرئيس السوري بشار الأسد إن الوضع صعب."
    art = article_factory(text, [("الرئيس السوري", "AGENT"), ("بشار الأسد", "PER")], "2025-02-01")
    out = _by_text(Linker(fake_kb).link(art))
    assert out["الرئيس السوري"].entity_id == "Q44329"


def test_bare_title_refers_to_last_holder_mentioned(fake_kb, article_factory):
    text = "وصل إيمانويل ماكرون إلى دمشق. وقال الرئيس إن فرنسا تدعم الاستقرار."
    art = article_factory(text, [("إيمانويل ماكرون", "PER"), ("دمشق", "GPE"), ("الرئيس", "AGENT"),
                                 ("فرنسا", "GPE")], "2025-05-01")
    out = _by_text(Linker(fake_kb).link(art))
    assert out["الرئيس"].entity_id == "Q3052772"


def test_demonyms_agents_and_unknowns(fake_kb, article_factory):
    text = (
        "قصف الجيش التركي مواقع، وتظاهر السوريون، واعتقلت الشرطة مسلحين، "
        "وزار أحمد حسان حلب وكوكب زحل."
    )
    art = article_factory(
        text,
        [("الجيش التركي", "AGENT"), ("السوريون", "GPE"), ("الشرطة", "AGENT"), ("أحمد حسان", "PER"),
         ("حلب", "GPE"), ("كوكب زحل", "LOC")],
        "2022-01-01",
    )
    out = _by_text(Linker(fake_kb).link(art))
    assert out["الجيش التركي"].entity_id is None
    assert out["الجيش التركي"].actor_code == "TURMIL"
    assert out["السوريون"].entity_id == "Q858"
    assert out["الشرطة"].actor_code == "COP"  # no country said: sector only
    assert out["أحمد حسان"].actor_code == "SYR"  # a person with no role: country only
    assert out["حلب"].actor_code == "SYR"  # not a capital: no metonymy
    assert out["كوكب زحل"].entity_id is None and out["كوكب زحل"].actor_code is None


def test_unknown_date_falls_back_to_today_with_flag(fake_kb, article_factory):
    art = article_factory("قال الرئيس الأمريكي إن", [("الرئيس الأمريكي", "AGENT")], None)
    out = Linker(fake_kb).link(art)
    assert "link:date_unknown" in out.flags
    assert out.mentions[0].entity_id == "Q22686"  # holder today (2025-)


def test_existing_entity_id_is_kept(fake_kb, article_factory):
    art = article_factory("زار بوتين أنقرة", [("بوتين", "PER"), ("أنقرة", "GPE")], "2023-03-16")
    art = art.replace(mentions=(art.mentions[0].__class__(
        4, 9, "PER", "بوتين", "ner.gazetteer.v1", entity_id="Q7747"), art.mentions[1]))
    out = Linker(fake_kb).link(art)
    assert out.mentions[0].entity_id == "Q7747"
    assert out.mentions[0].source == "ner.gazetteer.v1"
    assert out.mentions[0].actor_code == "RUSGOV"


def test_title_before_a_surname_found_by_the_scan(fake_kb, article_factory):
    # "بوتين" the second time is not a given mention: the scan adds it, and the bare
    # title before it takes its entity, not the last head of state introduced (Assad)
    text = "التقى بشار الأسد فلاديمير بوتين في موسكو. فيما اعتبر الرئيس بوتين أن الغرب يحاصر روسيا."
    art = article_factory(text, [("بشار الأسد", "PER"), ("فلاديمير بوتين", "PER"),
                                 ("موسكو", "GPE"), ("الرئيس", "AGENT"), ("روسيا", "GPE")],
                          "2023-03-16")
    out = Linker(fake_kb).link(art)
    title = next(m for m in out.mentions if m.text == "الرئيس")
    assert title.entity_id == "Q7747"
    added = [m for m in out.mentions if m.source == "link.coref.v1"]
    assert [m.text for m in added] == ["بوتين"]


def test_scan_does_not_duplicate_a_given_mention(fake_kb, article_factory):
    # the recogniser marked "نظيره الروسي" without the clitic ب: no second mention
    text = "التقى الرئيس السوري بشار الأسد بنظيره الروسي."
    art = article_factory(text, [("الرئيس السوري بشار الأسد", "PER"), ("نظيره الروسي", "AGENT")],
                          "2023-03-16")
    out = Linker(fake_kb).link(art)
    assert len(out.mentions) == 2
    assert out.mentions[1].entity_id == "Q7747"


def test_surname_wins_over_a_split_inside_it(fake_kb, article_factory):
    # a recogniser may split a proclitic off a surname and find a place in the rest
    # ("بايدن" read as ب + "ايدن", a Turkish town); when the whole word is the surname of
    # a person already introduced, the person wins (simulated here on "فماكرون")
    text = "وصل إيمانويل ماكرون إلى دمشق. وصرح فماكرون للصحفيين بأن الزيارة ناجحة."
    art = article_factory(text, [("إيمانويل ماكرون", "PER"), ("دمشق", "GPE")], "2024-01-01")
    inner = text.index("ماكرون", text.index("فماكرون"))
    split = type(art.mentions[0])(inner + 1, inner + 6, "GPE", text[inner + 1 : inner + 6],
                                  "test", entity_id="Q90")
    out = Linker(fake_kb).link(art.replace(mentions=(*art.mentions, split)))
    whole = [m for m in out.mentions if m.text == "فماكرون"]
    assert whole and whole[0].entity_id == "Q3052772"
    assert not any(m.entity_id == "Q90" for m in out.mentions)


def test_the_two_countries_are_the_parties_not_the_venue(fake_kb, article_factory):
    text = "التقى فلاديمير بوتين إيمانويل ماكرون في حلب، وبحثا العلاقات بين البلدين."
    art = article_factory(text, [("فلاديمير بوتين", "PER"), ("إيمانويل ماكرون", "PER"),
                                 ("حلب", "GPE")], "2019-08-19")
    out = Linker(fake_kb).link(art)
    pair = next(m for m in out.mentions if m.text == "البلدين")
    assert set(pair.group) == {"Q159", "Q142"}


def test_empty_and_unlinkable_articles(fake_kb, article_factory):
    linker = Linker(fake_kb)
    empty = linker.link(article_factory("", [], "2023-01-01"))
    assert empty.mentions == () and empty.entities == ()
    latin = linker.link(article_factory("Putin met Assad in Moscow.", [("Putin", "PER")],
                                        "2023-01-01"))
    assert latin.mentions[0].entity_id is None  # Arabic KB: nothing to say, no crash
    punct = linker.link(article_factory("قال: «...» ،،", [("«...»", "MISC")], "2023-01-01"))
    assert punct.mentions[0].entity_id is None


def test_component_contract(fake_kb, article_factory):
    from marsad.entities.link.component import EntityLinker
    from marsad.pipeline import Pipeline

    comp = EntityLinker(kb=fake_kb)
    assert comp.requires == ("text", "mentions")
    assert set(comp.assigns) == {"mentions", "entities"}
    arts = [article_factory("زار بوتين أنقرة", [("بوتين", "PER"), ("أنقرة", "GPE")], "2023-03-16"),
            article_factory("وصل الرئيس السوري", [("الرئيس السوري", "AGENT")], "2025-03-16")]
    out = comp.pipe(arts)
    assert [m.actor_code for m in out[0].mentions] == ["RUSGOV", "TURGOV"]
    assert out[1].mentions[0].entity_id == "mrs:per:ahmed-al-sharaa"
    with pytest.raises(Exception, match="requires mentions"):
        Pipeline([comp])


def test_offices_held_in_an_organisation(fake_kb, article_factory):
    text = "قال زعيم حزب الله إن المقاومة جاهزة، ودعا الأمين العام للأمم المتحدة إلى التهدئة."
    spans = [("زعيم حزب الله", "AGENT"), ("الأمين العام للأمم المتحدة", "AGENT")]
    art = article_factory(text, spans, "2023-01-01")
    out = _by_text(Linker(fake_kb).link(art))
    # the armed group's leader, not the head of its parliamentary bloc (also a "زعيم")
    assert out["زعيم حزب الله"].entity_id == "mrs:per:hassan-nasrallah"
    assert out["زعيم حزب الله"].actor_code == "LBNREB"
    assert out["الأمين العام للأمم المتحدة"].entity_id == "mrs:per:antonio-guterres"


def test_titles_and_agent_nouns_before_names(fake_kb, article_factory):
    # an agent noun is not a title: "ميليشيات" before a name is not that person
    text = "وصل دونالد ترامب. وهاجم مسلحون ترامب في خطابه. والتقى الرئيس سامر حداد."
    spans = [("دونالد ترامب", "PER"), ("مسلحون", "AGENT"), ("ترامب", "PER"),
             ("الرئيس", "AGENT"), ("سامر حداد", "PER")]
    out = Linker(fake_kb).link(article_factory(text, spans, "2025-06-01"))
    by = {(m.text, m.start): m for m in out.mentions}
    gunmen = next(m for (t, _), m in by.items() if t == "مسلحون")
    assert gunmen.entity_id is None and gunmen.actor_code == "UAF"
    # a bare title followed by an unknown name is that unknown person, not Trump
    title = next(m for (t, _), m in by.items() if t == "الرئيس")
    assert title.entity_id is None


def test_pair_after_bayna_x_wa_y(fake_kb, article_factory):
    text = (
        "التقى بشار الأسد فلاديمير بوتين في موسكو وبحثا العلاقات مع روسيا وسوريا. "
        "ويهدف اللقاء إلى المصالحة بين دمشق وأنقرة، وتسعى موسكو لتقريب البلدين."
    )
    spans = [("بشار الأسد", "PER"), ("فلاديمير بوتين", "PER"), ("موسكو", "GPE"),
             ("روسيا", "GPE"), ("سوريا", "GPE"), ("دمشق", "GPE"), ("أنقرة", "GPE"),
             ("موسكو", "GPE")]
    out = Linker(fake_kb).link(article_factory(text, spans, "2023-03-16"))
    pair = next(m for m in out.mentions if m.text == "البلدين")
    assert set(pair.group) == {"Q858", "Q43"}  # Syria and Turkey, not the most mentioned


def test_nasab_names_give_no_surname_and_inner_names_keep_their_type(fresh_kb, article_factory):
    kb, entry = fresh_kb
    salman = entry("mrs:per:salman", "PER", "Salman", ("سلمان بن عبدالعزيز آل سعود",), "SAU")
    kb.entities[salman.id] = salman
    text = "استقبل سلمان بن عبدالعزيز آل سعود الأمير منصور بن سعود في قصر دمشق للمؤتمرات."
    spans = [("سلمان بن عبدالعزيز آل سعود", "PER"), ("قصر دمشق للمؤتمرات", "ORG")]
    out = Linker(kb).link(article_factory(text, spans, "2020-01-01"))
    assert out.mentions[0].entity_id == "mrs:per:salman"
    assert not any(m.text == "سعود" for m in out.mentions)  # a given name, not a surname
    assert out.mentions[-1].entity_id is None  # an organisation named after a city


def test_a_shared_surname_does_not_make_the_same_person(fake_kb, article_factory):
    text = "التقى بشار الأسد شقيقه ماهر الأسد في دمشق."
    spans = [("بشار الأسد", "PER"), ("ماهر الأسد", "PER"), ("دمشق", "GPE")]
    out = _by_text(Linker(fake_kb).link(article_factory(text, spans, "2020-01-01")))
    assert out["بشار الأسد"].entity_id == "Q44329"
    assert out["ماهر الأسد"].entity_id is None


def test_title_span_cut_before_its_country(fake_kb, article_factory):
    # the recogniser stopped at the title; the demonym / construct country follows it
    text = "وقال الرئيس الفرنسي إن رئيس فرنسا يزور دمشق، وزار الرئيس تركيا أمس."
    spans = [("الرئيس", "AGENT"), ("رئيس", "AGENT"), ("دمشق", "GPE"), ("الرئيس", "AGENT"),
             ("تركيا", "GPE")]
    out = Linker(fake_kb).link(article_factory(text, spans, "2020-01-01"))
    titles = [m for m in out.mentions if m.label == "AGENT"]
    assert titles[0].entity_id == "Q3052772"  # الرئيس + الفرنسي
    assert titles[1].entity_id == "Q3052772"  # رئيس + فرنسا (construct)
    assert titles[2].entity_id != "Q39259"  # الرئيس ... تركيا: Turkey is the object


def test_title_left_out_of_the_span(fresh_kb, article_factory):
    kb, entry = fresh_kb
    names = ("سلمان بن عبدالعزيز", "الملك سلمان")
    kb.entities["mrs:per:salman"] = entry("mrs:per:salman", "PER", "Salman", names, "SAU")
    text = "واستقبل الملك سلمان في الرياض وفدا أوروبيا، ووصل سلمان العودة إلى جدة."
    out = Linker(kb).link(article_factory(text, [("سلمان", "PER"), ("سلمان العودة", "PER")],
                                          "2020-01-01"))
    assert out.mentions[0].entity_id == "mrs:per:salman"  # "الملك" + "سلمان"
    assert out.mentions[1].entity_id is None  # another Salman
