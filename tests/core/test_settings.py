from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import ConfigError
from marsad.settings import Settings, load_settings


def test_shipped_defaults_match_the_dataclass_defaults() -> None:
    shipped = load_settings(environ={})
    assert shipped.store == Settings().store
    assert shipped.pipeline.on_error == "record"
    assert "events.rules.v1" in shipped.pipeline.components


def test_file_then_environment_override(tmp_path: Path) -> None:
    cfg = tmp_path / "marsad.toml"
    cfg.write_text('[store]\nurl = "sqlite:///x.db"\nworkers = 3\n', "utf-8")
    s = load_settings(cfg, environ={"MARSAD_STORE__WORKERS": "5"})
    assert s.store.url == "sqlite:///x.db"
    assert s.store.workers == 5


def test_unknown_keys_and_bad_values_are_errors(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[store]\nurll = 'typo'\n", "utf-8")
    with pytest.raises(ConfigError, match=r"unknown setting.*urll"):
        load_settings(cfg, environ={})
    with pytest.raises(ConfigError, match=r"settings.store.workers: expected int"):
        load_settings(environ={"MARSAD_STORE__WORKERS": "many"})
    with pytest.raises(ConfigError, match=r"cannot read settings"):
        load_settings(tmp_path / "missing.toml", environ={})


def test_replace_changes_one_section() -> None:
    s = Settings().replace("server", port=9000)
    assert s.server.port == 9000 and Settings().server.port == 8000
