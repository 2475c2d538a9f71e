"""Sample articles bundled for ``marsad demo``.

``articles.jsonl`` holds news articles written by the marsad team in the style of Arabic
news agencies and papers, for the demo and for tests. They are fiction: the outlets are
made up (their URLs live under the reserved ``.invalid`` domain), the events are invented
around real people in the offices they held in September-October 2024, and every record
carries ``"sample": true``. See ``docs/samples.md`` for the stories they contain.

One JSON object a line, readable by the JSON source (``marsad ingest articles.jsonl``)::

    {"id": "sample-001", "url": "https://samples.marsad.invalid/<outlet>/sample-001",
     "source": "<fictional outlet>", "title": "...", "published": "2024-09-02T11:20:00+03:00",
     "text": "<paragraphs separated by blank lines>", "story": "<story key>", "sample": true}

``story`` names the story an article tells (the same key across outlets); the ingest
ignores it, the tests use it as the gold grouping.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import InputError

__all__ = ["SAMPLES_FILE", "load_samples", "samples_path"]

SAMPLES_FILE = "articles.jsonl"


def samples_path() -> Path:
    """The bundled ``articles.jsonl`` as a file on disk (the package is installed unzipped)."""
    return Path(str(resources.files(__name__).joinpath(SAMPLES_FILE)))


def load_samples() -> list[dict[str, Any]]:
    """The sample articles as dicts, in file order (by publication time)."""
    path = samples_path()
    try:
        text = resources.files(__name__).joinpath(SAMPLES_FILE).read_text("utf-8")
    except OSError as e:
        raise InputError(f"cannot read the bundled samples: {e}", str(path)) from e
    out: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"malformed sample on line {n}: {e.msg}", str(path)) from e
        out.append(obj)
    return out
