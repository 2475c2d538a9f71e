"""The store fixture: every contract test runs on SQLite and, when a server is
reachable at $MARSAD_TEST_POSTGRES_URL, on PostgreSQL in a fresh schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.store import open_store

PG_URL = os.environ.get("MARSAD_TEST_POSTGRES_URL")


def _pg_reachable() -> bool:
    if not PG_URL:
        return False
    try:
        import psycopg

        with psycopg.connect(PG_URL, connect_timeout=3):
            return True
    except Exception:
        return False


_PG_OK = _pg_reachable()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path}/store.db")
        yield s
        s.close()
        return
    if not _PG_OK:
        pytest.skip("MARSAD_TEST_POSTGRES_URL unset or unreachable")
    schema = "marsad_test_" + uuid.uuid4().hex[:12]
    s = open_store(f"{PG_URL}?schema={schema}")
    try:
        yield s
    finally:
        s.drop_schema()  # type: ignore[attr-defined]
        s.close()
