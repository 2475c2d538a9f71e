"""Engines: results in order, bounded in flight; Ray (optional) matches the local engine."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from ingest_samples import fake_extract, write_items

from marsad.engines import open_engine
from marsad.ingest.run import ingest
from marsad.pipeline import Pipeline
from marsad.store import open_store

EMPTY = functools.partial(Pipeline, [])


def square(batch: list[int]) -> list[int]:
    return [x * x for x in batch]


def test_local_engine_keeps_order_with_workers() -> None:
    batches = [list(range(i, i + 5)) for i in range(0, 100, 5)]
    with open_engine("local", EMPTY, fake_extract, workers=2, max_in_flight=3) as eng:
        got = list(eng.map(square, batches))
    assert got == [square(b) for b in batches]


def test_local_engine_bounds_batches_in_flight() -> None:
    pulled: list[int] = []

    def source():  # type: ignore[no-untyped-def]
        for i in range(20):
            pulled.append(i)
            yield [i]

    with open_engine("local", EMPTY, fake_extract, workers=1, max_in_flight=2) as eng:
        it = eng.map(square, source())
        next(it)
        assert len(pulled) <= 3  # not the whole input
        assert [r[0] for r in it] == [i * i for i in range(1, 20)]


@pytest.mark.slow
def test_ray_engine_matches_local(tmp_path: Path) -> None:
    pytest.importorskip("ray")
    write_items(tmp_path / "items.jsonl", n_places=3)
    counts = []
    for engine, workers in (("local", 0), ("ray", 2)):
        store = open_store(f"sqlite:///{tmp_path}/{engine}.db")
        ingest([str(tmp_path / "items.jsonl")], store, engine=engine, workers=workers,
               pipeline_factory=EMPTY, extractor=fake_extract)
        counts.append(store.counts())
        store.close()
    assert counts[0] == counts[1]
