"""``marsad ingest SOURCE... --db URL`` and ``marsad reprocess --db URL``.

Ingest is idempotent (content hash + canonical URL) and resumable (whole batches are
committed with their ingest-log entries; a rerun skips logged items). Workers run
extraction and the analysis pipeline; the parent is the single writer.
"""

from __future__ import annotations

import functools
import logging
import sys
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from marsad.errors import MarsadError
from marsad.pipeline import Pipeline
from marsad.settings import load_settings

err = Console(stderr=True)


def build_pipeline(components: tuple[str, ...] | None, config: str | None) -> Pipeline:
    """Module-level (picklable) pipeline factory for worker processes."""
    settings = load_settings(config)
    if components is not None and not components:
        return Pipeline([], on_error=settings.pipeline.on_error)  # type: ignore[arg-type]
    if components:
        return Pipeline.from_settings(settings, components=list(components))
    return Pipeline.from_settings(settings)


def _components(value: str | None, no_analysis: bool) -> tuple[str, ...] | None:
    if no_analysis:
        return ()
    if value is None:
        return None
    return tuple(c.strip() for c in value.split(",") if c.strip())


def _summary_table(title: str, summary: Any) -> Table:
    table = Table(title=title, show_header=False)
    d = summary.as_dict()
    for key in ("read", "new", "duplicates", "near_duplicates", "failed", "skipped",
                "analysis_errors", "events_new", "events_merged"):
        table.add_row(key.replace("_", " "), str(d[key]))
    for reason, n in d["reasons"].items():
        table.add_row(f"  failed: {reason}", str(n))
    return table


_db_option = click.option(
    "--db", "db", default=None, help="Store URL (sqlite:///marsad.db, postgresql://...); "
    "default: settings store.url.")
_workers_option = click.option(
    "-j", "--workers", type=int, default=None,
    help="Worker processes (0: in-process; default: settings store.workers, 0 there = cores).")


@click.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--type", "kind", type=click.Choice(["files", "json", "rss", "sitemap", "warc",
              "urls"]), default=None, help="Source type (default: from each input's name).")
@click.option("--map", "field_map", default=None,
              help="JSON field mapping, e.g. text=content,published=date_extracted.")
@click.option("--source-name", default=None, help="Outlet name for items that carry none.")
@_workers_option
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local")
@click.option("--batch-size", type=int, default=16, show_default=True)
@click.option("--limit", type=int, default=None, help="Stop after this many items.")
@click.option("--components", default=None, help="Comma-separated pipeline components "
              "(default: settings pipeline.components).")
@click.option("--no-analysis", is_flag=True, help="Store extracted articles only.")
@click.option("--rate", type=float, default=1.0, show_default=True,
              help="HTTP: seconds between requests to one host.")
@click.option("--ignore-robots", is_flag=True, help="HTTP: do not obey robots.txt.")
@click.option("--config", default=None, help="Settings file (TOML).")
def ingest(
    sources: tuple[str, ...], db: str | None, kind: str | None, field_map: str | None,
    source_name: str | None, workers: int | None, engine: str, batch_size: int,
    limit: int | None, components: str | None, no_analysis: bool, rate: float,
    ignore_robots: bool, config: str | None,
) -> None:
    """Read SOURCES (files, directories, JSON/JSONL/zip, feeds, sitemaps, WARC, URLs),
    analyse them and store the result. Safe to rerun: stored items are skipped."""
    from marsad.ingest.run import ingest as run_ingest
    from marsad.store import open_store

    settings = load_settings(config)
    db = db or settings.store.url
    if workers is None:
        workers = settings.store.workers or -1
    comps = _components(components, no_analysis)
    factory = functools.partial(build_pipeline, comps, config)
    options: dict[str, Any] = {
        "field_map": field_map, "source": source_name, "min_interval": rate,
        "respect_robots": not ignore_robots, "user_agent": settings.extract.user_agent,
        "timeout": settings.extract.fetch_timeout, "max_bytes": settings.extract.max_bytes,
    }
    try:
        factory()  # fail here, not in a worker, when the pipeline cannot be built
        store = open_store(db)
    except MarsadError as e:
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)
    if logging.getLogger().level >= logging.WARNING:
        # per-article component failures are counted in the summary; don't flood the bar
        logging.getLogger("marsad.pipeline").setLevel(logging.ERROR)
    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/bold]"), BarColumn(),
        TextColumn("{task.fields[stats]}"), TimeElapsedColumn(), console=err,
        transient=False,
    )
    task = progress.add_task("ingest", total=limit, stats="")

    def update(s: Any) -> None:
        done = s.read + s.skipped
        progress.update(
            task, completed=done,
            stats=f"read {s.read}  new {s.new}  dup {s.duplicates}  failed {s.failed}"
            f"  skipped {s.skipped}",
        )

    try:
        with progress:
            summary = run_ingest(
                sources, store, kind=kind, source_options=options, engine=engine,
                workers=workers, batch_size=batch_size, pipeline_factory=factory,
                cluster_settings=settings.cluster, progress=update, limit=limit,
            )
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]: committed batches are kept; "
                  "rerun the same command to finish.")
        store.close()
        sys.exit(130)
    except MarsadError as e:
        err.print(f"[red]error:[/red] {e}")
        store.close()
        sys.exit(1)
    store.close()
    err.print(_summary_table(f"ingest into {db}", summary))


@click.command()
@_db_option
@_workers_option
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local")
@click.option("--batch-size", type=int, default=16, show_default=True)
@click.option("--components", default=None, help="Comma-separated pipeline components.")
@click.option("--force", is_flag=True, help="Re-analyse every article, even current ones.")
@click.option("--config", default=None, help="Settings file (TOML).")
def reprocess(
    db: str | None, workers: int | None, engine: str, batch_size: int,
    components: str | None, force: bool, config: str | None,
) -> None:
    """Re-analyse stored articles whose pipeline version is not the current one
    (no re-reading of sources)."""
    from marsad.ingest.run import reprocess as run_reprocess
    from marsad.store import open_store

    settings = load_settings(config)
    db = db or settings.store.url
    if workers is None:
        workers = settings.store.workers or -1
    factory = functools.partial(build_pipeline, _components(components, False), config)
    try:
        factory()
        store = open_store(db)
    except MarsadError as e:
        err.print(f"[red]error:[/red] {e}")
        sys.exit(2)
    with Progress(SpinnerColumn(), TextColumn("[bold]reprocess[/bold] {task.fields[n]}"),
                  TimeElapsedColumn(), console=err) as progress:
        task = progress.add_task("reprocess", n="")
        summary = run_reprocess(
            store, engine=engine, workers=workers, batch_size=batch_size,
            pipeline_factory=factory, force=force,
            progress=lambda s: progress.update(task, n=f"{s.new} articles"),
        )
    store.close()
    err.print(f"re-analysed {summary.new} articles ({summary.failed} with errors)")
