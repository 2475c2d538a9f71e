"""``marsad train ...``: train statistical models (``marsad train ner``)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError

console = Console(stderr=True)


@click.group(name="train")
def train() -> None:
    """Train statistical models."""


def scores_table(title: str, results: dict[str, dict[str, dict[str, float]]]) -> Table:
    """One row per (recogniser, type): precision, recall, F1, support."""
    table = Table(title=title)
    for col in ("recogniser", "type", "precision", "recall", "F1", "gold"):
        table.add_column(col, justify="right" if col not in ("recogniser", "type") else "left")
    for mode, rows in results.items():
        for typ, r in rows.items():
            table.add_row(
                mode, typ, f"{r['precision']:.4f}", f"{r['recall']:.4f}", f"{r['f1']:.4f}",
                str(int(r["tp"] + r["fn"])),
                style="bold" if typ == "micro" else None,
            )
    return table


@train.command(name="ner")
@click.option("--conll", "conll", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Training file: TOKEN TAG per line, blank line between sentences (IOB2).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Model file to write (.crfsuite; a .json sidecar is written next to it).")
@click.option("--folds", type=int, default=0, show_default=True,
              help="Cross-validate with K contiguous folds before training (0: no CV).")
@click.option("--holdout", type=int, default=0, show_default=True,
              help="Leave the last N sentences out of the final model (for an honest test).")
@click.option("--gazetteer/--no-gazetteer", default=True, show_default=True,
              help="Use KB gazetteer hits as CRF features.")
@click.option("--kb-dir", default="", help="KB directory (default: the shipped KB).")
@click.option("--c1", type=float, default=0.05, show_default=True, help="L1 penalty.")
@click.option("--c2", type=float, default=0.01, show_default=True, help="L2 penalty.")
@click.option("--max-iterations", type=int, default=200, show_default=True)
@click.option("--minfreq", type=float, default=1.0, show_default=True,
              help="Drop features seen fewer times (smaller model).")
@click.option("--stack", type=int, default=5, show_default=True,
              help="Stacked CRF: train a second stage on K-fold jackknifed first-stage "
                   "tags (0: one stage).")
@click.option("--workers", type=int, default=2, show_default=True,
              help="Processes for cross-validation.")
@click.option("--json", "as_json", is_flag=True, help="Print the CV scores as JSON on stdout.")
def train_ner(
    conll: str, output: str, folds: int, holdout: int, gazetteer: bool, kb_dir: str,
    c1: float, c2: float, max_iterations: int, minfreq: float, stack: int, workers: int,
    as_json: bool,
) -> None:
    """Train the CRF recogniser on a CoNLL file, optionally cross-validating first."""
    from marsad.entities.recognize.crf import TrainParams, train_crf
    from marsad.entities.recognize.evaluate import DOC_SENTENCES, cross_validate_modes
    from marsad.eval.ner import read_conll

    try:
        sentences = read_conll(conll)
        params = TrainParams(c1=c1, c2=c2, max_iterations=max_iterations, minfreq=minfreq)
        gaz = None
        if gazetteer:
            from marsad.entities.component import load_gazetteer

            gaz = load_gazetteer(kb_dir)
            console.print(f"gazetteer: {len(gaz)} KB aliases")
        train_set = sentences[: len(sentences) - holdout] if holdout else sentences
        cv: dict[str, dict[str, dict[str, float]]] = {}
        if folds:
            t0 = time.perf_counter()
            with console.status("cross-validating...") as status:
                results = cross_validate_modes(
                    sentences, folds, gaz, params=params, workers=workers,
                    progress=lambda msg: status.update(msg), stacked=stack,
                )
            cv = {mode: s.to_dict() for mode, s in results.items()}
            console.print(scores_table(
                f"{folds}-fold CV on {len(sentences)} sentences "
                f"({time.perf_counter() - t0:.0f} s)", cv))
            if as_json:
                click.echo(json.dumps(cv, indent=2))
        with console.status(f"training on {len(train_set)} sentences..."):
            t0 = time.perf_counter()
            model = train_crf(
                train_set, output, gazetteer=gaz.tags if gaz else None, params=params,
                stacked=stack, workers=workers,
                meta={
                    "data": Path(conll).name,
                    "holdout_last": holdout,
                    "kb_aliases": len(gaz) if gaz else 0,
                    "cv_folds": folds,
                    "cv_doc_sentences": DOC_SENTENCES,  # sentences read as one text
                    "cv": cv,
                },
            )
        size = Path(output).stat().st_size
        console.print(
            f"wrote {output} ({size / 1e6:.1f} MB, {model.meta['tokens']} tokens, "
            f"{time.perf_counter() - t0:.0f} s)"
        )
    except MarsadError as e:
        raise click.ClickException(str(e)) from e


def _add_event_commands() -> None:
    from marsad.cli.eval_events import train_quadclass

    train.add_command(train_quadclass)


_add_event_commands()
