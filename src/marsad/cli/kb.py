"""``marsad kb``: inspect the knowledge base (``stats``, ``lookup NAME``, ``validate``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from marsad.errors import KBError

console = Console()


def _load(path: Path | None, use_cache: bool = True):  # type: ignore[no-untyped-def]
    from marsad.entities.kb import DEFAULT_KB_DIR, compile_kb, load_kb

    try:
        if not use_cache:  # read the files now, past every cache
            return compile_kb(path or DEFAULT_KB_DIR)
        return load_kb(path)
    except KBError as e:
        raise click.ClickException(str(e)) from e


@click.group()
def kb() -> None:
    """Inspect the knowledge base of countries, places, organisations and people."""


_PATH = click.option(
    "--path", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
    help="A knowledge-base directory (default: the shipped one).",
)


@kb.command()
@_PATH
def stats(path: Path | None) -> None:
    """Counts of entries by kind, and where the KB was read from."""
    import time

    t0 = time.perf_counter()
    base = _load(path)
    elapsed = time.perf_counter() - t0
    table = Table(title=f"knowledge base: {base.source}", show_header=True)
    table.add_column("entries")
    table.add_column("count", justify="right")
    for key, value in base.stats().items():
        table.add_row(key.replace("_", " "), f"{value:,}")
    console.print(table)
    console.print(f"loaded in {elapsed:.2f} s")


@kb.command()
@_PATH
def validate(path: Path | None) -> None:
    """Read and check every file (no cache); list every problem with file and line."""
    base = _load(path, use_cache=False)
    console.print(f"[green]ok[/green]: {base.stats()['entities']:,} entities, no problems")


@kb.command()
@click.argument("name", nargs=-1, required=True)
@click.option("--date", "on", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date for roles and actor codes (default: today).")
@click.option("--limit", type=int, default=10, show_default=True, help="Entries shown.")
@_PATH
def lookup(name: tuple[str, ...], on: object, limit: int, path: Path | None) -> None:
    """Entries a NAME may refer to (normalised, proclitics stripped).

    Shows type, country, sector, how the name matched, the actor code at the date and
    the person's roles; also offices, agents and demonyms the name stands for.
    """
    from marsad.entities.kb.aliases import match_form

    base = _load(path)
    text = " ".join(name)
    day: date = on.date() if on is not None else date.today()  # type: ignore[attr-defined]
    hits = base.lookup(text)
    hits.sort(key=lambda h: (h.kind == "short", -h.entry.population))
    norm = match_form(text)
    if hits:
        table = Table(title=f"{text!r} ({norm}) on {day.isoformat()}")
        for col in ("id", "type", "name", "country", "sector", "match", "actor"):
            table.add_column(col)
        for h in hits[:limit]:
            e = h.entry
            match = h.kind + (f" +{h.prefix}" if h.prefix else "")
            table.add_row(
                e.id, f"{e.type}/{e.subtype or ''}", f"{e.name_en}\n{e.name_ar}",
                e.country or "", e.sector or "", match, base.actor_code(e.id, day) or "",
            )
        console.print(table)
        if len(hits) > limit:
            console.print(f"... {len(hits) - limit} more (--limit)")
        for h in hits[:limit]:
            roles = base.roles_of(h.entry.id)
            if not roles:
                continue
            console.print(f"[bold]{h.entry.name_en}[/bold] roles:")
            for r in roles:
                end = r.end.isoformat() if r.end else "now"
                mark = " [green](on date)[/green]" if r.holds_on(day) else ""
                org = f" {r.org}" if r.org else ""
                console.print(
                    f"  {r.office} {r.country or ''}{org} {r.sector} "
                    f"{r.start.isoformat()} – {end}{mark}"
                )
    extra = False
    for office, iso in base.role_phrase(norm):
        extra = True
        holder = base.holder(office.key, iso, day) if iso else None
        who = f" → [bold]{holder.name_en}[/bold] ({holder.id})" if holder else ""
        console.print(f"office: [bold]{office.key}[/bold] {iso or '(any country)'} "
                      f"({office.name_en}, {office.sector}){who}")
    capital = base.capital_phrase(norm)
    if capital is not None:
        extra = True
        console.print(f"capital: [bold]{capital.name_en}[/bold] ({capital.id}, "
                      f"{base.actor_code(capital.id, day) or capital.country})")
    agent = base.agent(norm)
    if agent is not None:
        extra = True
        console.print(f"agent: [bold]{agent.label_en}[/bold] → {agent.sector}")
    iso = base.country_of_demonym(norm)
    if iso:
        extra = True
        console.print(f"demonym of [bold]{iso}[/bold]")
    if not hits and not extra:
        raise click.ClickException(f"nothing in the knowledge base matches {text!r}")
