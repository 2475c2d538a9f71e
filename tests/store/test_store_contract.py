"""The Store contract, run on every backend (see conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from store_samples import ASSAD, ERDOGAN, ERDOGAN_1, PUTIN, VISIT_1, VISIT_2, article, visit

from marsad.errors import StoreError
from marsad.store import ClusterRecord, EventFilter
from marsad.store.schema import SCHEMA_VERSION


def test_schema_is_migrated(store: Any) -> None:
    assert store.schema_version() == SCHEMA_VERSION


def test_round_trip_keeps_the_article(store: Any) -> None:
    res = store.save([VISIT_1])
    assert res.new == 1
    got = store.get_article("a1")
    assert got is not None
    assert got.text == VISIT_1.text and got.title == VISIT_1.title
    assert got.events == VISIT_1.events
    assert got.mentions == VISIT_1.mentions
    assert got.entities == VISIT_1.entities
    assert got.published == VISIT_1.published
    assert got.cluster_id == "s1"
    assert store.get_article("nope") is None


def test_reingest_adds_nothing(store: Any) -> None:
    store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    before = store.counts()
    again = store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    assert again.new == 0 and again.duplicates == 3
    # the same text under another URL, and the same URL (other spelling) with new text
    same_text = VISIT_1.replace(id="zz", url="https://other.example/copy")
    same_url = VISIT_1.replace(id="zy", text="نص آخر تماماً", url="http://SANA.example/a1/")
    assert store.save([same_text, same_url]).duplicates == 2
    assert store.counts() == before


def test_failed_batch_writes_nothing(store: Any) -> None:
    store.save([VISIT_1])
    broken = VISIT_2.replace(published="not a date")  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save([ERDOGAN_1, broken])
    assert store.counts()["articles"] == 1
    assert store.get_article("a3") is None  # the good article of the failed batch too


def test_search_is_clitic_and_alef_aware(store: Any) -> None:
    store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    hits = store.search("الأسد")
    assert {h.id for h in hits.items} == {"a1", "a2"}
    assert hits.total == 2
    assert "[" in hits.items[0].snippet
    # أردوغان (hamza above) finds إردوغان (hamza below)
    assert [h.id for h in store.search("أردوغان").items] == ["a3"]
    # a phrase, and a term missing everywhere
    assert [h.id for h in store.search('"فلاديمير بوتين"').items] == ["a1"]
    assert store.search("طوكيو").total == 0
    assert store.search("   ").total == 0


def test_search_ranks_and_filters(store: Any) -> None:
    store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    # title match (بالأسد → الأسد) weighs more than body-only mentions
    page = store.search("الأسد", EventFilter(outlet="rt"))
    assert [h.id for h in page.items] == ["a2"]
    page = store.search("الأسد", EventFilter(date_from="2015-07-28"))
    assert [h.id for h in page.items] == ["a2"]
    page = store.search("الرئيس", EventFilter(category="THREATEN"))
    assert [h.id for h in page.items] == ["a3"]
    page = store.search("الرئيس", EventFilter(actor="Q44329"))
    assert {h.id for h in page.items} == {"a1", "a2"}
    page = store.search("الرئيس", limit=1, offset=1)
    assert page.total == 3 and len(page.items) == 1


def test_event_reported_twice_is_one_event(store: Any) -> None:
    res = store.save([VISIT_1, VISIT_2])
    assert res.events_new == 1 and res.events_merged == 1
    page = store.list_events(with_sources=True)
    assert page.total == 1
    ev = page.items[0]
    assert ev.n_sources == 2
    assert {s.article_id for s in ev.sources} == {"a1", "a2"}
    assert ev.actors[0]["entity_id"] == ASSAD.id and ev.actors[0]["country"] == "SYR"


@pytest.mark.parametrize(
    "change",
    [
        {"story": "s9"},  # another story
        {"day": 30},  # three days later
        {"category": "AGREE"},
        {"status": "negated"},
        {"actor": ERDOGAN},  # no shared participant
    ],
)
def test_events_that_differ_are_not_merged(store: Any, change: dict[str, Any]) -> None:
    ev = visit(change.get("actor", ASSAD), "RUSGOV" if "actor" not in change else "IRNGOV",
               PUTIN if "actor" not in change else None,
               category=change.get("category", "CONSULT"),
               status=change.get("status", "asserted"))
    other = article("b1", "نص مختلف عن زيارة أخرى تماماً", day=change.get("day", 27),
                    story=change.get("story", "s1"), events=(ev,))
    store.save([VISIT_1, other])
    assert store.list_events().total == 2


def test_event_filters_and_pagination(store: Any) -> None:
    store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    assert store.list_events().total == 2
    assert store.list_events(EventFilter(actor="SYRGOV")).total == 1
    assert store.list_events(EventFilter(actor="SYR")).total == 1
    assert store.list_events(EventFilter(actor="بشار الأسد")).total == 1
    assert store.list_events(EventFilter(recipient="Q44329")).items[0].category == "THREATEN"
    assert store.list_events(involving=ASSAD.id).total == 2
    assert store.list_events(EventFilter(country="TUR")).total == 1
    assert store.list_events(EventFilter(quad=1, category="consult")).total == 1
    assert store.list_events(EventFilter(outlet="rt")).total == 1
    assert store.list_events(EventFilter(date_from="2015-07-29")).total == 1
    assert store.list_events(EventFilter(status="negated")).total == 0
    assert store.list_events(EventFilter(actor="اسم لا يعرفه أحد")).total == 0
    first = store.list_events(limit=1)
    second = store.list_events(limit=1, offset=1)
    assert first.total == 2 and first.items[0].id != second.items[0].id
    got = store.get_event(first.items[0].id)
    assert got is not None and got.sources


def test_entities(store: Any) -> None:
    store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    assert store.get_entity(ASSAD.id) == ASSAD
    found = store.search_entities("الأسد")
    assert found[0][0].id == ASSAD.id and found[0][1] >= 2
    assert store.search_entities("أردوغان")[0][0].id == ERDOGAN.id
    parts = store.counterparts(ASSAD.id)
    assert {p["entity_id"] for p in parts} == {PUTIN.id, ERDOGAN.id}
    assert {e.id for e in store.iter_entities()} == {ASSAD.id, PUTIN.id, ERDOGAN.id}


def test_clusters_and_related(store: Any) -> None:
    story = ClusterRecord("s1", "story", "الأسد في موسكو", "2015-07-27", "2015-07-28", 2,
                          {"centroid": {"اسد": 1.0}})
    store.save([VISIT_1, VISIT_2, ERDOGAN_1], clusters=[story])
    assert [c.id for c in store.list_clusters("story").items] == ["s1"]
    got = store.get_cluster("s1")
    assert got is not None
    assert {a.id for a in got["articles"]} == {"a1", "a2"}
    assert len(got["events"]) == 1
    assert [a.id for a in store.related_articles("a1")] == ["a2"]
    assert store.recent_clusters("story", "2015-07-01")[0].state["centroid"] == {"اسد": 1.0}


def test_stats(store: Any) -> None:
    store.save([VISIT_1, VISIT_2, ERDOGAN_1])
    rows = store.stats("category")
    assert {(r["key"], r["count"]) for r in rows} == {("CONSULT", 1), ("THREATEN", 1)}
    assert {r["key"] for r in store.stats("dyad")} == {"SYRGOV>RUSGOV", "TURGOV>SYRGOV"}
    months = store.stats("quad", interval="month")
    assert months == [{"period": "2015-07", "key": 1, "count": 2}]


def test_runs_log_and_resume_keys(store: Any) -> None:
    run = store.start_run(["x.jsonl"], "v1")
    a = VISIT_1.replace(meta={"item_key": "x.jsonl#1"})
    store.save([a], failures=[("x.jsonl#2", "HTTP 500")], run_id=run)
    store.finish_run(run, "done", {"new": 1})
    assert store.seen_items(["x.jsonl#1", "x.jsonl#2", "x.jsonl#3"]) == {"x.jsonl#1"}
    assert store.runs()[0]["counts"] == {"new": 1}
    assert store.counts()["failed"] == 1


def test_replace_analysis(store: Any) -> None:
    store.save([VISIT_1, VISIT_2], pipeline_version="old")
    stripped = VISIT_2.replace(events=(), mentions=())
    assert store.replace_analysis([stripped], "new") == 1
    ev = store.list_events().items[0]
    assert ev.n_sources == 1
    assert store.get_article("a2").events == ()  # type: ignore[union-attr]
    todo = list(store.iter_articles(pipeline_version_not="new"))
    assert [a.id for a in todo] == ["a1"]


def test_term_frequencies(store: Any) -> None:
    store.save([VISIT_1, VISIT_2])
    n, df = store.term_frequencies()
    assert n == 2
    assert df["اسد"] == 2 and df["موسكو"] == 2 and df["عاصمه"] == 1


def test_two_events_of_one_article_stay_two(store: Any) -> None:
    twice = VISIT_1.replace(events=(visit(ASSAD, "RUSGOV", PUTIN),
                                    visit(ASSAD, "RUSGOV", PUTIN, eid="e2")))
    res = store.save([twice])
    assert res.events_new == 2 and store.list_events().total == 2
