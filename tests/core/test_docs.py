"""Docs are tested: every setting and every CLI command is documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from marsad.cli.evaluate import SUBCOMMANDS
from marsad.cli.main import COMMANDS
from marsad.settings import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"


def all_docs() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(DOCS.glob("*.md")))


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text("utf-8")
    for section in dataclasses.fields(Settings):
        assert f"## `[{section.name}]`" in text, section.name
        for key in dataclasses.fields(section.type if isinstance(section.type, type) else
                                      type(getattr(Settings(), section.name))):
            assert f"| `{key.name}` |" in text, f"{section.name}.{key.name}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented(command: str) -> None:
    assert f"marsad {command}" in all_docs(), f"`marsad {command}` is in no docs/*.md page"


@pytest.mark.parametrize("sub", sorted(SUBCOMMANDS))
def test_every_eval_subcommand_is_documented(sub: str) -> None:
    assert f"marsad eval {sub}" in all_docs()
