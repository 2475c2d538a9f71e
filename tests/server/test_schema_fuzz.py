"""schemathesis drives every API operation from the OpenAPI schema: no 5xx, ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from server_fixtures import sample_articles

from marsad.server import create_app
from marsad.settings import Settings
from marsad.store import open_store

schemathesis = pytest.importorskip("schemathesis")


def _schema() -> object:
    # built at collection time from a throwaway store; the requests go to the
    # session store below through the same app object
    import tempfile

    path = Path(tempfile.mkdtemp()) / "fuzz.db"
    store = open_store(f"sqlite:///{path}")
    store.save(sample_articles())
    app = create_app(store, Settings().replace("server", ingest_token="fuzz-token"))
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


schema = _schema()


@schema.parametrize()  # type: ignore[attr-defined]
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: object) -> None:
    response = case.call()  # type: ignore[attr-defined]
    assert response.status_code < 500, f"{case}: {response.status_code} {response.text[:300]}"
