"""Sources: where raw pages come from.

Every source is registered in :data:`marsad.registry.sources` under a versioned name
and yields :class:`RawItem` (content to extract) or :class:`ItemError` (an item that
could not be read; the run goes on):

=============  =====================================================================
``files.v1``   .txt / .html / .htm files (optionally .gz), or a directory of them
``json.v1``    .json arrays, .jsonl lines, and .zip files of either (SaudiNewsNet)
``rss.v1``     RSS / Atom feeds (file or URL), full-text entries or fetched links
``sitemap.v1`` news sitemaps and sitemap indexes (file or URL), pages fetched
``warc.v1``    WARC / WARC.gz files (CC-NEWS)
``urls.v1``    a URL, or a file listing URLs, fetched politely (robots.txt, rate limit)
=============  =====================================================================

:func:`open_source` picks one by the input's name, or by ``kind``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError
from marsad.ingest.base import ItemError, RawItem, SourceStream, item_key
from marsad.ingest.canonical import canonical_url
from marsad.registry import sources

__all__ = [
    "KINDS",
    "ItemError",
    "RawItem",
    "SourceStream",
    "canonical_url",
    "detect_kind",
    "item_key",
    "open_source",
]

log = logging.getLogger(__name__)

# short kind name (CLI --type) -> registered source
KINDS = {
    "files": "files.v1",
    "json": "json.v1",
    "rss": "rss.v1",
    "sitemap": "sitemap.v1",
    "warc": "warc.v1",
    "urls": "urls.v1",
}


def detect_kind(spec: str) -> str | None:
    """The source kind for an input, from its name (and, for XML, its root element)."""
    lower = spec.lower()
    if lower.startswith(("http://", "https://")):
        if "sitemap" in lower:
            return "sitemap"
        if lower.endswith((".rss", ".atom", "/feed", "/rss", "/feed/", "/rss/")):
            return "rss"
        return "urls"
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if Path(spec).is_dir() or lower.endswith((".txt", ".text", ".html", ".htm", ".xhtml")):
        return "files"
    if lower.endswith((".json", ".jsonl", ".ndjson", ".zip")):
        return "json"
    if lower.endswith((".warc", ".arc")):
        return "warc"
    if lower.endswith((".rss", ".atom")):
        return "rss"
    if lower.endswith(".urls"):
        return "urls"
    if lower.endswith(".xml"):
        try:
            with open(spec, "rb") as fh:
                head = fh.read(4096)
        except OSError:
            return "rss"
        return "sitemap" if b"<urlset" in head or b"<sitemapindex" in head else "rss"
    return None


def open_source(spec: str, kind: str | None = None, **options: Any) -> SourceStream:
    """Items of one input, through the source its name (or ``kind``) calls for."""
    kind = kind or detect_kind(spec)
    if kind is None:
        log.info("%s: not a known input type, skipped", spec)
        return iter([ItemError(spec, spec, "unknown input type (use --type)")])
    name = KINDS.get(kind, kind)
    if name not in sources:
        raise ConfigError(f"unknown source {kind!r} (known: {', '.join(KINDS)})")
    stream: SourceStream = sources.get(name)(spec, **options)
    return stream


def _register_builtins() -> None:
    # the source modules register themselves on import (they import this package's
    # base modules, so they are imported last)
    from marsad.ingest import feeds, files, http, jsonsrc, warc  # noqa: F401


_register_builtins()
