"""The commands end to end: ingest, search, export, reprocess (on items written here)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner
from ingest_samples import write_items

from marsad.cli.main import cli
from marsad.store import open_store


def test_ingest_search_export(tmp_path: Path) -> None:
    expected = write_items(tmp_path / "items.jsonl", n_places=3)
    db = f"sqlite:///{tmp_path}/cli.db"
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(tmp_path / "items.jsonl"), "--db", db,
                              "--no-analysis", "-j", "0"])
    assert res.exit_code == 0, res.output
    assert "dup 1" in res.output
    store = open_store(db)
    stored = store.counts()["articles"]
    store.close()
    assert stored >= expected["new"]  # the real extractor may keep the "!!boom!!" item
    res = runner.invoke(cli, ["ingest", str(tmp_path / "items.jsonl"), "--db", db,
                              "--no-analysis", "-j", "0"])
    assert res.exit_code == 0 and "new 0" in res.output
    res = runner.invoke(cli, ["search", "بالمستشفى", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    hits = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert hits and all("مستشفى" in h["snippet"] for h in hits)
    res = runner.invoke(cli, ["search", "مستشفى", "--db", db, "--outlet", "outlet2"])
    assert res.exit_code == 0 and "0 articles match" in res.output
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"articles.{fmt}"
        res = runner.invoke(cli, ["export", "--what", "articles", "--format", fmt, "-o",
                                  str(out), "--db", db, "--outlet", "outlet0"])
        assert res.exit_code == 0, res.output
        if fmt == "csv":
            with out.open(encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
        elif fmt == "jsonl":
            rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
        else:
            rows = pq.read_table(out).to_pylist()
        assert len(rows) == 2 * 3 + 1  # 3 places x 2 days + the near-duplicate copy
        assert {r["source"] for r in rows} == {"outlet0"}
    res = runner.invoke(cli, ["export", "--what", "events", "-o", str(tmp_path / "ev.jsonl"),
                              "--db", db])
    assert res.exit_code == 0 and (tmp_path / "ev.jsonl").read_text() == ""
    res = runner.invoke(cli, ["reprocess", "--db", db, "-j", "0",
                              "--components", "sentences.rules.v1"])
    assert res.exit_code == 0, res.output
    assert f"re-analysed {stored} articles" in res.output


def test_unknown_store_url_is_a_clean_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["search", "x", "--db", "mongodb://nowhere/db"])
    assert res.exit_code == 2 and "no store backend" in res.output
