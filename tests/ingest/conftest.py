"""Fixtures for the ingest tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from local_http import LocalServer, Route


@pytest.fixture
def server() -> Iterator[LocalServer]:
    s = LocalServer()
    s.routes["/robots.txt"] = Route(body=b"User-agent: *\nDisallow: /private/\n",
                                    content_type="text/plain")
    yield s
    s.close()
