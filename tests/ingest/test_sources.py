"""Every source on inputs written here: files, JSON, feeds, sitemaps, WARC."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

from local_http import LocalServer, Route

from marsad.ingest import detect_kind, open_source
from marsad.ingest.base import ItemError, RawItem
from marsad.ingest.canonical import canonical_url
from marsad.ingest.http import Fetcher

BODY = "أعلنت وزارة الخارجية اليوم عن زيارة مرتقبة للوزير إلى عمّان لبحث العلاقات الثنائية."
HTML = f"<html><head><title>زيارة</title></head><body><p>{BODY}</p></body></html>"


def items(spec: str, **kw: object) -> list[RawItem | ItemError]:
    return list(open_source(spec, **kw))


def test_sources_are_registered() -> None:
    from marsad.registry import sources

    assert {"files.v1", "json.v1", "rss.v1", "sitemap.v1", "warc.v1", "urls.v1"} <= set(
        sources.names())


def test_canonical_url() -> None:
    a = canonical_url("https://WWW.Example.com:443/news/خبر/?utm_source=x&b=2&a=1#top")
    b = canonical_url("http://example.com/news/%D8%AE%D8%A8%D8%B1?a=1&b=2")
    assert a == b == "http://example.com/news/%D8%AE%D8%A8%D8%B1?a=1&b=2"
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"


def test_detect_kind(tmp_path: Path) -> None:
    sm = tmp_path / "s.xml"
    sm.write_text('<?xml version="1.0"?><urlset xmlns="x"></urlset>')
    assert detect_kind(str(sm)) == "sitemap"
    assert detect_kind("feed.rss") == "rss"
    assert detect_kind("a.jsonl.gz") == "json"
    assert detect_kind("cc.warc.gz") == "warc"
    assert detect_kind("https://x.example/news/1") == "urls"
    assert detect_kind("data.bin") is None


def test_files_and_directories(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (tmp_path / "d.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "e.txt").write_bytes(BODY.encode("cp1256"))
    got = items(str(tmp_path))
    by_name = {Path(i.input).name: i for i in got}
    assert by_name["a.txt"].text == BODY  # type: ignore[union-attr]
    assert by_name["b.html"].data == HTML.encode()  # type: ignore[union-attr]
    assert by_name["c.txt.gz"].text == BODY  # type: ignore[union-attr]
    assert isinstance(by_name["d.txt.gz"], ItemError)
    # not UTF-8: the bytes go to extraction, which detects the encoding
    assert by_name["e.txt"].data == BODY.encode("cp1256")  # type: ignore[union-attr]
    assert len({i.key for i in got}) == 5


def test_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        json.dumps({"id": "1", "text": BODY, "url": "https://x.example/1", "title": "t"}),
        "{broken",
        json.dumps({"id": "3", "html": HTML}),
        json.dumps({"id": "4", "nothing": "here"}),
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    got = items(str(path))
    assert [type(i).__name__ for i in got] == ["RawItem", "ItemError", "RawItem", "ItemError"]
    first = got[0]
    assert isinstance(first, RawItem)
    assert first.key == "url:http://x.example/1" and first.text == BODY and first.title == "t"
    assert got[2].html == HTML  # type: ignore[union-attr]


def test_zip_of_json_arrays_with_field_map(tmp_path: Path) -> None:
    arr = [
        {"source": "alwatan", "url": "http://w.example/1", "date_extracted":
         "2015-07-27 18:39:22", "title": "عنوان", "content": BODY, "date": "ignored"},
        {"source": "okaz", "url": "http://o.example/2", "date_extracted": "2015-07-28 10:00:00",
         "title": "آخر", "content": ""},
    ]
    path = tmp_path / "2015-07-27.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("2015-07-27.json", json.dumps(arr, ensure_ascii=False))
        zf.writestr("README", "not json")
    got = items(str(path), field_map="text=content,published=date_extracted")
    assert isinstance(got[0], RawItem)
    assert got[0].published == "2015-07-27 18:39:22" and got[0].source == "alwatan"
    assert got[0].text == BODY
    assert isinstance(got[1], ItemError)  # empty content


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>وكالة تجريبية</title>
<item><title>خبر كامل</title><link>http://127.0.0.1:PORT/full</link>
<pubDate>Mon, 27 Jul 2015 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{BODY * 8}</p>]]></content:encoded></item>
<item><title>خبر مختصر</title><link>http://127.0.0.1:PORT/page</link>
<description>مقتطف قصير</description></item>
<item><title>رابط معطل</title><link>http://127.0.0.1:PORT/gone</link></item>
</channel></rss>"""


def test_rss_inline_fetched_and_failed(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/page"] = Route(body=HTML.encode())
    feed = tmp_path / "feed.rss"
    feed.write_text(RSS.replace("PORT", str(server.port)), encoding="utf-8")
    got = items(str(feed), fetcher=Fetcher(min_interval=0, max_retries=0))
    assert [type(i).__name__ for i in got] == ["RawItem", "RawItem", "ItemError"]
    full, fetched, gone = got
    assert isinstance(full, RawItem) and BODY in (full.html or "")
    assert full.source == "وكالة تجريبية" and full.title == "خبر كامل"
    assert "/full" not in server.hits  # the body was in the feed
    assert isinstance(fetched, RawItem) and fetched.data == HTML.encode()
    assert "404" in gone.reason  # type: ignore[union-attr]


def test_malformed_feed_is_one_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rss"
    bad.write_text("<rss><channel><item><title>لا نهاية", encoding="utf-8")
    got = items(str(bad), fetcher=Fetcher(min_interval=0))
    assert all(isinstance(i, ItemError) for i in got)
    assert "malformed" in got[0].reason  # type: ignore[union-attr]


def test_news_sitemap_index(server: LocalServer) -> None:
    server.routes["/a"] = Route(body=HTML.encode())
    server.routes["/b"] = Route(status=500)
    child = f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
  xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{server.url('/a')}</loc><news:news><news:publication_date>2015-07-27T10:00:00Z
</news:publication_date><news:title>زيارة</news:title></news:news></url>
<url><loc>{server.url('/b')}</loc></url>
</urlset>"""
    index = f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{server.url('/news-sitemap.xml')}</loc></sitemap>
<sitemap><loc>{server.url('/broken.xml')}</loc></sitemap>
</sitemapindex>"""
    server.routes["/sitemap.xml"] = Route(body=index.encode(), content_type="application/xml")
    server.routes["/news-sitemap.xml"] = Route(body=child.encode(),
                                               content_type="application/xml")
    server.routes["/broken.xml"] = Route(body=b"<urlset><url>", content_type="application/xml")
    got = items(server.url("/sitemap.xml"), fetcher=Fetcher(min_interval=0, max_retries=0))
    ok = [i for i in got if isinstance(i, RawItem)]
    errors = [i for i in got if isinstance(i, ItemError)]
    assert len(ok) == 1 and ok[0].title == "زيارة" and ok[0].data == HTML.encode()
    assert ok[0].published and str(ok[0].published).startswith("2015-07-27")
    assert len(errors) == 2  # the HTTP 500 page and the broken child sitemap


def _warc(records: list[tuple[str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                        http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def test_warc(tmp_path: Path) -> None:
    path = tmp_path / "news.warc.gz"
    path.write_bytes(_warc([("http://x.example/1", HTML.encode()),
                            ("http://x.example/2", HTML.encode())], gz=True))
    got = items(str(path))
    assert [i.url for i in got] == ["http://x.example/1", "http://x.example/2"]  # type: ignore[union-attr]
    assert got[0].data == HTML.encode()  # type: ignore[union-attr]


def test_truncated_warc_record_is_reported(tmp_path: Path) -> None:
    data = _warc([("http://x.example/1", HTML.encode()), ("http://x.example/2", HTML.encode()),
                  ("http://x.example/3", HTML.encode())], gz=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) - 200])  # the last record loses its end
    got = items(str(cut))
    assert isinstance(got[0], RawItem) and isinstance(got[1], RawItem)
    assert isinstance(got[-1], ItemError)
    gz = tmp_path / "cut.warc.gz"
    gzdata = _warc([("http://x.example/1", HTML.encode()), ("http://x.example/2",
                                                            HTML.encode())], gz=True)
    gz.write_bytes(gzdata[: len(gzdata) - 40])
    got = items(str(gz))
    assert isinstance(got[0], RawItem) and isinstance(got[-1], ItemError)
