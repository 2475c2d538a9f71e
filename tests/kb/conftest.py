"""Fixtures shared by the KB data tests."""

from __future__ import annotations

import pytest

from marsad.entities.kb import DEFAULT_KB_DIR, KnowledgeBase, compile_kb, load_kb


@pytest.fixture(scope="session")
def gaz():  # type: ignore[no-untyped-def]
    """The gazetteer of the shipped KB (needs wordfreq for its common-word filter)."""
    pytest.importorskip("wordfreq")
    from marsad.entities.recognize.gazetteer import gazetteer_for

    return gazetteer_for(load_kb())


@pytest.fixture(scope="session")
def shipped() -> KnowledgeBase:
    """The shipped KB compiled from its files (no cache: the files themselves must be valid)."""
    return compile_kb(DEFAULT_KB_DIR)
