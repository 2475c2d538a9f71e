"""A small store of hand-made articles (see server_fixtures.py) for the server tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from server_fixtures import STORY, sample_articles

from marsad.store import open_store
from marsad.store.base import Store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "server.db"
    with open_store(f"sqlite:///{path}") as store:
        store.save(sample_articles(), clusters=[STORY])
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{store_path}")
    yield s
    s.close()
