from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from marsad.server import create_app
from marsad.settings import Settings
from marsad.store.base import Store


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, Settings()))


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, r.text
    return r.json()


def test_articles_list_and_get(client: TestClient) -> None:
    page = get(client, "/api/articles?limit=2")
    assert page["total"] == 4 and len(page["items"]) == 2
    art = get(client, "/api/articles/art-visit")
    assert art["title"] == "الأسد في موسكو"
    assert {m["entity_id"] for m in art["mentions"]} == {"Q44329", "Q649"}
    assert art["events"][0]["category"] == "CONSULT"
    assert art["quotes"][0]["speaker_id"] == "Q44329"


def test_events_filters(client: TestClient) -> None:
    assert get(client, "/api/events")["total"] == 2
    consult = get(client, "/api/events?category=consult")
    assert [e["category"] for e in consult["items"]] == ["CONSULT"]
    assert get(client, "/api/events?quad=4")["items"][0]["category"] == "ASSAULT"
    assert get(client, "/api/events?actor=Q44329")["total"] == 1
    assert get(client, "/api/events?date_from=2023-03-16&date_to=2023-03-16")["total"] == 1
    assert get(client, "/api/events?country=TUR")["total"] == 1
    with_sources = get(client, "/api/events?sources=true&category=ASSAULT")
    assert with_sources["items"][0]["sources"][0]["article_id"] == "art-strike"


def test_entity_with_timeline(client: TestClient) -> None:
    body = get(client, "/api/entities/Q44329")
    assert body["entity"]["label_ar"] == "بشار الأسد"
    assert body["timeline"]["total"] == 1
    found = get(client, "/api/entities?q=الأسد")
    assert any(e["id"] == "Q44329" for e in found["items"])


def test_search_finds_clitic_forms(client: TestClient) -> None:
    hits = get(client, "/api/search?q=الأسد")
    assert sorted(h["id"] for h in hits["items"]) == ["art-visit", "art-visit-2"]
    assert get(client, "/api/search?q=موسكو&outlet=يومية المثال")["total"] == 0


def test_stats_by_quad(client: TestClient) -> None:
    rows = get(client, "/api/stats?by=quad")["rows"]
    assert {(r["key"], r["count"]) for r in rows} == {(1, 1), (4, 1)}


@pytest.mark.parametrize(
    "url, fragment",
    [
        ("/api/events?date_from=2023-13-45", "date_from"),
        ("/api/events?date_from=2023-03-20&date_to=2023-03-01", "after"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?quad=9", "quad"),
        ("/api/events?category=DANCE", "category"),
        ("/api/events?country=Syria", "country"),
        ("/api/events?status=maybe", "status"),
        ("/api/search", "q"),
        ("/api/stats?by=weather", "by"),
    ],
)
def test_bad_parameters_are_4xx_with_a_message(
    client: TestClient, url: str, fragment: str
) -> None:
    body = get(client, url, status=422)
    assert body["error"] == "invalid parameter"
    assert fragment in body["detail"]


@pytest.mark.parametrize(
    "url", ["/api/articles/nope", "/api/entities/Q1", "/api/events/zz", "/api/clusters/zz"]
)
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    body = get(client, url, status=404)
    assert body["error"] == "not found" and "no " in body["detail"]


def test_exports(client: TestClient) -> None:
    csv = client.get("/api/export/events.csv?category=CONSULT")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.strip().splitlines()
    assert len(lines) == 2 and "CONSULT" in lines[1]
    jsonl = client.get("/api/export/articles.jsonl")
    assert len(jsonl.text.strip().splitlines()) == 4
    parquet = client.get("/api/export/events.parquet")
    assert parquet.content[:4] == b"PAR1"
    assert client.get("/api/export/events.xml").status_code == 422


def test_security_headers_and_no_cors(client: TestClient) -> None:
    r = client.get("/api/articles", headers={"Origin": "https://elsewhere.example"})
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in r.headers


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = get(client, "/api/openapi.json")["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/search",
                 "/api/entities", "/api/entities/{entity_id}", "/api/clusters",
                 "/api/clusters/{cluster_id}", "/api/stats", "/api/export/{what}.{fmt}",
                 "/api/ingest"):
        assert path in paths, path


def test_store_quotes_and_actor_stats(store: Store) -> None:
    said = store.quotes("Q44329")
    assert [q["text"] for q in said] == ["العلاقات مع روسيا استراتيجية"] * 2
    assert {q["article_id"] for q in said} == {"art-visit", "art-visit-2"}
    assert said[0]["kind"] == "direct"
    by_actor = {r["key"]: r["count"] for r in store.stats("actor", interval="year")}
    assert by_actor == {"SYRGOV": 1, "TURMIL": 1}


def test_one_event_for_two_reports_of_a_story(client: TestClient) -> None:
    consult = get(client, "/api/events?category=CONSULT&sources=true")
    assert consult["total"] == 1
    event = consult["items"][0]
    assert event["n_sources"] == 2
    assert {s["article_id"] for s in event["sources"]} == {"art-visit", "art-visit-2"}
    stories = get(client, "/api/clusters")
    assert [c["id"] for c in stories["items"]] == ["story-moscow"]
    story = get(client, "/api/clusters/story-moscow")
    assert {a["id"] for a in story["articles"]} == {"art-visit", "art-visit-2"}
    assert [e["category"] for e in story["events"]] == ["CONSULT"]
