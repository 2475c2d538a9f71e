"""RSS/Atom feeds (feedparser) and news sitemaps, from a file or over HTTP.

A feed entry carrying its full body (``content:encoded`` / Atom ``content`` longer
than ``min_inline_chars``) is used as is; otherwise the linked page is fetched. A
sitemap lists URLs (a sitemap index lists sitemaps, followed to ``max_depth``); news
sitemaps add ``news:title`` and ``news:publication_date``. A malformed feed or
sitemap is one reported error, never a stopped run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from marsad.errors import FetchError
from marsad.ingest.base import ItemError, RawItem, SourceStream, item_key
from marsad.ingest.files import read_bytes
from marsad.ingest.http import Fetcher, fetch_item, make_fetcher
from marsad.registry import sources

__all__ = ["read_feed", "read_sitemap", "sitemap_entries"]

log = logging.getLogger(__name__)

_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def _load(spec: str, fetcher: Fetcher | None) -> bytes:
    if spec.startswith(("http://", "https://")):
        if fetcher is None:
            raise FetchError("no fetcher for a remote document", spec)
        return fetcher.get(spec).content
    return read_bytes(Path(spec), 50_000_000)


def _with_fetcher(options: dict[str, Any]) -> tuple[Fetcher, bool]:
    fetcher = options.pop("fetcher", None)
    return (fetcher, False) if fetcher is not None else (make_fetcher(**options), True)


@sources.register("rss.v1")
def read_feed(
    spec: str, *, fetch: bool = True, min_inline_chars: int = 500, source: str | None = None,
    **options: Any,
) -> SourceStream:
    """Items of an RSS or Atom feed (path or URL)."""
    import feedparser

    fetcher, own = _with_fetcher(options)
    try:
        try:
            payload = _load(spec, fetcher)
        except (OSError, ValueError, FetchError) as e:
            yield ItemError(spec, spec, f"cannot read feed: {e}")
            return
        feed = feedparser.parse(payload)
        if feed.bozo:
            # reported once; whatever entries feedparser salvaged are still read
            yield ItemError(spec, spec, f"malformed feed: {feed.get('bozo_exception')!r}")
            if not feed.entries:
                return
        feed_title = feed.feed.get("title") if feed.get("feed") else None
        for i, entry in enumerate(feed.entries):
            url = entry.get("link")
            key = item_key(spec, i, url)
            published = entry.get("published") or entry.get("updated")
            body = ""
            for content in entry.get("content", []) or []:
                if len(content.get("value", "")) > len(body):
                    body = content["value"]
            if len(body) < min_inline_chars and len(entry.get("summary", "")) > len(body):
                body = entry.get("summary", "")
            base = RawItem(
                key=key, input=spec, url=url, published=published, title=entry.get("title"),
                source=source or feed_title, id=entry.get("id"),
            )
            if len(body) >= min_inline_chars or not (fetch and url):
                if not body:
                    yield ItemError(key, spec, "feed entry without content or link")
                    continue
                yield RawItem(**{**base.__dict__, "html": body})
            else:
                yield fetch_item(base, fetcher)
    finally:
        if own:
            fetcher.close()


def sitemap_entries(payload: bytes) -> tuple[list[dict[str, str | None]], list[str]]:
    """(url entries, child sitemaps) of one sitemap document; ET.ParseError if bad."""
    root = ET.fromstring(payload)
    entries: list[dict[str, str | None]] = []
    children: list[str] = []
    if root.tag.endswith("sitemapindex"):
        children = [(e.findtext(f"{_SM}loc") or "").strip() for e in root.iter(f"{_SM}sitemap")]
        return entries, [c for c in children if c]
    for node in root.iter(f"{_SM}url"):
        loc = (node.findtext(f"{_SM}loc") or "").strip()
        if not loc:
            continue
        news = node.find(f"{_NEWS}news")
        entries.append(
            {
                "url": loc,
                "title": news.findtext(f"{_NEWS}title") if news is not None else None,
                "published": (news.findtext(f"{_NEWS}publication_date") if news is not None
                              else None) or node.findtext(f"{_SM}lastmod"),
            }
        )
    return entries, children


@sources.register("sitemap.v1")
def read_sitemap(
    spec: str, *, source: str | None = None, max_depth: int = 2, max_urls: int = 100_000,
    **options: Any,
) -> SourceStream:
    """Pages listed in a (news) sitemap or sitemap index, each fetched."""
    fetcher, own = _with_fetcher(options)
    try:
        yield from _walk_sitemap(spec, fetcher, source, max_depth, [max_urls])
    finally:
        if own:
            fetcher.close()


def _walk_sitemap(
    spec: str, fetcher: Fetcher, source: str | None, depth: int, budget: list[int]
) -> Iterator[RawItem | ItemError]:
    try:
        entries, children = sitemap_entries(_load(spec, fetcher))
    except (OSError, ValueError, FetchError, ET.ParseError) as e:
        yield ItemError(spec, spec, f"cannot read sitemap: {e}")
        return
    for entry in entries:
        if budget[0] <= 0:
            return
        budget[0] -= 1
        url = entry["url"]
        assert url is not None
        item = RawItem(
            key=item_key(spec, url, url), input=spec, url=url, title=entry["title"],
            published=entry["published"], source=source,
        )
        yield fetch_item(item, fetcher)
    if depth > 0:
        for child in children:
            yield from _walk_sitemap(child, fetcher, source, depth - 1, budget)
