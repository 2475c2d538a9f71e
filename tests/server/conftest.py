"""A small store of hand-made articles (see server_fixtures.py) for the server tests."""

from __future__ import annotations

import socket
import threading
import time
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live_url(store_path: Path) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1, as in ``marsad serve``."""
    import uvicorn

    from marsad.server import create_app
    from marsad.settings import Settings

    store = open_store(f"sqlite:///{store_path}")
    app = create_app(store, Settings())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    app.state.stores.close()
