"""Names against common words and clitics, with the shipped KB (issue #3).

- a name the KB knows is never split into proclitic + another name ("بايدن" ≠ ب + ايدن);
- place names that are mostly common words are not gazetteer entries ("عنك");
- a distinctive surname alone is a mention on first use ("قال لافروف");
- plural demonyms alone are mentions of the country ("السوريون", "الإيرانيات").

Run with and without the CRF: the gazetteer alone must get these right.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.models import Article, Mention

NAMES = ["sentences.rules.v1", "ner.default.v1", "link.kb.v1"]


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    pytest.importorskip("wordfreq")
    from marsad.entities.kb import load_kb

    return load_kb()


@pytest.fixture(scope="module")
def gaz(kb):  # type: ignore[no-untyped-def]
    from marsad.entities.recognize.gazetteer import gazetteer_for

    return gazetteer_for(kb)


@pytest.fixture(scope="module", params=[False, True], ids=["no-crf", "crf"])
def pipe(request, kb):  # type: ignore[no-untyped-def]
    from marsad.errors import MarsadError
    from marsad.pipeline import Pipeline
    from marsad.settings import load_settings

    settings = load_settings().replace("entities", use_crf=request.param)
    pipe = Pipeline.from_settings(settings, components=NAMES, on_error="raise")
    try:
        pipe(Article(id="probe", text="زار بوتين دمشق."))
    except MarsadError as e:  # no CRF model in this checkout
        pytest.skip(f"pipeline not loadable: {e}")
    return pipe


def _run(pipe, text: str, day: str = "2023-06-01") -> Article:  # type: ignore[no-untyped-def]
    when = datetime.fromisoformat(day).replace(tzinfo=UTC)
    return pipe(Article(id="t", text=text, published=when))


def _at(article: Article, surface: str) -> Mention | None:
    pos = article.text.index(surface)
    hits = [m for m in article.mentions if m.start <= pos < m.end]
    return max(hits, key=lambda m: bool(m.entity_id)) if hits else None


def _found(gaz, text: str) -> dict[str, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {m.text: (m.label, m.entity_id) for m in gaz.find(text)}


# ------------------------------------------------------------------ gazetteer

def test_gazetteer_does_not_split_known_names(gaz) -> None:  # type: ignore[no-untyped-def]
    found = _found(gaz, "قال بايدن إن واشنطن ستدعم كييف، واتصل بايدن بنظيره.")
    assert found["بايدن"] == ("PER", "Q6279")
    assert "ايدن" not in found and "إيدن" not in found
    assert _found(gaz, "التقى ماكرون وبايدن في باريس")["بايدن"] == ("PER", "Q6279")
    # the clitic readings that are right stay: و + العراق, ب + موسكو, ل + الرياض
    found = _found(gaz, "وصل الوفد بموسكو قادما من الرياض وزار والعراق للرياض")
    assert found["موسكو"][1] == "Q649"
    assert found["العراق"][1] == "Q796"
    # a whole word only blocks the reading it is whole against: ولبنان is و + لبنان
    assert _found(gaz, "نزح آلاف في سوريا ولبنان")["لبنان"] == ("GPE", "Q822")


@pytest.mark.parametrize(
    "word", ["بايدن", "بوتين", "فيصل", "ولي", "بلينكن", "لافروف", "كيري", "بيلوسي", "لبنان",
             "بشار", "وزير", "بيان", "لجنة", "بخير", "كبير", "لديك"],
)
def test_gazetteer_never_splits_a_whole_word(gaz, word: str) -> None:  # type: ignore[no-untyped-def]
    from marsad.arabic import tokenize

    for text in (word, "و" + word):  # alone, and under a further proclitic
        tokens = tokenize(text)
        for m in gaz.match_norms([t.norm for t in tokens]):
            # a match may strip the outer و, never a letter of the word itself
            assert m.clitic == len(text) - len(word), (text, m)


def test_gazetteer_never_splits_a_name_word_of_the_kb(kb, gaz) -> None:  # type: ignore[no-untyped-def]
    from marsad.arabic import normalize

    words = {w for e in kb.entities.values() if e.type == "PER"
             for name in (*e.names_ar, *e.short_ar) for w in normalize(name).split()}
    assert len(words) > 2000
    split = [(w, m) for w in sorted(words) if len(w) >= 3
             for m in gaz.match_norms([w]) if m.clitic]
    assert split == []  # e.g. كاكار is not ك + أكار (Hulusi Akar)


def test_gazetteer_leaves_common_words_out(gaz) -> None:  # type: ignore[no-untyped-def]
    found = _found(gaz, "لا أعرف عنك شيئا، وتحت الشجرة وجدنا المفتاح.")
    assert not {"عنك", "الشجرة", "المفتاح"} & set(found)
    found = _found(gaz, "قصفت الطائرات مواقع في غزة وجنين والخليل وتعز.")
    assert {"غزة", "جنين", "الخليل", "تعز"} <= set(found)


def test_gazetteer_surname_alone(gaz) -> None:  # type: ignore[no-untyped-def]
    found = _found(gaz, "قال لافروف إن بلينكن وبوتين لم يلتقيا.")
    assert found["لافروف"] == ("PER", "mrs:per:sergey-lavrov")
    assert found["بلينكن"][0] == "PER" and found["بوتين"] == ("PER", "Q7747")
    # a surname that is a common word is not matched alone
    found = _found(gaz, "زأر الأسد في القفص، وقال صالح إن عون الدولة ضروري.")
    assert not {"الأسد", "صالح", "عون"} & set(found)


def test_gazetteer_plural_demonyms(gaz) -> None:  # type: ignore[no-untyped-def]
    found = _found(gaz, "تظاهر السوريون واللبنانيين، واعتقلت الشرطة عددا من الإيرانيات والأتراك.")
    assert found["السوريون"] == ("GPE", "Q858")
    assert found["اللبنانيين"] == ("GPE", "Q822")  # و stripped off the mention
    assert found["الإيرانيات"] == ("GPE", "Q794")
    assert found["الأتراك"] == ("GPE", "Q43")
    # a singular demonym qualifies a noun; after an agent it belongs to the agent
    found = _found(gaz, "قال الشعب السوري كلمته، وتقدم الجيش التركي والمسلحون السوريون.")
    assert "السوري" not in found
    assert found["الجيش التركي"][0] in ("ORG", "AGENT")
    assert "السوريون" not in found


# ------------------------------------------------------------------ pipeline

def test_pipeline_links_biden_not_aydin(pipe) -> None:  # type: ignore[no-untyped-def]
    art = _run(pipe, "وقال بايدن إن الولايات المتحدة ستواصل دعم أوكرانيا. وأضاف بايدن أن "
                     "واشنطن لن تتراجع.", "2023-02-20")
    ids = {m.entity_id for m in art.mentions}
    assert "Q6279" in ids and "gn:322830" not in ids
    m = _at(art, "بايدن")
    assert m is not None and (m.entity_id, m.actor_code) == ("Q6279", "USAGOV")


def test_pipeline_surname_on_first_mention(pipe) -> None:  # type: ignore[no-untyped-def]
    art = _run(pipe, "قال لافروف في مؤتمر صحفي في موسكو إن روسيا لن تقبل بالشروط.")
    m = _at(art, "لافروف")
    assert m is not None and (m.entity_id, m.actor_code) == ("mrs:per:sergey-lavrov", "RUSGOV")


def test_pipeline_plural_demonyms_code_the_country(pipe) -> None:  # type: ignore[no-untyped-def]
    art = _run(pipe, "وتظاهر السوريون في دمشق، فيما اعتقلت الشرطة عددا من الإيرانيات "
                     "والأتراك.")
    for surface, qid, code in [("السوريون", "Q858", "SYR"), ("الإيرانيات", "Q794", "IRN"),
                               ("الأتراك", "Q43", "TUR")]:
        m = _at(art, surface)
        assert m is not None and (m.entity_id, m.actor_code) == (qid, code), surface
        assert m.label == "NORP", surface  # a people, not a place


def test_linker_alias_lookup_keeps_whole_words(kb) -> None:  # type: ignore[no-untyped-def]
    from marsad.entities.link import Linker

    linker = Linker(kb)
    assert "بايدن" in linker.whole_words
    assert all(eid != "gn:322830" for eid, _ in linker.aliases_of(["بايدن"]))
    assert all(eid != "gn:322830" for eid, _ in linker.aliases_of(["وبايدن"]))
    assert ("Q649", "capital") in linker.aliases_of(["بموسكو"])


def test_linker_surname_alone_whatever_its_label(kb) -> None:  # type: ignore[no-untyped-def]
    from marsad.entities.link import Linker

    text = "قال لافروف إن موسكو لن تتراجع، وقال الأسد إن دمشق صامدة."
    when = datetime(2019, 12, 10, tzinfo=UTC)
    given = (Mention(4, 10, "LOC", "لافروف", "ner.crf.v1"),  # a recogniser's wrong label
             Mention(36, 41, "ORG", "الأسد", "ner.crf.v1"))  # a common word: not alone
    out = Linker(kb).link(Article(id="t", text=text, published=when, mentions=given))
    by_text = {m.text: m for m in out.mentions}
    assert (by_text["لافروف"].entity_id, by_text["لافروف"].actor_code) == (
        "mrs:per:sergey-lavrov", "RUSGOV")
    assert by_text["الأسد"].entity_id is None
