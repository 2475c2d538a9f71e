"""What every source yields: raw items to extract, or per-item errors.

A source is a factory registered in :data:`marsad.registry.sources` under a
versioned name (``"jsonl.v1"``); called with one input (path or URL) and options, it
returns an iterator of :class:`RawItem` and :class:`ItemError`. An error never stops
the iteration of other items: it is reported, counted and logged by the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from marsad.ingest.canonical import canonical_url

__all__ = ["ItemError", "RawItem", "SourceFactory", "SourceStream", "item_key"]


@dataclass(frozen=True)
class RawItem:
    """One page or article as read, before extraction.

    Exactly one of ``html`` / ``text`` / ``data`` (bytes, encoding unknown) holds the
    content. ``key`` identifies the item across runs (resume): ``url:<canonical URL>``
    when the item has a URL, else ``<input>#<position>``.
    """

    key: str
    input: str
    html: str | None = None
    text: str | None = None
    data: bytes | None = None
    url: str | None = None
    published: datetime | str | None = None
    title: str | None = None
    source: str | None = None
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content(self) -> str | bytes | None:
        if self.html is not None:
            return self.html
        if self.text is not None:
            return self.text
        return self.data

    @property
    def needs_fetch(self) -> bool:
        return self.content is None and self.url is not None


@dataclass(frozen=True)
class ItemError:
    """An item that could not be read; ``reason`` says why (shown in the summary)."""

    key: str
    input: str
    reason: str


SourceStream = Iterator[RawItem | ItemError]


class SourceFactory(Protocol):
    def __call__(self, spec: str, **options: Any) -> SourceStream: ...


def item_key(input_name: str, position: str | int, url: str | None = None) -> str:
    if url:
        try:
            return "url:" + canonical_url(url)
        except ValueError:
            pass
    return f"{input_name}#{position}"
