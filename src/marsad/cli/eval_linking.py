"""``marsad eval linking FILE``: entity-linking accuracy on a gold JSONL."""

from __future__ import annotations

import json
import time
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError

console = Console(stderr=True)


def _run(mode: str, docs: list[Any], kb_dir: str, use_crf: bool) -> tuple[Any, float]:
    from marsad.entities.link import Linker
    from marsad.eval.linking import gold_articles, score_linking

    if mode == "gold":
        from marsad.entities.kb import load_kb

        linker = Linker(load_kb(kb_dir) if kb_dir else load_kb())
        articles = gold_articles(docs, with_mentions=True)
        t0 = time.perf_counter()
        linked = [linker.link(a) for a in articles]
    else:
        from marsad.pipeline import Pipeline
        from marsad.settings import load_settings

        settings = load_settings()
        if kb_dir:
            settings = settings.replace("entities", kb_dir=kb_dir)
        if not use_crf:
            settings = settings.replace("entities", use_crf=False)
        names = ["sentences.rules.v1", "ner.default.v1", "link.kb.v1"]
        pipe = Pipeline.from_settings(settings, components=names, on_error="raise")
        articles = gold_articles(docs, with_mentions=False)
        t0 = time.perf_counter()
        linked = list(pipe.pipe(articles))
    return score_linking(docs, linked), time.perf_counter() - t0


def _table(mode: str, score: Any, seconds: float) -> Table:
    table = Table(title=f"linking ({mode} mentions) — {seconds:.2f} s")
    for col in ("measure", "correct", "total", "accuracy"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    rows = [("all fields", score.mentions), ("entity id", score.entity),
            ("group (plurals)", score.group), ("actor code", score.actor_code)]
    if mode == "pipeline":
        rows.append(("span found", score.found))
    rows += [(f"  {label}", t) for label, t in sorted(score.by_label.items())]
    for name, t in rows:
        table.add_row(name, str(t.correct), str(t.total), f"{t.accuracy:.3f}")
    return table


@click.command(name="linking")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--mode", type=click.Choice(["gold", "pipeline", "both"]), default="both",
              show_default=True,
              help="gold: link the gold spans; pipeline: recognise then link.")
@click.option("--kb-dir", default="", help="KB directory (default: the shipped KB).")
@click.option("--errors", "show_errors", type=int, default=0,
              help="Show up to N wrongly linked mentions.")
@click.option("--no-crf", is_flag=True,
              help="Pipeline mode without the CRF (gazetteer + patterns only).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
def linking(
    file: str, mode: str, kb_dir: str, show_errors: int, no_crf: bool, as_json: bool
) -> None:
    """Accuracy of entity ids, plural groups and actor codes on a gold JSONL FILE."""
    from marsad.eval.linking import load_gold

    try:
        docs = load_gold(file)
        results = {}
        for m in (["gold", "pipeline"] if mode == "both" else [mode]):
            with console.status(f"linking {len(docs)} documents ({m} mentions)"):
                results[m] = _run(m, docs, kb_dir, not no_crf)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        out = {m: {**s.as_dict(), "seconds": round(t, 3)} for m, (s, t) in results.items()}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for m, (score, seconds) in results.items():
        console.print(_table(m, score, seconds))
        for err in score.errors[:show_errors]:
            console.print(f"  [red]✗[/red] {err['doc']} {err['text']!r} ({err['label']}): "
                          f"gold {err['gold']} {err['gold_code']} — got {err['pred']} "
                          f"{err['pred_code']} on {err['pred_span']!r}")
