"""``marsad``: the root command group. Each command group lives in its own module.

Modules are imported lazily (when their command is invoked or help is asked for),
so ``marsad --version`` stays fast.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

import click

from marsad import __version__

# command name -> "module:attribute" of a click command or group
COMMANDS: dict[str, str] = {
    "analyze": "marsad.cli.analyze:analyze",
    "eval": "marsad.cli.evaluate:eval_group",
    "kb": "marsad.cli.kb:kb",
    "train": "marsad.cli.train:train",
    "ingest": "marsad.cli.ingest:ingest",
    "reprocess": "marsad.cli.ingest:reprocess",
    "search": "marsad.cli.search:search",
    "export": "marsad.cli.export:export",
    "serve": "marsad.cli.serve:serve",
    "demo": "marsad.cli.serve:demo",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        cmd: Any = getattr(importlib.import_module(module), attr)
        return cmd  # type: ignore[no-any-return]


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
def cli(verbose: int) -> None:
    """marsad: Arabic news to a linked record of who did what to whom, where and when."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    cli(prog_name="marsad")
