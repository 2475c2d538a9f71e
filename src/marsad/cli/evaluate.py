"""``marsad eval ...``: evaluation commands, one module each, loaded lazily."""

from __future__ import annotations

import importlib
from typing import Any

import click

SUBCOMMANDS: dict[str, str] = {
    "extraction": "marsad.cli.eval_extraction:extraction",
    "timex": "marsad.cli.eval_timex:timex",
    "ner": "marsad.cli.eval_ner:ner",
    "linking": "marsad.cli.eval_linking:linking",
    "quotes": "marsad.cli.eval_quotes:quotes",
    "events": "marsad.cli.eval_events:events",
    "clustering": "marsad.cli.eval_clustering:clustering",
}


class _LazyEval(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = SUBCOMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        cmd: Any = getattr(importlib.import_module(module), attr)
        return cmd  # type: ignore[no-any-return]


@click.group(name="eval", cls=_LazyEval)
def eval_group() -> None:
    """Score marsad against gold data (extraction, timex, ner, linking, events, clustering)."""
