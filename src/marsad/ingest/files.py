"""Files and directories: ``.txt`` (text dumps), ``.html``/``.htm``, and either gzipped.

A directory is walked recursively in sorted order (so item keys and run order are
stable); files of other kinds found inside are handed to their own source (JSON,
feeds, WARC) by :func:`marsad.ingest.open_source`.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import Any

from marsad.ingest.base import ItemError, RawItem, SourceStream
from marsad.registry import sources

__all__ = ["read_files", "strip_gz"]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def strip_gz(name: str) -> tuple[str, bool]:
    lower = name.lower()
    return (lower[:-3], True) if lower.endswith(".gz") else (lower, False)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, gunzipped when named ``.gz``, refusing more than ``max_bytes``."""
    if path.stat().st_size > max_bytes:
        raise ValueError(f"file larger than {max_bytes} bytes")
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ValueError(f"decompressed size over {max_bytes} bytes")
    return data


def one_file(path: Path, *, max_bytes: int = 20_000_000, source: str | None = None,
             **_: Any) -> SourceStream:
    name, _gz = strip_gz(path.name)
    key = str(path.resolve())
    try:
        data = read_bytes(path, max_bytes)
    except (OSError, EOFError, zlib.error, ValueError) as e:
        yield ItemError(key, str(path), f"cannot read: {e}")
        return
    if name.endswith(HTML_SUFFIXES):
        yield RawItem(key=key, input=str(path), data=data, source=source)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # not UTF-8: hand the bytes to extraction, which detects the encoding
        yield RawItem(key=key, input=str(path), data=data, source=source)
        return
    yield RawItem(key=key, input=str(path), text=text, source=source)


@sources.register("files.v1")
def read_files(spec: str, **options: Any) -> SourceStream:
    """Items from a text/HTML file (optionally .gz) or every such file under a directory."""
    from marsad.ingest import open_source

    path = Path(spec)
    if not path.exists():
        yield ItemError(spec, spec, "no such file or directory")
        return
    if path.is_file():
        yield from one_file(path, **options)
        return
    for child in sorted(p for p in path.rglob("*") if p.is_file()):
        if child.name.startswith("."):
            continue
        name, _ = strip_gz(child.name)
        if name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
            yield from one_file(child, **options)
        else:
            yield from open_source(str(child), **options)
