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
    by_url = {a.url: a for a in store.iter_articles()}
    copy = by_url["https://copy.example/1"]
    original = by_url["https://news0.example/0/بغداد"]
    assert copy.meta["dup_group"] and copy.meta["dup_group"] == original.meta["dup_group"]
    assert copy.cluster_id == original.cluster_id  # a near-duplicate joins its story
    group = store.get_cluster(copy.meta["dup_group"])
    assert group is not None and {"https://copy.example/1", original.url} <= {
        a.url for a in group["articles"]}
    # other topics are not near-duplicates of this one
    assert not any(a.meta.get("dup_group") == copy.meta["dup_group"]
                   for a in by_url.values() if "news2.example" in (a.url or ""))
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
        time.sleep(0.03)
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
    expected = write_items(items, n_places=8)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(here=str(Path(__file__).parent)), encoding="utf-8")
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, str(script), f"sqlite:///{db}", str(items)])
    deadline = time.monotonic() + 60
    while _articles(db) < 10 and proc.poll() is None and time.monotonic() < deadline:
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
    run(tmp_path, f"sqlite:///{whole}", batch_size=3)
    a, b = open_store(f"sqlite:///{db}"), open_store(f"sqlite:///{whole}")
    try:
        assert a.counts() == b.counts()
        assert a.counts()["articles"] == expected["new"]
        assert a.search("مستشفى").total == b.search("مستشفى").total > 0
    finally:
        a.close()
        b.close()


class FailsOnHospitals(Component):
    name = "test.fails.v1"
    assigns = ("flags",)

    def __call__(self, article: Article) -> Article:
        if "مستشفى" in article.text:
            raise RuntimeError("this component dislikes hospitals")
        return article


def failing() -> Pipeline:
    return Pipeline([FailsOnHospitals()], on_error="record")


def test_analysis_errors_are_stored_with_their_reason(tmp_path: Path) -> None:
    write_items(tmp_path / "items.jsonl", n_places=2)
    db = f"sqlite:///{tmp_path}/e.db"
    summary, counts = run(tmp_path, db, pipeline_factory=failing)
    assert summary.analysis_errors == 5  # 2 places x 2 days + the exact copy is a duplicate
    assert any("dislikes hospitals" in r for r in summary.reasons)
    store = open_store(db)
    broken = [a for a in store.iter_articles() if a.error]
    assert len(broken) == 5 and all("مستشفى" in a.text for a in broken)
    # the failed ones carry no pipeline version: the same pipeline's reprocess retries them
    assert reprocess(store, pipeline_factory=failing).new == 5
    # a working pipeline is a new version: every article is redone, the errors go away
    assert reprocess(store, pipeline_factory=marking).new == counts["articles"]
    assert not [a for a in store.iter_articles() if a.error]
    store.close()


def test_bad_input_leaves_stored_articles_untouched(tmp_path: Path) -> None:
    write_items(tmp_path / "items.jsonl", n_places=2)
    db = f"sqlite:///{tmp_path}/b.db"
    run(tmp_path, db)
    store = open_store(db)
    before = {a.id: a for a in store.iter_articles()}
    store.close()
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "a.html").write_bytes(bytes(range(256)) * 40)
    (junk / "b.jsonl").write_bytes(b'{"text": "\xff\xfe\x00"}\n[1,2\n{"url": 5, "text": 7}\n')
    (junk / "c.txt.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    (junk / "d.warc.gz").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n")
    store = open_store(db)
    summary = ingest([str(junk)], store, pipeline_factory=EMPTY, extractor=fake_extract)
    assert summary.failed >= 4
    after = {a.id: a for a in store.iter_articles()}
    assert all(after[k] == v for k, v in before.items())
    store.close()
