"""Streaming downloads for the API: events, articles or entities as CSV, JSONL or Parquet.

Rows come from the store's exporter (the same one ``marsad export`` uses); this module
only turns them into byte chunks for a streaming response.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.store import open_store
from marsad.store.export import iter_rows, write_rows
from marsad.store.records import EventFilter

__all__ = ["MEDIA_TYPES", "export_rows"]

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


class _Chunks:
    """A write-only file that collects what is written, handed out chunk by chunk."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes | str) -> int:
        self.parts.append(data.encode("utf-8") if isinstance(data, str) else data)
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def export_rows(
    store_url: str, what: str, fmt: str, filters: EventFilter, *, limit: int
) -> Iterator[bytes]:
    sink = _Chunks()
    with open_store(store_url) as store:
        rows = iter_rows(store, what, filters, limit=limit)
        for _ in write_rows(rows, fmt, sink):  # yields after each block it writes
            if chunk := sink.take():
                yield chunk
    if chunk := sink.take():
        yield chunk
