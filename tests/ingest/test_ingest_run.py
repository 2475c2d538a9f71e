"""Runs: idempotent, resumable after kill -9, the same with workers, failures reported."""

from __future__ import annotations

import functools
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from ingest_samples import fake_extract, write_items

from marsad.ingest.run import ingest, pipeline_version, reprocess
from marsad.models import Article
from marsad.pipeline import Component, Pipeline
from marsad.store import open_store

EMPTY = functools.partial(Pipeline, [])


class MarkLength(Component):
    """A tiny analysis stage: flags long articles."""

    name = "test.mark.v1"
    assigns = ("flags",)

    def __call__(self, article: Article) -> Article:
        return article.replace(flags=("long",) if len(article.text) > 150 else ())


def marking() -> Pipeline:
    return Pipeline([MarkLength()])


def run(tmp_path: Path, db: str, **kw: object):  # type: ignore[no-untyped-def]
    store = open_store(db)
    try:
        opts: dict[str, object] = {"pipeline_factory": EMPTY, "extractor": fake_extract}
        opts.update(kw)
        return ingest([str(tmp_path / "items.jsonl")], store, **opts), store.counts()  # type: ignore[arg-type]
    finally:
        store.close()


def test_ingest_counts_and_reingest_is_a_noop(tmp_path: Path) -> None:
    expected = write_items(tmp_path / "items.jsonl")
    db = f"sqlite:///{tmp_path}/a.db"
    summary, counts = run(tmp_path, db)
    assert summary.new == expected["new"]
    assert summary.duplicates == expected["duplicates"]
    assert summary.failed == expected["failed"]
    assert counts["articles"] == expected["new"]
    assert summary.near_duplicates >= 1
    assert any("malformed JSON" in r for r in summary.reasons)
    assert any("cannot extract" in r for r in summary.reasons)
    again, counts2 = run(tmp_path, db)
    assert again.new == 0 and counts2 == counts
    # failed items are retried (they may have been transient), never stored twice
    assert again.read == expected["failed"] and again.failed == expected["failed"]


def test_workers_give_the_same_store(tmp_path: Path) -> None:
    write_items(tmp_path / "items.jsonl", n_places=6)
    _, serial = run(tmp_path, f"sqlite:///{tmp_path}/serial.db")
    _, parallel = run(tmp_path, f"sqlite:///{tmp_path}/par.db", workers=2, batch_size=4)
    assert parallel == serial


def test_near_duplicates_and_stories(tmp_path: Path) -> None:
    write_items(tmp_path / "items.jsonl", n_places=8)
    db = f"sqlite:///{tmp_path}/c.db"
    run(tmp_path, db)
    store = open_store(db)
    dup = store.list_clusters("dup").items
    assert len(dup) == 1 and dup[0].size == 2
    group = store.get_cluster(dup[0].id)
    assert group is not None and len(group["articles"]) == 2
    stories = store.list_clusters("story", min_size=2).items
    assert stories, "the same topic told in many places on two days forms stories"
    store.close()


def test_reprocess_updates_the_analysis(tmp_path: Path) -> None:
    write_items(tmp_path / "items.jsonl", n_places=3)
    db = f"sqlite:///{tmp_path}/r.db"
    run(tmp_path, db)
    store = open_store(db)
    summary = reprocess(store, pipeline_factory=marking)
    assert summary.new == store.counts()["articles"] > 0
    flagged = [a for a in store.iter_articles() if "long" in a.flags]
    assert flagged
    # nothing left to do for this version
    assert reprocess(store, pipeline_factory=marking).new == 0
    assert pipeline_version(marking()) != pipeline_version(EMPTY())
    store.close()


SCRIPT = textwrap.dedent(
    """
    import functools, sys, time
    sys.path.insert(0, {here!r})
    from ingest_samples import fake_extract
    from marsad.ingest.run import ingest
    from marsad.pipeline import Pipeline
    from marsad.store import open_store

    def slow_extract(raw, **kw):
        time.sleep(0.01)
        return fake_extract(raw, **kw)

    store = open_store(sys.argv[1])
    ingest([sys.argv[2]], store, pipeline_factory=functools.partial(Pipeline, []),
           extractor=slow_extract, batch_size=3)
    """
)


def _articles(path: Path) -> int:
    try:
        with sqlite3.connect(path) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_then_resume_matches_an_uninterrupted_run(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    expected = write_items(items)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(here=str(Path(__file__).parent)), encoding="utf-8")
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, str(script), f"sqlite:///{db}", str(items)])
    deadline = time.monotonic() + 60
    while _articles(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _articles(db)
    assert 0 < partial < expected["new"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    subprocess.run([sys.executable, str(script), f"sqlite:///{db}", str(items)], check=True)
    whole = tmp_path / "whole.db"
    subprocess.run([sys.executable, str(script), f"sqlite:///{whole}", str(items)], check=True)
    a, b = open_store(f"sqlite:///{db}"), open_store(f"sqlite:///{whole}")
    try:
        assert a.counts() == b.counts()
        assert a.counts()["articles"] == expected["new"]
        assert a.search("مستشفى").total == b.search("مستشفى").total > 0
    finally:
        a.close()
        b.close()
