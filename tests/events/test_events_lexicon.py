from marsad.arabic import normalize
from marsad.events.lexicon import complement_variants, load_lexicon, noun_forms, verb_forms
from marsad.events.ontology import load_ontology


def _found(text):
    return [(m.form, m.trigger.category, m.tense, m.prefix) for m in load_lexicon().find(
        normalize(text))]


def test_size_and_coverage():
    lex = load_lexicon()
    lemmas = {t.lemma for t in lex.triggers}
    assert len(lemmas) >= 600
    assert {t.category for t in lex.triggers} == set(load_ontology().categories)
    for kind in ("verb", "noun", "phrase"):
        assert any(t.kind == kind for t in lex.triggers)
    assert lex.n_forms > 5 * len(lemmas)  # inflections are generated, not listed


def test_verb_forms_generated():
    forms = verb_forms("زار", "يزور")
    assert forms["زارت"] == "past" and forms["زاروا"] == "past"
    assert forms["تزور"] == "present" and forms["يزورون"] == "present"
    assert "يزر" not in forms  # no hollow jussive: يزر، يلم، يصب collide with other words
    defective = verb_forms("أجرى", "يجري")
    assert {"اجرت", "اجروا", "يجرون"} <= set(defective)
    assert "بحثا" not in verb_forms("بحث", "يبحث")
    assert "بحثا" in verb_forms("بحث", "يبحث", dual=True)
    assert "قبل" not in verb_forms("-", "يقبل")


def test_noun_forms_generated():
    forms = noun_forms("زيارة")
    assert {"زياره", "زيارته", "زيارتها", "زيارات"} <= set(forms)
    assert "اتصالا هاتفيا" in noun_forms("اتصال هاتفي")


def test_complement_variants():
    v = complement_variants("علاقاته")
    assert "علاقاتها" in v and "علاقاتهم" in v
    assert "العقوبات" in complement_variants("عقوبات")


def test_clitics_future_and_pronouns():
    got = _found("وسيزور الرئيس موسكو ثم استقبله نظيره")
    assert ("يزور", "CONSULT", "present", "وس") in got
    assert any(f == "استقبل" for f, *_ in got)
    assert _found("للزيارة")[0][:2] == ("زياره", "CONSULT")


def test_token_boundaries():
    assert _found("بشار الأسد") == []  # شار is not شار + ب
    assert _found("وصل لاحقا") == [("وصل", "CONSULT", "past", "")]  # لاحقا is not لاحق + ا
    assert _found("خرجوا بحثا عن الطعام") == []  # بحثا عن: "in search of"


def test_discontinuous_multiword():
    got = load_lexicon().find(normalize("شن الجيش الإسرائيلي غارات على غزة"))
    assert len(got) == 1
    m = got[0]
    assert m.trigger.category == "ASSAULT" and m.trigger.mode == "aerial"
    assert m.cover_end > m.end  # the complement lies after the subject
    broken = load_lexicon().find(normalize("شن الجيش. غارات"))
    assert all(m.cover_end < 0 for m in broken)  # never across a sentence break


def test_custom_lexicon_file(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("ASSAULT\taerial\t195\tV\tقصف/يقصف\tobj\n", "utf-8")
    lex = load_lexicon(str(path))
    assert len(lex) == 1
    assert lex.lookup("قصفت")[0].category == "ASSAULT"
