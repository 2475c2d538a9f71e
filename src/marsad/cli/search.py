"""``marsad search "QUERY" --db URL [filters]``: ranked, snippeted full-text search.

The filter options here are shared with ``marsad export``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from marsad.errors import MarsadError
from marsad.settings import load_settings
from marsad.store.records import EventFilter

out = Console()
err = Console(stderr=True)

QUADS = {"verbal-coop": 1, "material-coop": 2, "verbal-conflict": 3, "material-conflict": 4}


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The filters every query command takes."""
    options = [
        click.option("--db", default=None, help="Store URL (default: settings store.url)."),
        click.option("--actor", default=None, help="Actor: KB id (Q82955), code (SYRGOV, SYR) "
                     "or name."),
        click.option("--recipient", default=None, help="Recipient: KB id, code or name."),
        click.option("--category", default=None, help="PLOVER category (CONSULT, ASSAULT ...)."),
        click.option("--quad", default=None, help="Quad class: 1-4 or verbal-coop, "
                     "material-coop, verbal-conflict, material-conflict."),
        click.option("--country", default=None, help="ISO-3 country of any participant."),
        click.option("--outlet", default=None, help="Outlet (article source)."),
        click.option("--since", "date_from", default=None, help="From this day (YYYY-MM-DD)."),
        click.option("--until", "date_to", default=None, help="Up to this day, inclusive."),
        click.option("--status", default=None, help="Event status (asserted, negated ...)."),
        click.option("--story", default=None, help="Story cluster id."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_filter(**kw: Any) -> EventFilter:
    quad = kw.get("quad")
    if quad is not None:
        quad = QUADS.get(str(quad).lower(), quad)
        try:
            quad = int(quad)
        except ValueError:
            raise click.BadParameter(f"unknown quad class {kw['quad']!r}") from None
    return EventFilter(
        actor=kw.get("actor"), recipient=kw.get("recipient"), category=kw.get("category"),
        quad=quad, country=kw.get("country"), outlet=kw.get("outlet"),
        date_from=kw.get("date_from"), date_to=kw.get("date_to"), status=kw.get("status"),
        story=kw.get("story"),
    )


def open_db(db: str | None) -> Any:
    from marsad.store import open_store

    try:
        return open_store(db or load_settings().store.url)
    except MarsadError as e:
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)


@click.command()
@click.argument("query")
@filter_options
@click.option("-n", "--limit", type=int, default=20, show_default=True)
@click.option("--offset", type=int, default=0)
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
def search(query: str, limit: int, offset: int, as_json: bool, db: str | None,
           **filters: Any) -> None:
    """Full-text search over normalised, clitic-stripped text (الأسد finds بالأسد)."""
    store = open_db(db)
    page = store.search(query, make_filter(**filters), limit=limit, offset=offset)
    store.close()
    if as_json:
        for hit in page.items:
            click.echo(json.dumps(hit.__dict__, ensure_ascii=False))
        return
    table = Table(title=f"{page.total} articles match «{query}»", show_lines=True)
    for col in ("score", "date", "outlet", "title / snippet"):
        table.add_column(col)
    for hit in page.items:
        body = Text(hit.title + "\n", style="bold")
        for i, part in enumerate(hit.snippet.replace("]", "[").split("[")):
            body.append(part, style="reverse" if i % 2 else "")
        table.add_row(f"{hit.score:.2f}", (hit.published or "")[:10], hit.source or "", body)
    out.print(table)
