"""POST /api/ingest: token-guarded, public URLs only, same run as a batch ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.server import create_app
from marsad.server.security import UnsafeURLError, check_public_url
from marsad.settings import Settings
from marsad.store import open_store

TEXT = (
    "عنوان تجريبي عن اجتماع في عمّان\n\n"
    "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في عمّان أمس الأحد وبحثا "
    "الأوضاع في المنطقة والتعاون بين البلدين في مجالات الطاقة والنقل."
)


def resolver(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def resolve(host: str) -> list[str]:
        if host not in table:
            raise OSError(f"unknown host {host}")
        return table[host]

    return resolve


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = open_store(f"sqlite:///{tmp_path / 'ingest.db'}")
    settings = Settings().replace("server", ingest_token="s3cret")
    names = {"internal.example": ["10.1.2.3"], "rebind.example": ["93.184.216.34", "127.0.0.1"]}
    return TestClient(create_app(store, settings, resolver=resolver(names)))


def test_token_is_required(client: TestClient) -> None:
    assert client.post("/api/ingest", json={"text": TEXT}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/api/ingest", json={"text": TEXT}, headers=wrong).status_code == 401


def test_disabled_without_a_configured_token(tmp_path: Path) -> None:
    app = create_app(open_store(f"sqlite:///{tmp_path / 'x.db'}"), Settings())
    r = TestClient(app).post("/api/ingest", json={"text": TEXT})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


def test_text_is_stored_once(client: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    first = client.post("/api/ingest", json={"text": TEXT, "published": "2024-09-02"},
                        headers=auth)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "stored"
    again = client.post("/api/ingest", json={"text": TEXT}, headers=auth)
    assert again.json()["status"] == "duplicate"
    assert client.get("/api/articles").json()["total"] == 1


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/x", "http://[::1]/x", "http://169.254.169.254/latest", "file:///etc/passwd",
     "http://internal.example/a", "http://rebind.example/a", "http://user:pw@93.184.216.34/"],
)
def test_urls_to_private_hosts_are_refused(client: TestClient, url: str) -> None:
    r = client.post("/api/ingest", json={"url": url}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 422
    assert client.get("/api/articles").json()["total"] == 0


def test_check_public_url() -> None:
    public = resolver({"news.example": ["93.184.216.34"]})
    assert check_public_url("https://news.example/a", public) == "https://news.example/a"
    with pytest.raises(UnsafeURLError, match="not a public address"):
        check_public_url("http://192.168.1.10/", public)
    with pytest.raises(UnsafeURLError, match="cannot resolve"):
        check_public_url("http://nowhere.example/", public)


def test_oversized_body_is_413(client: TestClient) -> None:
    big = "ا" * 2_100_000
    r = client.post("/api/ingest", json={"text": big}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 413 and r.json()["error"] == "request too large"
