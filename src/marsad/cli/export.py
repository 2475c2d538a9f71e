"""``marsad export --what events|articles|entities --format csv|jsonl|parquet -o FILE``.

The rows and writers are :mod:`marsad.store.export`, shared with the API's download.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console

from marsad.cli.search import filter_options, make_filter, open_db
from marsad.store.export import FORMATS, ROWS, iter_rows, write_file

err = Console(stderr=True)


@click.command()
@click.option("--what", type=click.Choice(list(ROWS)), default="events", show_default=True)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)),
              default=None, help="Default: from the output file's suffix.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@filter_options
def export(what: str, fmt: str | None, output: Path, db: str | None, **filters: Any) -> None:
    """Write events, articles or entities to CSV, JSONL or Parquet (same filters as search)."""
    fmt = fmt or {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(
        output.suffix.lower(), "jsonl")
    store = open_db(db)
    try:
        with output.open("wb") as fh:
            n = write_file(iter_rows(store, what, make_filter(**filters)), fmt, fh)
    finally:
        store.close()
    err.print(f"wrote {n} {what} to {output} ({fmt})")
