"""The seed page through the real pipeline: recognition, linking and quotes.

Skips while the KB or the recogniser cannot be loaded (they are built in parallel).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.models import Article

NAMES = ["sentences.rules.v1", "ner.default.v1", "link.kb.v1", "quotes.rules.v1"]


def _pipeline():  # type: ignore[no-untyped-def]
    from marsad.errors import MarsadError
    from marsad.pipeline import Pipeline
    from marsad.registry import components

    if not all(n in components for n in NAMES):
        pytest.skip("recogniser / linker not registered yet")
    try:
        from marsad.entities.kb import load_kb

        load_kb()
    except (ImportError, MarsadError) as e:
        pytest.skip(f"knowledge base not loadable yet: {e}")
    from marsad.settings import load_settings

    settings = load_settings()
    pipe = Pipeline.from_settings(settings, components=NAMES, on_error="raise")
    try:
        pipe(Article(id="probe", text="زار بوتين دمشق."))
    except MarsadError:  # the CRF model is not shipped yet: link what the KB finds
        settings = settings.replace("entities", use_crf=False)
        pipe = Pipeline.from_settings(settings, components=NAMES, on_error="raise")
    return pipe


def _article(seed: str, day: str) -> Article:
    when = datetime.fromisoformat(day).replace(tzinfo=UTC)
    try:
        from marsad.extract import extract

        art = extract(seed, published=when, source="seed")
    except ImportError:
        art = Article(id="seed", text=seed, published=when)
    return art.replace(published=when)


@pytest.fixture(scope="module")
def pipe():  # type: ignore[no-untyped-def]
    return _pipeline()


@pytest.fixture
def seed_2023(seed_page, pipe):  # type: ignore[no-untyped-def]
    return pipe(_article(seed_page, "2023-03-16"))


def _ids(article: Article) -> set[str]:
    return {m.entity_id for m in article.mentions if m.entity_id}


def _at(article: Article, surface: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The mention covering the ``nth`` occurrence of ``surface``."""
    pos = -1
    for _ in range(nth + 1):
        pos = article.text.index(surface, pos + 1)
    hits = [m for m in article.mentions if m.start <= pos < m.end]
    assert hits, f"no mention covers {surface!r}"
    return max(hits, key=lambda m: bool(m.entity_id))


def test_seed_entities_linked(seed_2023):
    ids = _ids(seed_2023)
    for qid in ["Q44329", "Q7747", "Q39259", "Q159", "Q858", "Q43", "Q794", "Q212", "Q649",
                "Q3640"]:
        assert qid in ids, qid
    ankara = [m for m in seed_2023.mentions if m.entity_id == "Q3640"]
    assert ankara and all(m.actor_code == "TURGOV" for m in ankara)
    assert {e.id for e in seed_2023.entities} >= {"Q44329", "Q7747", "Q39259"}


def test_seed_counterpart_and_role_at_date(seed_2023, seed_page, pipe):
    assert _at(seed_2023, "نظيره الروسي").entity_id == "Q7747"
    assert _at(seed_2023, "الرئيس السوري").entity_id == "Q44329"
    assert _at(seed_2023, "الرئيس السوري").actor_code == "SYRGOV"
    later = pipe(_article(seed_page, "2025-06-01"))
    # "يواصل الرئيس السوري بشار الأسد": the name is given, so check the bare role later on
    bare = _at(later, "الرئيس السوري،")
    sharaa = bare.entity_id
    assert sharaa and sharaa != "Q44329"
    from marsad.entities.kb import load_kb

    assert "sharaa" in load_kb().entities[sharaa].name_en.lower()


def test_seed_pairs(seed_2023):
    leaders = _at(seed_2023, "الزعيمان")
    assert set(leaders.group) == {"Q44329", "Q7747"}
    countries = _at(seed_2023, "البلدين")
    assert set(countries.group) == {"Q858", "Q159"}
    # "المصالحة بين دمشق وأنقرة. وتسعى موسكو لإحداث اختراق دبلوماسي بين البلدين"
    after_bayna = _at(seed_2023, "البلدين", nth=3)
    assert set(after_bayna.group) == {"Q858", "Q43"}


def test_seed_quotes(seed_2023):
    quotes = seed_2023.quotes
    assad = [q for q in quotes if q.speaker_id == "Q44329"]
    assert len(assad) >= 2
    assert any("دمشق سترحب" in q.text for q in assad)
    peskov = [q for q in quotes if "بيسكوف" in q.speaker_text]
    assert peskov and peskov[0].kind == "direct"
    assert peskov[0].text.startswith("العلاقات بين تركيا وسوريا")
    erdogan = [q for q in quotes if q.speaker_id == "Q39259"]
    assert erdogan and "ضغينة" in erdogan[0].text
    # nothing from the site chrome
    assert not any("تعليق" in q.text for q in quotes)
