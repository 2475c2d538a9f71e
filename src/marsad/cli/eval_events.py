"""``marsad eval events``: detection, spans, QuadClass and gold scores of the event coder;
``marsad train quadclass``: fit the sentence QuadClass classifier."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import track
from rich.table import Table

from marsad.errors import InputError, MarsadError
from marsad.eval.events import (
    Analyzer,
    coder_analyzer,
    gold_article,
    load_gold,
    read_detection,
    read_quadclass,
    score_detection,
    score_gold,
    score_quadclass,
    score_spans,
)
from marsad.models import Article

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "events" / "gold_events.jsonl"
log = logging.getLogger(__name__)


def _pipeline_analyzer(mode: str, console: Console) -> tuple[Analyzer, str]:
    """The full default pipeline when it loads and runs, else the rule coder alone."""
    from marsad.arabic import split_sentences
    from marsad.events.coder import Coder

    if mode in ("auto", "full"):
        try:
            import marsad

            nlp = marsad.load()
            probe = nlp(Article(id="probe", text="زار الرئيس السوري دمشق أمس."))
            if probe.error:
                raise MarsadError(probe.error)

            def run(text: str) -> Article:
                return nlp(Article(id="eval", text=text))

            return run, "full pipeline (" + ", ".join(nlp.names) + ")"
        except Exception as e:
            if mode == "full":
                raise click.ClickException(f"the full pipeline does not run: {e}") from e
            console.print(f"[yellow]full pipeline unavailable ({str(e).splitlines()[0]}); "
                          "using the rule coder alone[/yellow]")
    coder = Coder()
    try:
        from marsad.registry import components
        from marsad.settings import load_settings

        timex = components.get("timex.rules.v1")(load_settings())

        def run_tx(text: str) -> Article:
            a = Article(id="eval", text=text, sentences=tuple(split_sentences(text)))
            a = timex(a)
            return a.replace(events=tuple(coder.code(a)))

        return run_tx, "rules (sentences, timex, events; no mentions)"
    except Exception:
        return coder_analyzer(coder), "rules (sentences, events; no mentions)"


def _prf_table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title)
    for col in ("set", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "set" else "right")
    for name, r in rows.items():
        table.add_row(name, f"{r['precision']:.4f}", f"{r['recall']:.4f}", f"{r['f1']:.4f}",
                      str(r["tp"]), str(r["fp"]), str(r["fn"]))
    return table


def _rules_quad(analyze: Analyzer, numbering: str) -> Callable[[str], int]:
    from marsad.events.ontology import QUAD_TO_UN, QUAD_TO_UN_FILE

    table = QUAD_TO_UN_FILE if numbering == "file" else QUAD_TO_UN

    def predict(text: str) -> int:
        quads = Counter(e.quad for e in analyze(text).events)
        return table[quads.most_common(1)[0][0]] if quads else 0

    return predict


# shared by `eval events --quadclass --cv` and `train quadclass`
_dup_threshold_option = click.option(
    "--dup-threshold", type=float, default=0.6, show_default=True,
    help="Near-duplicate sentences (char n-gram cosine at least this) share a CV fold, "
         "outer or the stacker's inner ones (0: plain stratified folds).")
_stack_folds_option = click.option(
    "--stack-folds", type=int, default=5, show_default=True,
    help="Inner folds whose out-of-fold scores fit the classifier's stacker (0: no "
         "stacker, the views' fixed-weight sum).")
_relevance_option = click.option(
    "--relevance", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Relevance TSV (text, 0/1): its sentences not in the QuadClass file also train "
         "the classifier's relevance factor.")


@click.command(name="events")
@click.option("--detection", "detection", multiple=True, type=click.Path(exists=True,
              dir_okay=False, path_type=Path), help="Detection CSV (label, text, event_type).")
@click.option("--spans", "spans", multiple=True, type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Span JSON (source/target roles per sentence).")
@click.option("--quadclass", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="QuadClass TSV (text, label 0..4 in UN numbering).")
@click.option("--cv", type=int, default=0, show_default=True,
              help="With --quadclass: K-fold cross-validate a fresh classifier on the file "
                   "(honest on training data) instead of scoring the shipped model.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="With --cv: the seed that shuffles the folds.")
@_dup_threshold_option
@_relevance_option
@_stack_folds_option
@click.option("--un-numbering", type=click.Choice(["file", "readme"]), default="file",
              show_default=True, help="How the QuadClass labels number the quads when the "
              "rules are scored: as the published files do (alphabetical) or as their README "
              "says (see docs/events.md).")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="marsad gold JSONL (default: tests/events/gold_events.jsonl when no other "
                   "set is given).")
@click.option("--pipeline", "mode", type=click.Choice(["auto", "full", "rules"]), default="auto",
              show_default=True, help="Run the full default pipeline or the rule coder alone.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
def events(detection: tuple[Path, ...], spans: tuple[Path, ...], quadclass: Path | None,
           cv: int, seed: int, dup_threshold: float, relevance: Path | None,
           stack_folds: int, un_numbering: str, gold: Path | None, mode: str,
           as_json: bool) -> None:
    """Score the event coder on detection CSVs, span JSON, a QuadClass TSV and gold JSONL."""
    console = Console(stderr=as_json)
    if not (detection or spans or quadclass or gold):
        gold = DEFAULT_GOLD
    results: dict[str, Any] = {}
    try:
        analyze: Analyzer | None = None
        if detection or spans or (quadclass and cv == 0):
            analyze, described = _pipeline_analyzer(mode, console)
            results["analyzer"] = described
        assert analyze is not None or not (detection or spans)
        for path in detection:
            rows = read_detection(path)
            rows = list(track(rows, description=f"detection {path.name}", console=console,
                              disable=as_json))
            assert analyze is not None
            results[f"detection:{path.name}"] = score_detection(rows, analyze)
        for path in spans:
            records = json.loads(path.read_text("utf-8"))
            assert analyze is not None
            results[f"spans:{path.name}"] = score_spans(records, analyze)
        if quadclass:
            results.update(_quadclass(quadclass, cv, analyze, console, as_json, un_numbering,
                                      dup_threshold, relevance, seed, stack_folds))
        if gold:
            from marsad.events.coder import Coder

            coder = Coder()

            def run_gold(item: dict[str, Any]) -> Article:
                a = gold_article(item)
                return a.replace(events=tuple(coder.code(a)))

            results[f"gold:{gold.name}"] = score_gold(load_gold(gold), run_gold)
    except (MarsadError, OSError, ValueError) as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    _print(results, console)


def _quadclass(path: Path, cv: int, analyze: Analyzer | None, console: Console,
               quiet: bool, numbering: str, dup_threshold: float = 0.6,
               relevance: Path | None = None, seed: int = 0,
               stack_folds: int = 5) -> dict[str, Any]:
    from marsad.events.classifier import cross_validate, load_quad_classifier

    texts, labels = read_quadclass(path)
    out: dict[str, Any] = {}
    if cv:
        extra_texts, extra_relevant = _relevance_rows(texts, relevance)
        pred = cross_validate(texts, labels, folds=cv, seed=seed,
                              duplicate_threshold=dup_threshold, extra_texts=extra_texts,
                              extra_relevant=extra_relevant, stack_folds=stack_folds)
        out[f"quadclass:{path.name}:cv{cv}"] = score_quadclass(labels, pred)
        return out
    model = load_quad_classifier()
    if model is not None:
        score = score_quadclass(labels, model.predict(texts))
        trained_on = str(model.meta.get("data", ""))
        if path.name in trained_on or trained_on.endswith(path.name):
            cv_f1 = model.meta.get("cv_macro_f1")
            score["warning"] = (f"the shipped model was trained on {trained_on}: this score "
                                "is not a test; use --cv for an honest figure"
                                + (f" (its 5-fold CV macro-F1 at training: {cv_f1})"
                                   if cv_f1 is not None else ""))
            if cv_f1 is not None:
                score["cv_macro_f1_at_training"] = cv_f1
        out[f"quadclass:{path.name}:model"] = score
    if analyze is not None:
        rules = _rules_quad(analyze, numbering)
        pred = [rules(t) for t in track(texts, description="quadclass rules", console=console,
                                        disable=quiet)]
        out[f"quadclass:{path.name}:rules"] = score_quadclass(labels, pred)
    return out


def _relevance_rows(texts: list[str], relevance: Path | None) -> tuple[list[str], list[int]]:
    """The relevance file's sentences that the QuadClass file does not hold."""
    if relevance is None:
        return [], []
    from marsad.events.classifier import relevance_only

    rel_texts, rel_labels = read_quadclass(relevance)
    if set(rel_labels) - {0, 1}:
        raise InputError(f"{relevance}: relevance labels must be 0 or 1", str(relevance))
    return relevance_only(texts, rel_texts, rel_labels)


def _print(results: dict[str, Any], console: Console) -> None:
    if "analyzer" in results:
        console.print(f"analyzer: {results['analyzer']}")
    det = {k.split(":", 1)[1]: v for k, v in results.items() if k.startswith("detection:")}
    if det:
        console.print(_prf_table("event detection (ambiguous excluded)", det))
        for name, r in det.items():
            console.print(f"  {name}: predicted positive by label {r['positives_by_label']}")
    for key, r in results.items():
        if key.startswith("spans:"):
            table = Table(title=f"actor agreement {key[6:]} ({r['detected']}/{r['records']} "
                                "sentences detected)")
            for col in ("field", "agree", "of", "rate"):
                table.add_column(col)
            for field, v in r.items():
                if isinstance(v, dict):
                    table.add_row(field, str(v["agree"]), str(v["of"]), f"{v['rate']:.4f}")
            console.print(table)
        elif key.startswith("quadclass:"):
            console.print(f"{key}: macro-F1 {r['macro_f1']:.4f}, accuracy {r['accuracy']:.4f}, "
                          f"per class {r['per_class_f1']} (n={r['n']})")
            if "warning" in r:
                console.print(f"[yellow]  {r['warning']}[/yellow]")
        elif key.startswith("gold:"):
            console.print(_prf_table(f"{key[5:]}: per category", r["per_category"]))
            console.print(_prf_table("micro", {"all": r["micro"]}))
            console.print(f"status accuracy {r['status_accuracy']:.4f}, actors "
                          f"{r['actor_accuracy']:.4f}, recipients {r['recipient_accuracy']:.4f} "
                          f"(on {r['matched']} matched events)")


@click.command(name="quadclass")
@click.option("--tsv", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Training TSV: text, QuadClass label 0..4 (UN numbering).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Model file to write (joblib).")
@click.option("--cv", type=int, default=5, show_default=True,
              help="Cross-validate first and report macro-F1 (0: skip).")
@_dup_threshold_option
@_relevance_option
@_stack_folds_option
def train_quadclass(tsv: Path, output: Path, cv: int, dup_threshold: float,
                    relevance: Path | None, stack_folds: int) -> None:
    """Fit the sentence QuadClass classifier (char n-gram SVM with rule and cue features,
    naive Bayes over word stems and factor SVMs, weighed by a stacker fitted on inner
    cross-validation folds)."""
    from marsad.events.classifier import QuadClassifier, cross_validate

    console = Console(stderr=True)
    try:
        texts, labels = read_quadclass(tsv)
        extra_texts, extra_relevant = _relevance_rows(texts, relevance)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    meta: dict[str, Any] = {"data": str(tsv.name), "n": len(texts)}
    if relevance:
        meta.update(relevance_data=relevance.name, n_relevance_only=len(extra_texts))
    if cv:
        with console.status(f"{cv}-fold cross-validation"):
            score = score_quadclass(labels, cross_validate(
                texts, labels, folds=cv, duplicate_threshold=dup_threshold,
                extra_texts=extra_texts, extra_relevant=extra_relevant,
                stack_folds=stack_folds))
        meta.update(cv_macro_f1=score["macro_f1"], cv_per_class_f1=score["per_class_f1"],
                    cv_folds=cv, cv_dup_threshold=dup_threshold)
        console.print(f"{cv}-fold CV macro-F1 {score['macro_f1']:.4f} "
                      f"(per class {score['per_class_f1']})")
    with console.status("training"):
        model = QuadClassifier(stack_folds=stack_folds).fit(
            texts, labels, extra_texts, extra_relevant, duplicate_threshold=dup_threshold)
    model.meta.update(meta)
    model.save(output)
    console.print(f"wrote {output}")
