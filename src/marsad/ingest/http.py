"""Polite HTTP fetching (httpx): robots.txt, per-host rate limit, retries, limits.

:class:`Fetcher` is what every URL-based source uses:

- robots.txt is fetched once per host and obeyed (RFC 9309: a 4xx robots.txt allows
  everything, an unreachable or 5xx one disallows everything); its Crawl-delay raises
  the per-host interval;
- at most one request per ``min_interval`` seconds to the same host;
- retries with exponential backoff on timeouts, connection errors, 429 and 5xx
  (``Retry-After`` honoured up to ``max_backoff``);
- a timeout per request, a size limit (Content-Length and while streaming), an
  allow-list of content types, and a bounded number of redirects.

Every failure is a :class:`marsad.errors.FetchError` naming the URL.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib import robotparser
from urllib.parse import urlsplit

import httpx

from marsad.errors import FetchError
from marsad.ingest.base import ItemError, RawItem, SourceStream, item_key
from marsad.registry import sources

__all__ = ["DEFAULT_CONTENT_TYPES", "FetchResult", "Fetcher", "read_urls"]

log = logging.getLogger(__name__)

DEFAULT_CONTENT_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
    "application/rss+xml", "application/atom+xml", "application/json",
)
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


class Fetcher:
    """A shared, thread-safe HTTP client with the politeness rules above."""

    def __init__(
        self,
        *,
        user_agent: str = "marsad",
        timeout: float = 20.0,
        max_bytes: int = 20_000_000,
        min_interval: float = 1.0,
        max_retries: int = 2,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        max_redirects: int = 5,
        content_types: tuple[str, ...] = DEFAULT_CONTENT_TYPES,
        respect_robots: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.max_bytes = max_bytes
        self.min_interval = min_interval
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.content_types = content_types
        self.respect_robots = respect_robots
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=max_redirects,
            transport=transport,
        )
        self._robots: dict[str, robotparser.RobotFileParser | None] = {}
        self._next_slot: dict[str, float] = {}
        self._interval: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- politeness ------------------------------------------------------------------
    @staticmethod
    def _host(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, 0.0))
            self._next_slot[host] = slot + self._interval.get(host, self.min_interval)
        if slot > now:
            time.sleep(slot - now)

    def _robots_for(self, host: str) -> robotparser.RobotFileParser | None:
        if host in self._robots:
            return self._robots[host]
        parser: robotparser.RobotFileParser | None = robotparser.RobotFileParser()
        assert parser is not None
        try:
            self._wait_turn(host)
            resp = self._client.get(host + "/robots.txt")
            if resp.status_code >= 500:
                parser.disallow_all = True  # type: ignore[attr-defined]
            elif resp.status_code >= 400:
                parser.allow_all = True  # type: ignore[attr-defined]
            else:
                parser.parse(resp.text[:500_000].splitlines())
                delay = parser.crawl_delay(self.user_agent)
                if delay:
                    self._interval[host] = max(self.min_interval, float(delay))
        except httpx.HTTPError as e:
            log.info("robots.txt of %s unreachable (%r): not crawling it", host, e)
            parser.disallow_all = True  # type: ignore[attr-defined]
        self._robots[host] = parser
        return parser

    def allowed(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        parser = self._robots_for(self._host(url))
        return parser is None or parser.can_fetch(self.user_agent, url)

    # -- fetching --------------------------------------------------------------------
    def get(self, url: str) -> FetchResult:
        """Fetch ``url`` under every rule above, or raise FetchError."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError("only http and https URLs are fetched", url)
        if not self.allowed(url):
            raise FetchError("disallowed by robots.txt", url)
        host = self._host(url)
        attempt = 0
        while True:
            self._wait_turn(host)
            try:
                return self._get_once(url)
            except _Retry as r:
                if attempt >= self.max_retries:
                    raise FetchError(f"{r.reason} (after {attempt + 1} attempts)", url) from None
                delay = min(self.max_backoff, r.retry_after or self.backoff * 2**attempt)
                log.info("%s: %s, retrying in %.1fs", url, r.reason, delay)
                time.sleep(delay)
                attempt += 1

    def _get_once(self, url: str) -> FetchResult:
        try:
            with self._client.stream("GET", url) as resp:
                if resp.status_code in _RETRY_STATUS:
                    raise _Retry(f"HTTP {resp.status_code}", _retry_after(resp))
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code}", url)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and not ctype.startswith(self.content_types):
                    raise FetchError(f"content type {ctype!r} not accepted", url)
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"body of {length} bytes over the limit", url)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"body over the limit of {self.max_bytes} bytes", url)
                    chunks.append(chunk)
                return FetchResult(str(resp.url), resp.status_code, b"".join(chunks), ctype)
        except httpx.TooManyRedirects as e:
            raise FetchError("too many redirects", url) from e
        except httpx.TimeoutException:
            raise _Retry("timed out") from None
        except httpx.TransportError as e:
            raise _Retry(f"connection failed: {type(e).__name__}") from None


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def make_fetcher(**options: Any) -> Fetcher:
    keys = ("user_agent", "timeout", "max_bytes", "min_interval", "max_retries", "backoff",
            "max_redirects", "respect_robots")
    return Fetcher(**{k: v for k, v in options.items() if k in keys and v is not None})


def fetch_item(item: RawItem, fetcher: Fetcher) -> RawItem | ItemError:
    """Fill in the content of a URL-only item (from a sitemap or a feed)."""
    assert item.url is not None
    try:
        got = fetcher.get(item.url)
    except FetchError as e:
        return ItemError(item.key, item.input, str(e))
    return RawItem(
        key=item.key, input=item.input, data=got.content, url=got.url,
        published=item.published, title=item.title, source=item.source, id=item.id,
        meta={**item.meta, "content_type": got.content_type},
    )


@sources.register("urls.v1")
def read_urls(
    spec: str, *, fetcher: Fetcher | None = None, source: str | None = None, **options: Any
) -> SourceStream:
    """One URL, or a file listing URLs one per line (``#`` comments), each fetched."""
    if spec.startswith(("http://", "https://")):
        urls = [spec]
    else:
        try:
            with open(spec, encoding="utf-8") as fh:
                urls = [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]
        except OSError as e:
            yield ItemError(spec, spec, f"cannot read URL list: {e}")
            return
    own = fetcher is None
    fetcher = fetcher or make_fetcher(**options)
    try:
        for i, url in enumerate(urls):
            item = RawItem(key=item_key(spec, i, url), input=spec, url=url, source=source)
            yield fetch_item(item, fetcher)
    finally:
        if own:
            fetcher.close()
