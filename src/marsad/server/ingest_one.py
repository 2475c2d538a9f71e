"""The API's ingest endpoint: one page through the same run as ``marsad ingest``.

A posted page goes through extraction, the pipeline, deduplication and clustering in
this process (no worker pool for one item), so it lands exactly as a batch ingest would
put it. URLs are fetched with every hop checked: a redirect to a private address is
refused like the URL itself.
"""

from __future__ import annotations

import hashlib
from typing import Any

import httpx

from marsad.errors import FetchError
from marsad.ingest.base import RawItem
from marsad.ingest.http import Fetcher
from marsad.server.security import Resolver, UnsafeURLError, check_public_url
from marsad.settings import Settings
from marsad.store.base import Store

__all__ = ["fetch_public", "ingest_page"]


class _PublicOnlyTransport(httpx.HTTPTransport):
    """Refuses any request (first or redirected) to a non-public host."""

    def __init__(self, resolver: Resolver) -> None:
        super().__init__()
        self.resolver = resolver

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            check_public_url(str(request.url), self.resolver)
        except UnsafeURLError as e:
            raise httpx.ConnectError(str(e), request=request) from e
        return super().handle_request(request)


def fetch_public(url: str, settings: Settings, resolver: Resolver) -> bytes:
    """The body at ``url``, fetched politely, public hosts only."""
    check_public_url(url, resolver)
    fetcher = Fetcher(
        user_agent=settings.extract.user_agent,
        timeout=settings.extract.fetch_timeout,
        max_bytes=settings.extract.max_bytes,
        min_interval=0.0,
        max_retries=1,
        transport=_PublicOnlyTransport(resolver),
    )
    with fetcher:
        try:
            return fetcher.get(url).content
        except httpx.HTTPError as e:  # a refused hop surfaces as a transport error
            raise FetchError(str(e), url) from e


def ingest_page(
    store: Store,
    raw: str | bytes,
    *,
    url: str | None,
    title: str | None,
    published: str | None,
    source: str | None,
) -> dict[str, Any]:
    from marsad.ingest.run import ingest

    digest = hashlib.sha1(raw if isinstance(raw, bytes) else raw.encode("utf-8")).hexdigest()
    key = f"api#{digest[:16]}"
    fields: dict[str, Any] = {"data": raw} if isinstance(raw, bytes) else {"text": raw}
    if isinstance(raw, str) and raw.lstrip().startswith("<"):
        fields = {"html": raw}
    item = RawItem(
        key=key, input="api", url=url, title=title, published=published, source=source,
        **fields,
    )
    summary = ingest(["api"], store, items=[item], workers=0)
    out: dict[str, Any] = summary.as_dict()
    out["status"] = "failed" if summary.failed else "stored" if summary.new else "duplicate"
    return out
