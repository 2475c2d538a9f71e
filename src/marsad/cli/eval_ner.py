"""``marsad eval ner``: strict-span NER scores of our recogniser on a CoNLL file."""

from __future__ import annotations

import json
import time

import click
from rich.console import Console

from marsad.cli.train import scores_table
from marsad.errors import MarsadError

console = Console(stderr=True)


@click.command(name="ner")
@click.option("--conll", "conll", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold file: TOKEN ... TAG per line, blank line between sentences.")
@click.option("--tagset-map", "tagset_map", default="PERS=PER",
              show_default=True,
              help="Gold/predicted type renames, SRC=DST,...; GPE=LOC, AGENT=O and NORP=O "
                   "are always applied (ANERcorp has no GPE; agents and peoples by "
                   "nationality are not named entities there).")
@click.option("--scheme", type=click.Choice(["iob1", "iob2"]), default="iob2",
              show_default=True, help="Tagging scheme of the gold file (chunks are read "
                                      "with conlleval's rules, which accept both).")
@click.option("--recognizer", "mode", default="default", show_default=True,
              type=click.Choice(["default", "crf", "gazetteer", "patterns", "crf+gazetteer"]),
              help="Which recogniser to score.")
@click.option("--model", default="", help="CRF model file (default: the shipped model).")
@click.option("--kb-dir", default="", help="KB directory (default: the shipped KB).")
@click.option("--kb/--no-kb", "use_kb", default=True, show_default=True,
              help="Use the KB gazetteer (matches, CRF features, pattern cues).")
@click.option("--last", type=int, default=0,
              help="Score only the last N sentences (the shipped model's held-out slice).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
def ner(
    conll: str, tagset_map: str, scheme: str, mode: str, model: str, kb_dir: str,
    use_kb: bool, last: int, as_json: bool,
) -> None:
    """Precision, recall and F1 per type and micro overall (strict spans)."""
    from marsad.entities.component import load_gazetteer
    from marsad.entities.recognize.crf import load_model
    from marsad.entities.recognize.evaluate import recognizer_for, score_recognizer
    from marsad.eval.ner import ANERCORP_MAP, parse_tag_map, read_conll

    try:
        mapping = {**ANERCORP_MAP, **parse_tag_map(tagset_map)}
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--tagset-map") from e
    try:
        sentences = read_conll(conll)
        if last:
            sentences = sentences[-last:]
        if scheme == "iob2":
            _warn_iob2(sentences)
        gaz = load_gazetteer(kb_dir) if use_kb else None
        crf = load_model(model) if "crf" in mode or mode == "default" else None
        rec = recognizer_for(mode, gaz, crf)
        t0 = time.perf_counter()
        scores = score_recognizer(rec.find, sentences, mapping)
        elapsed = time.perf_counter() - t0
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    n_tokens = sum(len(s.tokens) for s in sentences)
    table = {mode: scores.to_dict()}
    console.print(scores_table(
        f"{conll}: {len(sentences)} sentences, {n_tokens} tokens "
        f"({n_tokens / max(elapsed, 1e-9):,.0f} tokens/s)", table))
    if as_json:
        click.echo(json.dumps(table, indent=2))


def _warn_iob2(sentences: list) -> None:  # type: ignore[type-arg]
    """IOB2 files open every chunk with B-; say so when one does not (read leniently)."""
    bad = 0
    for s in sentences:
        prev = "O"
        for tag in s.tags:
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                bad += 1
            prev = tag
    if bad:
        console.print(f"[yellow]{bad} chunk(s) open with I- (IOB1?); read as conlleval does")
