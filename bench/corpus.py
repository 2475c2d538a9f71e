"""The SaudiNewsNet dumps under ../shared/data/corpus, read at run time, never copied.

Every bench script reads its articles through here: four zips of JSON arrays with
source, url, date_extracted, title, author and content.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "saudinewsnet"


def iter_records(corpus: Path = CORPUS) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """``(zip stem, index in its file, record)`` for every record with a body, in file order."""
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for i, rec in enumerate(json.loads(zf.read(name))):
                    if (rec.get("content") or "").strip():
                        yield path.stem, i, rec


def records(limit: int = 0, corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """The first ``limit`` records with a body (all of them for 0)."""
    found = (rec for _, _, rec in iter_records(corpus))
    return list(islice(found, limit) if limit else found)


def texts(limit: int = 0, corpus: Path = CORPUS) -> list[str]:
    """The bodies of :func:`records`."""
    return [rec["content"] for rec in records(limit, corpus)]


def texts_from_cli(description: str | None) -> list[str] | None:
    """For a bench whose only option is ``--limit``: the bodies to run, or None (after
    saying so) when the corpus is absent."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return None
    return texts(args.limit)
