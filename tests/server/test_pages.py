from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from marsad.server import create_app
from marsad.settings import Settings
from marsad.store.base import Store


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, Settings()))


def page(client: TestClient, url: str, status: int = 200) -> str:
    r = client.get(url)
    assert r.status_code == status, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_overview_is_arabic_first(client: TestClient) -> None:
    html = page(client, "/")
    assert '<html lang="ar" dir="rtl">' in html
    assert "quad-chart-spec" in html and "material conflict" in html
    assert "الأسد في موسكو" in html  # latest articles


def test_article_page_highlights_mentions_and_shows_events(client: TestClient) -> None:
    html = page(client, "/articles/art-visit")
    assert 'class="m m-PER" href="/actors/Q44329"' in html
    assert "event-card quad-1" in html and "test.rule" in html
    assert "<mark>وصل</mark>" in html
    assert "العلاقات مع روسيا استراتيجية" in html


def test_untrusted_text_renders_as_text(client: TestClient) -> None:
    html = page(client, "/articles/art-xss")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<img src=x" not in html and 'onerror="alert' not in html
    assert "&lt;b&gt;outlet&lt;/b&gt;" in html


def test_actor_dyad_story_and_events_pages(client: TestClient) -> None:
    assert "بشار الأسد" in page(client, "/actors/Q44329")
    dyad = page(client, "/dyad/TUR/SYR")
    assert "dyad-chart-spec" in dyad and "قصفت" not in dyad  # table, not article text
    assert "ASSAULT" in page(client, "/dyad/TUR/SYR?day=2023-03-16")
    events = page(client, "/events?category=ASSAULT")
    assert "/api/export/events.csv?category=ASSAULT" in events
    assert "CONSULT</span>" not in events


def test_search_page_marks_hits(client: TestClient) -> None:
    html = page(client, "/search?q=بالأسد")
    assert "<mark>" in html and "art-visit" in html


def test_errors_are_pages_for_people(client: TestClient) -> None:
    assert "no article" in page(client, "/articles/none", status=404)
    assert "date_from" in page(client, "/events?date_from=yesterday", status=422)
    assert "day" in page(client, "/dyad/SYR/TUR?day=soon", status=422)


def test_story_page_lists_outlets_and_events(client: TestClient) -> None:
    html = page(client, "/stories/story-moscow")
    assert "صحيفة التجربة" in html and "نشرة المثال" in html
    assert "CONSULT" in html
    assert "no story" in page(client, "/stories/nope", status=404)
