"""``marsad serve`` (the API and dashboard over a store) and ``marsad demo``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from marsad.settings import load_settings

err = Console(stderr=True)


def _run_server(store_url: str, host: str, port: int, token: str | None) -> None:
    import uvicorn

    from marsad.server import create_app

    settings = load_settings()
    if token:
        settings = settings.replace("server", ingest_token=token)
    app = create_app(store_url, settings)
    err.print(f"[bold green]marsad[/] dashboard at [link]http://{host}:{port}/[/link]"
              f"  (API docs: http://{host}:{port}/api/docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@click.option("--db", "db", default=None, help="Store URL (default: settings store.url).")
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default 8000).")
@click.option("--ingest-token", envvar="MARSAD_SERVER__INGEST_TOKEN", default=None,
              help="Enable POST /api/ingest with this bearer token.")
def serve(db: str | None, host: str | None, port: int | None, ingest_token: str | None) -> None:
    """Serve the REST API and the dashboard over a store."""
    settings = load_settings()
    _run_server(
        db or settings.store.url, host or settings.server.host, port or settings.server.port,
        ingest_token,
    )


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("marsad-demo.db"), show_default=True,
              help="SQLite file to build the demo store in.")
@click.option("--rebuild", is_flag=True, help="Delete the demo store first.")
@click.option("--no-serve", is_flag=True, help="Build the store, do not start the server.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def demo(db_path: Path, rebuild: bool, no_serve: bool, host: str, port: int) -> None:
    """Build a store from the bundled sample articles and serve the dashboard.

    The samples are articles written by the marsad team in the style of real news, with
    fictional outlet names; they are not real reporting.
    """
    from marsad.ingest.run import ingest
    from marsad.samples import samples_path
    from marsad.store import open_store

    if rebuild and db_path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{db_path}"
    with open_store(url) as store, err.status("analysing the sample articles…"):
        summary = ingest([str(samples_path())], store, kind="json", workers=1)
        counts = store.counts()
    err.print(
        f"demo store [bold]{db_path}[/]: {counts['articles']} articles "
        f"({summary.new} new, {summary.duplicates + summary.skipped} already there), "
        f"{counts['events']} events, {counts['clusters_story']} stories, "
        f"{counts['quotes']} quotes"
    )
    if summary.failed:
        err.print(f"[yellow]{summary.failed} sample(s) failed:[/] {dict(summary.reasons)}")
    if no_serve:
        return
    try:
        _run_server(url, host, port, None)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        sys.exit(0)
