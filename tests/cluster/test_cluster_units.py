"""Near-duplicates, stories and event dedup on texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from marsad.cluster.events import EventKey, same_event
from marsad.cluster.minhash import (
    NearDuplicateIndex,
    signature,
    signature_from_bytes,
    signature_to_bytes,
)
from marsad.cluster.online import Clusterer
from marsad.cluster.stories import DocumentFrequencies, StoryClusterer, content_terms, stopwords
from marsad.models import Article
from marsad.settings import ClusterSettings
from marsad.store import open_store

AGENCY = (
    "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية مكونة من خمسة أشخاص كانت تخطط "
    "لتنفيذ عمليات تستهدف منشآت حيوية في المنطقة الشرقية، وأوضح المتحدث الأمني أن "
    "التحقيقات ما زالت جارية لكشف ارتباطات الخلية بجهات خارجية، وأن الأجهزة المختصة "
    "ضبطت بحوزة أفرادها أسلحة وذخائر ومواد تستخدم في صناعة المتفجرات."
)
REPUBLISHED = "الرياض – واس\n" + AGENCY.replace("اليوم", "الأحد") + "\nجميع الحقوق محفوظة"
SAME_STORY = (
    "كشف المتحدث الأمني لوزارة الداخلية أن قوات الأمن ألقت القبض على خمسة متهمين في "
    "المنطقة الشرقية بعد رصد تحركاتهم، مؤكداً أن الخلية خططت لاستهداف منشآت حيوية وأن "
    "المضبوطات شملت أسلحة ومتفجرات، فيما تتواصل التحقيقات مع الموقوفين."
)
OTHER_STORY = (
    "افتتح أمير منطقة القصيم مهرجان التمور السنوي بمشاركة أكثر من ثلاثمئة مزارع، وأكد أن "
    "المهرجان يسهم في تسويق الإنتاج المحلي ودعم الأسر المنتجة، ويستمر المهرجان ثلاثة أسابيع "
    "وسط إقبال كبير من الزوار والتجار القادمين من دول الخليج."
)
T0 = datetime(2015, 8, 2, 9, tzinfo=UTC)


def sig(text: str) -> bytes:
    return signature_to_bytes(signature(text))


def test_signature_round_trip() -> None:
    m = signature(AGENCY)
    again = signature_from_bytes(signature_to_bytes(m))
    assert float(m.jaccard(again)) == 1.0


def test_near_duplicates_found_and_others_not() -> None:
    index = NearDuplicateIndex(threshold=0.7)
    assert index.add("a", sig(AGENCY), "2015-08-02", "t") is None
    group = index.add("b", sig(REPUBLISHED), "2015-08-02", "t")
    assert group == "dup-a"
    assert index.pending_updates == [("a", "dup-a")]
    assert index.add("c", sig(SAME_STORY), "2015-08-02", "t") is None  # rewritten: a story
    assert index.add("d", sig(OTHER_STORY), "2015-08-02", "t") is None
    assert index.groups["dup-a"].size == 2


def test_stopwords_are_in_search_form() -> None:
    stop = stopwords()
    assert "في" in stop and "اضاف" in stop
    assert "قبض" in content_terms("القبض على خلية في المنطقة")


def _clusterer(window: int = 3) -> StoryClusterer:
    dfs = DocumentFrequencies()
    for t in (AGENCY, SAME_STORY, OTHER_STORY):
        dfs.add(content_terms(t))
    return StoryClusterer(threshold=0.3, window_days=window, dfs=dfs)


def test_same_story_across_outlets_and_a_different_one() -> None:
    c = _clusterer()
    s1 = c.assign("a", AGENCY, "القبض على خلية في الشرقية", set(), T0)
    s2 = c.assign("b", SAME_STORY, "الداخلية: القبض على خمسة متهمين", set(), T0)
    s3 = c.assign("c", OTHER_STORY, "مهرجان التمور في القصيم", set(), T0)
    assert s1.id == s2.id != s3.id
    assert s1.size == 2


def test_time_window_splits_stories() -> None:
    c = _clusterer(window=2)
    s1 = c.assign("a", AGENCY, "خلية", set(), T0)
    s2 = c.assign("b", SAME_STORY, "خلية", set(), T0 + timedelta(days=10))
    assert s1.id != s2.id


def test_shared_entities_add_evidence() -> None:
    c = _clusterer()
    story = c.assign("a", AGENCY, "خلية", {"Q1", "Q2"}, T0)
    vec = {t: 1.0 for t in list(story.centroid)[:3]}
    with_entities = c.best(vec, {"Q1", "Q2"}, T0)
    without = c.best(vec, set(), T0)
    assert with_entities is not None and without is not None
    assert with_entities[1] == pytest.approx(without[1] + c.entity_weight)


CASES = [
    # (change to the second event, same?)
    ({}, True),
    ({"day": "2015-08-03"}, True),
    ({"day": "2015-08-04"}, False),
    ({"story": "s2"}, False),
    ({"category": "ACCUSE"}, False),
    ({"status": "negated"}, False),
    ({"actors": frozenset({"Q9"}), "recipients": frozenset({"RUSGOV"})}, True),
    ({"actors": frozenset({"Q9"}), "recipients": frozenset({"IRN"})}, False),
]


@pytest.mark.parametrize(("change", "same"), CASES)
def test_same_event(change: dict[str, object], same: bool) -> None:
    a = EventKey("CONSULT", "asserted", "2015-08-02", "s1", frozenset({"Q44329"}),
                 frozenset({"RUSGOV"}))
    fields = {**a.__dict__, **change}
    b = EventKey(**fields)  # type: ignore[arg-type]
    assert same_event(a, b) is same
    assert same_event(b, a) is same


def test_event_without_participants_merges_only_with_the_same_trigger() -> None:
    bare = EventKey("ASSAULT", "asserted", "2015-08-02", "s1", frozenset(), frozenset(),
                    trigger="انفجار", articles=frozenset({"a1"}))
    again = EventKey("ASSAULT", "asserted", "2015-08-02", "s1", frozenset(), frozenset(),
                     trigger="انفجار", articles=frozenset({"a2"}))
    other_word = EventKey("ASSAULT", "asserted", "2015-08-02", "s1", frozenset(),
                          frozenset(), trigger="قصف", articles=frozenset({"a3"}))
    coded = EventKey("ASSAULT", "asserted", "2015-08-02", "s1", frozenset({"ISIS"}),
                     frozenset(), trigger="انفجار", articles=frozenset({"a4"}))
    assert same_event(bare, again)
    assert not same_event(bare, other_word)
    assert not same_event(bare, coded)
    assert not same_event(bare, EventKey("ASSAULT", "asserted", "2015-08-02", None,
                                         frozenset(), frozenset(), trigger="انفجار"))


def test_events_of_one_article_never_merge() -> None:
    a = EventKey("CONSULT", "asserted", "2015-08-02", "s1", frozenset({"Q1"}), frozenset(),
                 articles=frozenset({"a1"}))
    b = EventKey("CONSULT", "asserted", "2015-08-02", "s1", frozenset({"Q1"}), frozenset(),
                 articles=frozenset({"a1"}))
    assert not same_event(a, b)


def test_clusterer_resumes_from_the_store(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/c.db")
    settings = ClusterSettings(near_duplicate_threshold=0.7)
    first = Article(id="a", text=AGENCY, title="خلية", published=T0)
    done = Clusterer.from_store(store, settings).process([first])
    store.save(done.articles, clusters=done.clusters)
    # a fresh clusterer (a new run) still knows article a and its story
    again = Clusterer.from_store(store, settings)
    batch = again.process([
        Article(id="b", text=REPUBLISHED, title="خلية", published=T0),
        Article(id="c", text=SAME_STORY, title="خلية", published=T0 + timedelta(hours=3)),
    ])
    b, c = batch.articles
    assert b.meta["dup_group"] == "dup-a" and ("a", "dup-a") in batch.dup_updates
    assert b.cluster_id == c.cluster_id == done.articles[0].cluster_id
    store.save(batch.articles, clusters=batch.clusters, dup_updates=batch.dup_updates)
    assert store.get_article("a").meta["dup_group"] == "dup-a"  # type: ignore[union-attr]
    story = store.get_cluster(b.cluster_id or "")
    assert story is not None and story["cluster"].size == 3
    store.close()
