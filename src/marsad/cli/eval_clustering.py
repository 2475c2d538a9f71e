"""``marsad eval clustering FILE``: pairwise precision/recall of the same-story decision."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from marsad.settings import load_settings

console = Console(stderr=True)


@click.command(name="clustering")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--same-max", type=float, default=1.5, show_default=True,
              help="Gold 'same story': Overall score at most this.")
@click.option("--diff-min", type=float, default=3.0, show_default=True,
              help="Gold 'different': Overall score at least this.")
@click.option("--threshold", type=float, default=None,
              help="Story threshold (default: settings cluster.story_threshold).")
@click.option("--entities", "with_entities", is_flag=True,
              help="Add shared KB entities (runs the NER + linking components).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
def clustering(path: str, same_max: float, diff_min: float, threshold: float | None,
               with_entities: bool, as_json: bool) -> None:
    """Score marsad's same-story decision on article pairs (SemEval-2022 Task 8 CSV with
    text1, text2 and Overall; 1 = same story .. 4 = unrelated)."""
    from marsad.eval.clustering import evaluate_pairs, read_pairs

    settings = load_settings()
    cs = settings.cluster
    if threshold is not None:
        cs = settings.replace("cluster", story_threshold=threshold).cluster
    entities = None
    if with_entities:
        from marsad.cluster.online import article_entities
        from marsad.models import Article
        from marsad.pipeline import Pipeline

        names = [c for c in settings.pipeline.components if c.startswith(("sentences", "ner",
                                                                           "link"))]
        nlp = Pipeline.from_settings(settings, components=names)

        def entities(text: str) -> set[str]:
            return article_entities(nlp(Article(id="x", text=text)))

    scores = evaluate_pairs(read_pairs(path), cs, same_max=same_max, diff_min=diff_min,
                            entities=entities)
    result = scores.as_dict()
    result["threshold"] = cs.story_threshold
    if as_json:
        click.echo(json.dumps(result))
        return
    table = Table(title=f"same-story decision on {path}", show_header=False)
    for k, v in result.items():
        table.add_row(k, str(v))
    console.print(table)
