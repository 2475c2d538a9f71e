"""Export rows: events, articles or entities as flat records, written as CSV, JSONL or Parquet.

One exporter serves ``marsad export`` (to a file) and the API's download endpoint (to a
streaming response): :func:`iter_rows` gives the records with the same filters as every
other query, :func:`write_rows` writes them to a binary file object block by block.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, BinaryIO, Protocol

from marsad.models import to_dict
from marsad.store.base import Store
from marsad.store.records import EventFilter

__all__ = ["FORMATS", "ROWS", "iter_rows", "write_file", "write_rows"]

FORMATS = ("csv", "jsonl", "parquet")
_BLOCK = 2000  # rows per written block


class Writable(Protocol):
    def write(self, data: bytes, /) -> Any: ...


def event_rows(store: Store, f: EventFilter) -> Iterator[dict[str, Any]]:
    for e in store.iter_events(f):
        yield {
            "id": e.id, "date": e.date, "day": e.day, "category": e.category, "mode": e.mode,
            "cameo": e.cameo, "quad": e.quad, "status": e.status,
            "actors": ";".join(p["code"] for p in e.actors),
            "actor_ids": ";".join(p["entity_id"] or "" for p in e.actors),
            "recipients": ";".join(p["code"] for p in e.recipients),
            "recipient_ids": ";".join(p["entity_id"] or "" for p in e.recipients),
            "location": e.location, "location_text": e.location_text, "story_id": e.story_id,
            "n_sources": e.n_sources, "confidence": e.confidence,
            "source_articles": ";".join(s.article_id for s in e.sources),
            "source_urls": ";".join(s.url or "" for s in e.sources),
            "triggers": ";".join(sorted({s.trigger for s in e.sources if s.trigger})),
        }


def article_rows(store: Store, f: EventFilter) -> Iterator[dict[str, Any]]:
    for a in store.iter_articles(f):
        yield {
            "id": a.id, "url": a.url, "source": a.source, "title": a.title,
            "published": a.published.isoformat() if a.published else None, "lang": a.lang,
            "agency": a.agency, "story_id": a.cluster_id,
            "dup_group": a.meta.get("dup_group"), "n_events": len(a.events),
            "n_mentions": len(a.mentions), "text": a.text,
        }


def entity_rows(store: Store, f: EventFilter) -> Iterator[dict[str, Any]]:
    for e in store.iter_entities():
        yield to_dict(e)  # type: ignore[no-any-return]


ROWS: dict[str, Callable[[Store, EventFilter], Iterator[dict[str, Any]]]] = {
    "events": event_rows,
    "articles": article_rows,
    "entities": entity_rows,
}


def iter_rows(
    store: Store, what: str, filters: EventFilter | None = None, *, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    rows = ROWS[what](store, filters or EventFilter())
    return islice(rows, limit) if limit is not None else rows


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: Writable) -> Iterator[int]:
    """Write ``rows`` to ``out`` as ``fmt``; yields the running row count after each block."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "parquet":
        yield from _parquet(rows, out)
        return
    n = 0
    header: list[str] | None = None
    it = iter(rows)
    while block := list(islice(it, _BLOCK)):
        text = io.StringIO()
        if fmt == "jsonl":
            for row in block:
                text.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            if header is None:
                header = list(block[0])
                csv.writer(text).writerow(header)
            writer = csv.DictWriter(text, fieldnames=header, extrasaction="ignore")
            writer.writerows(block)
        out.write(text.getvalue().encode("utf-8"))
        n += len(block)
        yield n


def _parquet(rows: Iterable[dict[str, Any]], out: Writable) -> Iterator[int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    writer: Any = None
    n = 0
    it = iter(rows)
    while block := list(islice(it, _BLOCK)):
        table = pa.Table.from_pylist(block)
        if writer is None:
            writer = pq.ParquetWriter(sink, table.schema)
        else:
            table = table.cast(writer.schema)
        writer.write_table(table)
        n += len(block)
    if writer is None:  # no rows: an empty file that still reads as Parquet
        writer = pq.ParquetWriter(sink, pa.schema([]))
    writer.close()
    out.write(sink.getvalue().to_pybytes())
    yield n


def write_file(rows: Iterable[dict[str, Any]], fmt: str, out: BinaryIO) -> int:
    """Write every row; returns how many were written."""
    n = 0
    for count in write_rows(rows, fmt, out):
        n = count
    return n
