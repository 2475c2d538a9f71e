"""``marsad export --what events|articles|entities --format csv|jsonl|parquet -o FILE``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from marsad.cli.search import filter_options, make_filter, open_db
from marsad.models import to_dict

err = Console(stderr=True)


def event_rows(store: Any, f: Any) -> Iterator[dict[str, Any]]:
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


def article_rows(store: Any, f: Any) -> Iterator[dict[str, Any]]:
    for a in store.iter_articles(f):
        yield {
            "id": a.id, "url": a.url, "source": a.source, "title": a.title,
            "published": a.published.isoformat() if a.published else None, "lang": a.lang,
            "agency": a.agency, "story_id": a.cluster_id,
            "dup_group": a.meta.get("dup_group"), "n_events": len(a.events),
            "n_mentions": len(a.mentions), "text": a.text,
        }


def entity_rows(store: Any, f: Any) -> Iterator[dict[str, Any]]:
    for e in store.iter_entities():
        yield to_dict(e)  # type: ignore[no-any-return]


ROWS = {"events": event_rows, "articles": article_rows, "entities": entity_rows}


def write(rows: Iterator[dict[str, Any]], fmt: str, path: Path) -> int:
    n = 0
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        with path.open("w", encoding="utf-8", newline="") as fh:
            for row in rows:
                if writer is None:
                    writer = csv.DictWriter(fh, fieldnames=list(row))
                    writer.writeheader()
                writer.writerow(row)
                n += 1
        return n
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch: list[dict[str, Any]] = []
    pwriter: Any = None
    for row in rows:
        batch.append(row)
        n += 1
        if len(batch) >= 5000:
            pwriter = _flush(pa, pq, batch, pwriter, path)
    if batch or pwriter is None:
        pwriter = _flush(pa, pq, batch, pwriter, path)
    if pwriter is not None:
        pwriter.close()
    return n


def _flush(pa: Any, pq: Any, batch: list[dict[str, Any]], writer: Any, path: Path) -> Any:
    table = pa.Table.from_pylist(batch) if batch else pa.table({})
    if writer is None:
        writer = pq.ParquetWriter(str(path), table.schema)
    else:
        table = table.cast(writer.schema)
    writer.write_table(table)
    batch.clear()
    return writer


@click.command()
@click.option("--what", type=click.Choice(list(ROWS)), default="events", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]),
              default=None, help="Default: from the output file's suffix.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@filter_options
def export(what: str, fmt: str | None, output: Path, db: str | None, **filters: Any) -> None:
    """Write events, articles or entities to CSV, JSONL or Parquet (same filters as search)."""
    fmt = fmt or {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(
        output.suffix.lower(), "jsonl")
    store = open_db(db)
    n = write(ROWS[what](store, make_filter(**filters)), fmt, output)
    store.close()
    err.print(f"wrote {n} {what} to {output} ({fmt})")
