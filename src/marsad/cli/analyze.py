"""``marsad analyze INPUT...``: read pages, run the pipeline, print articles.

An INPUT is a file (HTML or text, sniffed; ``.gz`` is fine), a directory (every page
in it, sorted), an ``http(s)://`` URL, or ``-`` for stdin. With ``--input-format jsonl``
each input holds one JSON object per line: ``{"id", "text" | "html", "url"?,
"published"?, "title"?}``. One input prints JSON (or a readable view on a terminal);
several print JSONL, one line per input in input order, each with its ``"input"``.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from marsad.errors import MarsadError
from marsad.models import Article, to_dict
from marsad.settings import Settings, load_settings

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
FORMATS = ("json", "jsonl", "pretty", "plover", "gdelt")



def _warn(message: str, level: str = "warning") -> None:
    """One unwrapped line on stderr (file names must stay whole for grep)."""
    color = "red" if level == "error" else "yellow"
    click.echo(f"{click.style(level + ':', fg=color)} {message}", err=True)


@dataclass
class Item:
    """One page to analyse: its name (path, URL, id) and how to read it."""

    name: str
    raw: bytes | str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    error: str | None = None


def _is_page(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return not path.name.startswith(".") and (name.endswith(PAGE_SUFFIXES) or "." not in name)


def _read_file(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if max_bytes and size > max_bytes:
        from marsad.errors import InputTooLargeError

        raise InputTooLargeError(
            f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
            "(settings: extract.max_bytes)", str(path))
    return path.read_bytes()  # gzip is undone by marsad.extract


def _fetch(url: str, settings: Settings) -> bytes:
    import httpx

    from marsad.errors import FetchError

    try:
        resp = httpx.get(url, timeout=settings.extract.fetch_timeout, follow_redirects=True,
                         headers={"User-Agent": settings.extract.user_agent})
        resp.raise_for_status()
    except httpx.HTTPError as e:
        raise FetchError(f"fetch failed: {e}", url) from e
    return resp.content


def _jsonl_items(name: str, lines: Iterator[str]) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Item(where, error=f"{where}: not JSON: {e}")
            continue
        if not isinstance(obj, dict):
            yield Item(where, error=f"{where}: expected a JSON object")
            continue
        raw = obj.get("html") or obj.get("text")
        item_id = str(obj.get("id") or where)
        if not isinstance(raw, str):
            yield Item(item_id, error=f"{item_id}: no 'text' or 'html' field")
            continue
        yield Item(item_id, raw, obj.get("url"), obj.get("published"), obj.get("title"))


def iter_items(inputs: tuple[str, ...], input_format: str, settings: Settings) -> Iterator[Item]:
    """Every page the inputs name, in input order (directories sorted)."""
    max_bytes = settings.extract.max_bytes
    for inp in inputs:
        if input_format == "jsonl":
            if inp == "-":
                yield from _jsonl_items("<stdin>", iter(sys.stdin))
                continue
            try:
                with open(inp, encoding="utf-8") as fh:
                    yield from _jsonl_items(inp, iter(fh))
            except (OSError, UnicodeDecodeError) as e:
                yield Item(inp, error=f"{inp}: cannot read: {e}")
            continue
        if inp == "-":
            yield Item("<stdin>", sys.stdin.buffer.read())
        elif inp.startswith(("http://", "https://")):
            try:
                yield Item(inp, _fetch(inp, settings), url=inp)
            except MarsadError as e:
                yield Item(inp, error=str(e))
        else:
            path = Path(inp)
            if path.is_dir():
                pages = sorted(p for p in path.rglob("*") if p.is_file() and _is_page(p))
                if not pages:
                    yield Item(inp, error=f"{inp}: no pages (.html, .htm, .txt, .gz) in directory")
                for p in pages:
                    yield _file_item(p, max_bytes)
            elif path.is_file():
                yield _file_item(path, max_bytes)
            else:
                yield Item(inp, error=f"{inp}: no such file or directory")


def _file_item(path: Path, max_bytes: int) -> Item:
    try:
        return Item(str(path), _read_file(path, max_bytes))
    except MarsadError as e:
        return Item(str(path), error=str(e))
    except OSError as e:
        return Item(str(path), error=f"{path}: cannot read: {e.strerror or e}")


def build_pipeline(settings: Settings, components: str | None) -> Any:
    """The configured pipeline, built only from registered components whose needs are met."""
    from marsad.pipeline import BASE_FIELDS, Pipeline
    from marsad.registry import components as registry

    if components is None:
        names = list(settings.pipeline.components)
    elif components.strip().lower() in ("", "none"):
        names = []
    else:
        names = [n.strip() for n in components.split(",") if n.strip()]
    known = set(registry.names())
    built, available = [], set(BASE_FIELDS)
    for name in names:
        if name not in known:
            _warn(f"component {name!r} is not registered; skipped")
            continue
        comp = registry.get(name)(settings)
        missing = [r for r in comp.requires if r not in available]
        if missing:
            _warn(f"component {name!r} needs {', '.join(missing)}; skipped")
            continue
        built.append(comp)
        available.update(comp.assigns)
    return Pipeline(built, on_error=settings.pipeline.on_error,  # type: ignore[arg-type]
                    batch_size=settings.pipeline.batch_size)


def _export(article: Article, fmt: str) -> list[dict[str, Any]]:
    import importlib

    try:
        export = importlib.import_module("marsad.events.export")
    except ImportError as e:
        raise click.ClickException(f"--format {fmt} needs marsad.events.export: {e}") from e
    fn = getattr(export, f"to_{fmt}", None)
    if fn is None:
        raise click.ClickException(f"--format {fmt}: marsad.events.export has no to_{fmt}()")
    return list(fn(article))


def article_json(article: Article, name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"input": name}
    out.update(to_dict(article))
    return out


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--input-format", type=click.Choice(["auto", "jsonl"]), default="auto",
              show_default=True,
              help="jsonl: one {id, text|html, url?, published?, title?} a line.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output: json (one input), jsonl (many), pretty (terminal view), "
              "plover or gdelt (event records). Default: pretty on a terminal, else json/jsonl.")
@click.option("--components", default=None,
              help="Comma list of pipeline components (default: settings; 'none' for "
              "extraction only).")
@click.option("--url", default=None, help="URL of the page (single input).")
@click.option("--published", default=None, help="Publication date, ISO or Arabic (single input).")
@click.option("--title", default=None, help="Title of the page, when known (single input).")
@click.option("--config", "config", type=click.Path(dir_okay=False), default=None,
              help="Settings file (TOML).")
def analyze(inputs: tuple[str, ...], input_format: str, fmt: str | None, components: str | None,
            url: str | None, published: str | None, title: str | None,
            config: str | None) -> None:
    """Read pages (files, directories, URLs, - for stdin) and print what marsad finds."""
    from marsad.extract import extract

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        settings = load_settings(config)
        pipeline = build_pipeline(settings, components)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    # one file, URL or stdin prints one JSON object; anything else streams JSON Lines
    single = len(inputs) == 1 and input_format != "jsonl" and not Path(inputs[0]).is_dir()
    if (url or published or title) and not single:
        raise click.UsageError("--url, --published and --title apply to a single input only")
    if fmt is None:
        fmt = ("pretty" if sys.stdout.isatty() else "json") if single else "jsonl"
    failed = [0]

    def articles() -> Iterator[Article]:
        for item in iter_items(inputs, input_format, settings):
            if item.error:
                _warn(item.error, "error")
                failed[0] += 1
                continue
            try:
                yield extract(item.raw or b"", url=item.url or url,
                              published=item.published or published,
                              title=item.title or title, source=item.name, settings=settings)
            except MarsadError as e:
                _warn(str(e), "error")
                failed[0] += 1

    show = not single and sys.stderr.isatty()
    with Progress(SpinnerColumn(), TextColumn("{task.completed} pages"), transient=True,
                  console=Console(stderr=True), disable=not show) as bar:
        task = bar.add_task("analyze")
        try:
            # batch-first: the pipeline sees batches; output keeps the input order
            for article in pipeline.pipe(articles()):
                name = str(article.meta.get("input", article.id))
                if article.error:
                    _warn(f"{name}: {article.error}")
                    failed[0] += 1
                _print(article, name, fmt, single)
                bar.advance(task)
        except MarsadError as e:  # on_error = "raise"
            _warn(str(e), "error")
            failed[0] += 1
    sys.exit(1 if failed[0] else 0)


def _print(article: Article, name: str, fmt: str, single: bool) -> None:
    if fmt in ("plover", "gdelt"):
        for rec in _export(article, fmt):
            click.echo(json.dumps({"input": name, **rec}, ensure_ascii=False, default=str))
    elif fmt == "pretty":
        render_article(Console(), article, name)
    elif fmt == "json" and single:
        click.echo(json.dumps(article_json(article, name), ensure_ascii=False, indent=2))
    else:
        click.echo(json.dumps(article_json(article, name), ensure_ascii=False))


def render_article(console: Console, article: Article, name: str) -> None:
    """A readable terminal view: header, metadata, body excerpt, entities, events, quotes."""
    from rich.panel import Panel
    from rich.table import Table

    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan")
    meta.add_column()
    rows = [
        ("input", name),
        ("date", article.published.isoformat() if article.published else "-"),
        ("sections", " / ".join(article.sections) or "-"),
        ("agency", article.agency or "-"),
        ("author", article.author or "-"),
        ("source", article.source or "-"),
        ("url", article.url or "-"),
        ("lang", article.lang or "-"),
        ("flags", ", ".join(article.flags) or "-"),
    ]
    for key, val in rows:
        meta.add_row(key, val)
    console.print(Panel(meta, title=article.title or "(no title)", title_align="right"))
    excerpt = article.text if len(article.text) < 1200 else article.text[:1200] + " …"
    console.print(excerpt, highlight=False)
    if article.entities:
        t = Table(title="entities")
        for col in ("id", "label", "type", "country", "role"):
            t.add_column(col)
        for e in article.entities:
            t.add_row(e.id, e.label_ar or e.label_en, e.type, e.country or "", e.role or "")
        console.print(t)
    elif article.mentions:
        t = Table(title="mentions")
        for col in ("text", "label", "entity"):
            t.add_column(col)
        for m in article.mentions:
            t.add_row(m.text, m.label, m.entity_id or "")
        console.print(t)
    if article.events:
        t = Table(title="events")
        for col in ("category", "mode", "actors", "recipients", "status", "date", "trigger"):
            t.add_column(col)
        for ev in article.events:
            t.add_row(ev.category, ev.mode or "", ", ".join(p.code for p in ev.actors),
                      ", ".join(p.code for p in ev.recipients), ev.status, ev.date or "",
                      ev.trigger)
        console.print(t)
    if article.quotes:
        t = Table(title="quotes")
        for col in ("speaker", "kind", "verb", "text"):
            t.add_column(col)
        for q in article.quotes:
            t.add_row(q.speaker_text, q.kind, q.verb, q.text[:120])
        console.print(t)
    if article.error:
        console.print(f"[red]error:[/] {article.error}")
