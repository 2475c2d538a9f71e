"""``marsad eval quotes FILE``: quote detection and attribution against a gold JSONL."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError
from marsad.models import Article, Mention

console = Console(stderr=True)


def _articles(docs: list[dict[str, Any]], with_mentions: bool) -> list[Article]:
    from marsad.arabic import split_sentences

    out = []
    for d in docs:
        mentions: tuple[Mention, ...] = ()
        if with_mentions:
            mentions = tuple(
                Mention(m["start"], m["end"], m["label"], m["text"], "gold", m.get("entity_id"))
                for m in d["mentions"]
            )
        when = datetime.fromisoformat(d["published"]).replace(tzinfo=UTC)
        out.append(Article(id=d["id"], text=d["text"], published=when, mentions=mentions,
                           sentences=tuple(split_sentences(d["text"])) if with_mentions else ()))
    return out


def _run(mode: str, docs: list[dict[str, Any]], use_crf: bool) -> tuple[Any, float]:
    from marsad.eval.quotes import score_quotes

    if mode == "gold":
        from marsad.quotes import find_quotes

        articles = _articles(docs, with_mentions=True)
        t0 = time.perf_counter()
        out = [a.replace(quotes=find_quotes(a)) for a in articles]
    else:
        from marsad.pipeline import Pipeline
        from marsad.settings import load_settings

        settings = load_settings()
        if not use_crf:
            settings = settings.replace("entities", use_crf=False)
        names = ["sentences.rules.v1", "ner.default.v1", "link.kb.v1", "quotes.rules.v1"]
        pipe = Pipeline.from_settings(settings, components=names, on_error="raise")
        articles = _articles(docs, with_mentions=False)
        t0 = time.perf_counter()
        out = list(pipe.pipe(articles))
    return score_quotes(docs, out), time.perf_counter() - t0


@click.command(name="quotes")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--mode", type=click.Choice(["gold", "pipeline", "both"]), default="both",
              show_default=True,
              help="gold: the gold mentions (with ids) are given; pipeline: recognise and "
                   "link first.")
@click.option("--no-crf", is_flag=True, help="Pipeline mode without the CRF model.")
@click.option("--errors", "show_errors", type=int, default=0, help="Show up to N errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
def quotes(file: str, mode: str, no_crf: bool, show_errors: int, as_json: bool) -> None:
    """Precision, recall and attribution accuracy of quotes on a gold JSONL FILE."""
    from marsad.eval.quotes import load_quote_gold

    try:
        docs = load_quote_gold(file)
        results = {m: _run(m, docs, not no_crf)
                   for m in (["gold", "pipeline"] if mode == "both" else [mode])}
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        click.echo(json.dumps({m: {**s.as_dict(), "seconds": round(t, 3)}
                               for m, (s, t) in results.items()}, ensure_ascii=False, indent=2))
        return
    for m, (score, seconds) in results.items():
        d = score.as_dict()
        table = Table(title=f"quotes ({m} mentions) — {seconds:.2f} s")
        table.add_column("measure")
        table.add_column("value", justify="right")
        table.add_row("gold / predicted / matched", f"{d['gold']} / {d['predicted']} / "
                                                    f"{d['matched']}")
        for key in ("precision", "recall", "f1"):
            table.add_row(key, f"{d[key]:.3f}")
        for key in ("exact_span", "kind", "verb", "speaker"):
            table.add_row(f"{key} (of matched)", f"{d[key]:.3f}")
        console.print(table)
        for err in score.errors[:show_errors]:
            console.print(f"  [red]✗[/red] {err}")
