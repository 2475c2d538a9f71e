"""``marsad eval extraction DIR``: body precision / recall / F1 against gold pages."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from marsad.errors import MarsadError
from marsad.eval.extraction import (
    EXTRACTORS,
    Case,
    Score,
    Summary,
    load_cases,
    read_page,
    summarize,
)


def run(cases: list[Case], systems: list[str], progress: bool = False) -> dict[str, Any]:
    """Score every system on every case; a page a system fails on scores 0."""
    results: dict[str, Any] = {"pages": [], "overall": {}}
    scores: dict[str, list[Score | None]] = {s: [] for s in systems}
    seconds = dict.fromkeys(systems, 0.0)
    with Progress(transient=True, disable=not progress, console=Console(stderr=True)) as bar:
        task = bar.add_task("scoring", total=len(cases))
        for case in cases:
            raw = read_page(case.page)
            row: dict[str, Any] = {"id": case.id, "layout": case.layout, "kind": case.kind,
                                   "page": str(case.page)}
            for name in systems:
                t0 = time.perf_counter()
                try:
                    got: Score | None = case.score(EXTRACTORS[name](raw, case.url, str(case.page)))
                    row[name] = _score_dict(got)
                except MarsadError as e:
                    got, row[name] = None, {"error": str(e)}
                seconds[name] += time.perf_counter() - t0
                scores[name].append(got)
            results["pages"].append(row)
            bar.advance(task)
    kinds = [c.kind for c in cases]
    for name in systems:
        summary = summarize(scores[name], kinds)
        results["overall"][name] = _summary_dict(summary) | {"seconds": round(seconds[name], 2)}
    return results


def _score_dict(s: Score | None) -> dict[str, float] | None:
    if s is None:
        return None
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}


def _summary_dict(s: Summary) -> dict[str, Any]:
    return {
        "pages": s.pages,
        "failures": s.failures,
        "macro": {"precision": round(s.macro_precision, 4), "recall": round(s.macro_recall, 4),
                  "f1": round(s.macro_f1, 4)},
        "micro_full_body": _score_dict(s.micro),
    }


def _table(results: dict[str, Any], systems: list[str], per_page: bool) -> Table:
    table = Table(title="extraction: body token P / R / F1")
    table.add_column("page" if per_page else "system")
    if per_page:
        for name in systems:
            table.add_column(f"{name} F1", justify="right")
        for row in results["pages"]:
            cells = []
            for name in systems:
                sc = row.get(name)
                cells.append(f"{sc['f1']:.3f}" if sc and "f1" in sc else "error")
            table.add_row(f"{row['layout']}:{row['id']}", *cells)
        return table
    for col in ("pages", "macro P", "macro R", "macro F1", "micro F1 (full body)", "seconds"):
        table.add_column(col, justify="right")
    for name in systems:
        o = results["overall"][name]
        micro = o["micro_full_body"]
        table.add_row(name, str(o["pages"]), f"{o['macro']['precision']:.3f}",
                      f"{o['macro']['recall']:.3f}", f"{o['macro']['f1']:.3f}",
                      f"{micro['f1']:.3f}", f"{o['seconds']:.1f}")
    return table


@click.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--compare", "compare", multiple=True, type=click.Choice(["trafilatura"]),
              help="Also score another extractor on the same pages, side by side.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--per-page", is_flag=True, help="Show one row per page.")
@click.option("--layout", default=None,
              help="Only pages of one gold layout "
              "(fundus, scrapinghub, trafilatura, goose3, marsad).")
def extraction(directory: Path, compare: tuple[str, ...], as_json: bool, per_page: bool,
               layout: str | None) -> None:
    """Score body extraction on the gold pages under DIRECTORY.

    DIRECTORY may hold Fundus fixtures (<Publisher>.json + .html.gz), the ScrapingHub
    benchmark (ground-truth*.json + html/), trafilatura or goose3 gold, or marsad's own
    fixtures (<name>.html|.txt + <name>.json with "body").
    """
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its fallbacks are chatty
    cases = load_cases(directory)
    if layout:
        cases = [c for c in cases if c.layout == layout]
    if not cases:
        click.echo(f"{directory}: no gold pages found", err=True)
        sys.exit(1)
    systems = ["marsad", *dict.fromkeys(compare)]
    results = run(cases, systems, progress=not as_json and sys.stderr.isatty())
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
        return
    console = Console()
    if per_page:
        console.print(_table(results, systems, per_page=True))
    console.print(_table(results, systems, per_page=False))
