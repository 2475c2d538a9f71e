"""``marsad kb stats | lookup | validate`` on a tiny KB written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from kb_fixtures import ROLES, write_kb

from marsad.cli.main import cli
from marsad.entities.kb import load_kb


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "cache"))
    load_kb.cache_clear()
    yield write_kb(tmp_path / "kb")
    load_kb.cache_clear()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_stats(kb_dir: Path) -> None:
    code, out = run("kb", "stats", "--path", str(kb_dir))
    assert code == 0, out
    assert "countries" in out and " 3 " in out
    assert "people" in out and " 5 " in out


def test_lookup_with_clitic_and_date(kb_dir: Path) -> None:
    code, out = run("kb", "lookup", "وبموسكو", "--path", str(kb_dir))
    assert code == 1 or "Q649" in out  # و+ب is one proclitic sequence
    code, out = run("kb", "lookup", "بموسكو", "--path", str(kb_dir))
    assert code == 0 and "Q649" in out and "RUSGOV" in out and "+ب" in out
    code, out = run("kb", "lookup", "بشار", "الأسد", "--date", "2020-01-01",
                    "--path", str(kb_dir))
    assert code == 0 and "Q44329" in out and "SYRGOV" in out and "head_of_state" in out


def test_lookup_role_phrase_resolves_holder(kb_dir: Path) -> None:
    code, out = run("kb", "lookup", "الرئيس السوري", "--date", "2025-02-01",
                    "--path", str(kb_dir))
    assert code == 0 and "head_of_state SYR" in out and "Ahmed al-Sharaa" in out
    code, out = run("kb", "lookup", "السوريون", "--path", str(kb_dir))
    assert code == 0 and "demonym of SYR" in out
    code, out = run("kb", "lookup", "العاصمة التركية", "--path", str(kb_dir))
    assert code == 0 and "capital: Ankara (Q3640, TURGOV)" in out


def test_lookup_unknown_name_fails(kb_dir: Path) -> None:
    code, out = run("kb", "lookup", "زززز", "--path", str(kb_dir))
    assert code == 1 and "nothing in the knowledge base matches" in out


def test_validate_reports_file_and_line(kb_dir: Path) -> None:
    code, out = run("kb", "validate", "--path", str(kb_dir))
    assert code == 0 and "no problems" in out
    roles = kb_dir / "people" / "test.roles.tsv"
    roles.write_text(ROLES + "Q7747\thead_of_state\tRUS\t\t2013-01-01\t\t\t\n", "utf-8")
    code, out = run("kb", "validate", "--path", str(kb_dir))
    assert code == 1
    assert "people/test.roles.tsv:7" in out and "holds exclusive office" in out


def test_every_kb_command_is_documented() -> None:
    from marsad.cli.kb import kb

    docs = (Path(__file__).resolve().parents[2] / "docs" / "kb.md").read_text("utf-8")
    for name, command in kb.commands.items():
        assert f"marsad kb {name}" in docs, name
        for param in command.params:
            for opt in getattr(param, "opts", ()):
                if opt.startswith("--"):
                    assert opt in docs, (name, opt)
