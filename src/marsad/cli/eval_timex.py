"""``marsad eval timex [FILE]``: exact-value accuracy of marsad's timex, beside dateparser."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import track
from rich.table import Table

from marsad.errors import InputError
from marsad.eval.timex import (
    dateparser_available,
    dateparser_predict,
    evaluate,
    load_cases,
    marsad_predict,
)

# the cases shipped with the tests, used when no FILE is given
DEFAULT_CASES = Path(__file__).resolve().parents[3] / "tests" / "timex" / "cases.tsv"


@click.command(name="timex")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-dateparser", is_flag=True, help="Score marsad only.")
@click.option("--errors", "show_errors", is_flag=True, help="List the cases each system misses.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def timex(file: Path | None, no_dateparser: bool, show_errors: bool, as_json: bool) -> None:
    """Score temporal expressions on a case TSV (default: tests/timex/cases.tsv).

    Columns: text, anchor, value, granularity, kind (see docs/timex.md). Reports
    exact-value accuracy for marsad and, when installed, for dateparser.
    """
    path = file or DEFAULT_CASES
    if file is None and not path.is_file():
        raise click.ClickException("no FILE given and tests/timex/cases.tsv is not found")
    try:
        cases = load_cases(path)
    except InputError as e:
        raise click.ClickException(str(e)) from e
    systems = {"marsad": marsad_predict}
    if not no_dateparser:
        if dateparser_available():
            systems["dateparser"] = dateparser_predict
        else:
            click.echo("dateparser is not installed: scoring marsad only", err=True)
    console = Console(stderr=as_json)
    scores = evaluate(
        track(cases, description="scoring", console=Console(stderr=True), transient=True),
        systems,
    )
    if as_json:
        out = {
            name: {
                "correct": s.correct,
                "total": s.total,
                "accuracy": round(s.accuracy, 4),
                "by_kind": {k: {"correct": c, "total": n} for k, (c, n) in s.by_kind().items()},
            }
            for name, s in scores.items()
        }
        click.echo(json.dumps({"file": str(path), "scores": out}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"timex exact-value accuracy: {path} ({len(cases)} cases)")
    table.add_column("kind")
    for name in scores:
        table.add_column(name, justify="right")
    kinds = sorted({k for s in scores.values() for k in s.by_kind()})
    for kind in kinds:
        cells = []
        for s in scores.values():
            c, n = s.by_kind().get(kind, (0, 0))
            cells.append(f"{c}/{n}")
        table.add_row(kind, *cells)
    table.add_row(
        "all",
        *(f"{s.correct}/{s.total} = {s.accuracy:.1%}" for s in scores.values()),
        style="bold",
    )
    console.print(table)
    if show_errors:
        for name, s in scores.items():
            for r in s.results:
                if not r.correct:
                    expected = "NONE" if r.case.expect_none else r.case.value
                    console.print(
                        f"[{name}] line {r.case.line}: {r.case.text}  "
                        f"expected {expected} {r.case.granularity}, got {r.predicted}",
                        markup=False,
                    )
