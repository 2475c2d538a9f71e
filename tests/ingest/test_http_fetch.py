"""Polite fetching against a local server: robots.txt, retries, limits, rate limit."""

from __future__ import annotations

import itertools

import pytest
from local_http import LocalServer, Route

from marsad.errors import FetchError
from marsad.ingest import open_source
from marsad.ingest.base import ItemError, RawItem
from marsad.ingest.http import Fetcher

PAGE = "<html><body><h1>عنوان</h1><p>نص الخبر كما كتبناه للاختبار.</p></body></html>".encode()


def fetcher(**kw: object) -> Fetcher:
    opts: dict[str, object] = {"min_interval": 0.0, "backoff": 0.01, "timeout": 1.0}
    opts.update(kw)
    return Fetcher(**opts)  # type: ignore[arg-type]


def test_fetches_a_page(server: LocalServer) -> None:
    server.routes["/a"] = Route(body=PAGE)
    with fetcher() as f:
        got = f.get(server.url("/a"))
    assert got.status == 200 and got.content == PAGE and got.content_type == "text/html"


def test_robots_txt_is_obeyed(server: LocalServer) -> None:
    server.routes["/private/x"] = Route(body=PAGE)
    with fetcher() as f, pytest.raises(FetchError, match="robots"):
        f.get(server.url("/private/x"))
    assert "/private/x" not in server.hits
    with fetcher(respect_robots=False) as f:
        assert f.get(server.url("/private/x")).status == 200


def test_robots_5xx_disallows_and_4xx_allows(server: LocalServer) -> None:
    server.routes["/a"] = Route(body=PAGE)
    server.routes["/robots.txt"] = Route(status=503)
    with fetcher(max_retries=0) as f, pytest.raises(FetchError, match="robots"):
        f.get(server.url("/a"))
    del server.routes["/robots.txt"]  # 404
    with fetcher() as f:
        assert f.get(server.url("/a")).status == 200


def test_retries_then_succeeds(server: LocalServer) -> None:
    server.routes["/flaky"] = Route(body=PAGE, first=[500, 503])
    with fetcher(max_retries=2) as f:
        assert f.get(server.url("/flaky")).content == PAGE
    assert len(server.hits["/flaky"]) == 3


def test_http_500_gives_up_after_retries(server: LocalServer) -> None:
    server.routes["/down"] = Route(status=500)
    with fetcher(max_retries=2) as f, pytest.raises(FetchError, match="HTTP 500"):
        f.get(server.url("/down"))
    assert len(server.hits["/down"]) == 3


def test_404_is_not_retried(server: LocalServer) -> None:
    with fetcher(max_retries=3) as f, pytest.raises(FetchError, match="HTTP 404"):
        f.get(server.url("/missing"))
    assert len(server.hits["/missing"]) == 1


def test_timeout(server: LocalServer) -> None:
    server.routes["/slow"] = Route(body=PAGE, delay=1.0)
    with fetcher(timeout=0.2, max_retries=1) as f, pytest.raises(FetchError, match="timed out"):
        f.get(server.url("/slow"))


def test_size_and_content_type_limits(server: LocalServer) -> None:
    server.routes["/big"] = Route(body=b"x" * 5000)
    server.routes["/pdf"] = Route(body=b"%PDF", content_type="application/pdf")
    with fetcher(max_bytes=1000) as f:
        with pytest.raises(FetchError, match="limit"):
            f.get(server.url("/big"))
        with pytest.raises(FetchError, match="content type"):
            f.get(server.url("/pdf"))


def test_redirects_are_bounded(server: LocalServer) -> None:
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    server.routes["/moved"] = Route(status=301, headers={"Location": "/a"})
    server.routes["/a"] = Route(body=PAGE)
    with fetcher(max_redirects=3) as f:
        assert f.get(server.url("/moved")).url.endswith("/a")
        with pytest.raises(FetchError, match="redirects"):
            f.get(server.url("/loop"))


def test_per_host_rate_limit(server: LocalServer) -> None:
    for p in ("/1", "/2", "/3"):
        server.routes[p] = Route(body=PAGE)
    with fetcher(min_interval=0.15) as f:
        for p in ("/1", "/2", "/3"):
            f.get(server.url(p))
    times = [server.hits[p][0] for p in ("/1", "/2", "/3")]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.13


def test_url_list_source_reports_each_failure_and_goes_on(server: LocalServer, tmp_path) -> None:
    server.routes["/ok"] = Route(body=PAGE)
    server.routes["/err"] = Route(status=500)
    server.routes["/slow"] = Route(body=PAGE, delay=1.0)
    listing = tmp_path / "list.urls"
    listing.write_text("\n".join(server.url(p) for p in ("/err", "/slow", "/ok")) + "\n")
    items = list(open_source(str(listing), fetcher=fetcher(timeout=0.2, max_retries=0)))
    assert [type(i).__name__ for i in items] == ["ItemError", "ItemError", "RawItem"]
    assert "HTTP 500" in items[0].reason  # type: ignore[union-attr]
    assert "timed out" in items[1].reason  # type: ignore[union-attr]
    ok = items[2]
    assert isinstance(ok, RawItem) and ok.data == PAGE
    assert not isinstance(ok, ItemError)
