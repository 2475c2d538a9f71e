"""JSON and JSONL: one article object per line, arrays of objects, and zips of either.

The SaudiNewsNet dumps are zips holding one JSON array of objects with ``source``,
``url``, ``date_extracted``, ``title``, ``author`` and ``content``. Fields are found
by a default mapping (``text`` from text/content/body, ...) that ``field_map``
overrides: ``{"text": "content", "published": "date_extracted"}`` (the CLI's
``--map text=content,published=date_extracted``).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.ingest.base import ItemError, RawItem, SourceStream, item_key
from marsad.ingest.files import read_bytes, strip_gz
from marsad.registry import sources

__all__ = ["DEFAULT_FIELDS", "parse_field_map", "read_json"]

# item field -> candidate keys in the object, first present wins
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext"),
    "html": ("html", "raw_html", "content_html"),
    "url": ("url", "link", "canonical_url"),
    "title": ("title", "headline"),
    "published": ("published", "date_published", "date_publish", "pubDate", "date",
                  "date_extracted"),
    "source": ("source", "outlet", "site", "source_domain"),
    "id": ("id", "_id", "uid"),
}


def parse_field_map(spec: str | dict[str, str] | None) -> dict[str, str]:
    """``"text=content,published=date_extracted"`` → ``{"text": "content", ...}``."""
    if not spec:
        return {}
    if isinstance(spec, dict):
        pairs = spec.items()
    else:
        pairs = (part.split("=", 1) for part in spec.split(",") if "=" in part)  # type: ignore[assignment]
    out = {k.strip(): v.strip() for k, v in pairs}
    unknown = set(out) - set(DEFAULT_FIELDS)
    if unknown:
        from marsad.errors import ConfigError

        raise ConfigError(f"--map: unknown field(s) {', '.join(sorted(unknown))}; "
                          f"known: {', '.join(DEFAULT_FIELDS)}")
    return out


def _get(obj: dict[str, Any], path: str) -> Any:
    """``a.b`` reaches into nested objects."""
    cur: Any = obj
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def to_item(
    obj: Any, input_name: str, position: str, field_map: dict[str, str],
    default_source: str | None = None,
) -> RawItem | ItemError:
    if not isinstance(obj, dict):
        return ItemError(f"{input_name}#{position}", input_name, "not a JSON object")
    values: dict[str, Any] = {}
    for name, candidates in DEFAULT_FIELDS.items():
        keys = (field_map[name],) if name in field_map else candidates
        for k in keys:
            v = _get(obj, k)
            if v not in (None, ""):
                values[name] = v
                break
    text, html = values.get("text"), values.get("html")
    url = values.get("url") if isinstance(values.get("url"), str) else None
    key = item_key(input_name, position, url)
    if not isinstance(text, str) and not isinstance(html, str):
        return ItemError(key, input_name, "no text or html field")
    meta = {k: obj[k] for k in ("author",) if obj.get(k)}
    return RawItem(
        key=key, input=input_name, html=html if isinstance(html, str) else None,
        text=None if isinstance(html, str) else text, url=url,
        published=str(values["published"]) if values.get("published") else None,
        title=str(values["title"]) if values.get("title") else None,
        source=str(values.get("source") or default_source or "") or None,
        id=str(values["id"]) if values.get("id") else None, meta=meta,
    )


def _objects(payload: bytes, name: str) -> Iterator[tuple[str, Any] | ItemError]:
    """(position, object) pairs from JSON (array, object with a list, single object) or
    JSONL; a malformed JSONL line is one error, the rest is read."""
    text = payload.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if name.endswith(".jsonl") or name.endswith(".ndjson") or not stripped.startswith(("[", "{")):
        yield from _lines(text, name)
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if stripped.startswith("{"):  # maybe JSONL after all
            yield from _lines(text, name)
            return
        yield ItemError(name, name, f"malformed JSON: {e}")
        return
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 and "text" not in data else [data]
    if not isinstance(data, list):
        yield ItemError(name, name, "JSON is neither an object nor an array")
        return
    for i, obj in enumerate(data):
        yield str(i), obj


def _lines(text: str, name: str) -> Iterator[tuple[str, Any] | ItemError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield f"L{n}", json.loads(line)
        except json.JSONDecodeError as e:
            yield ItemError(f"{name}#L{n}", name, f"malformed JSON line: {e.msg}")


def _from_payload(
    payload: bytes, name: str, field_map: dict[str, str], source: str | None
) -> Iterable[RawItem | ItemError]:
    for got in _objects(payload, name):
        if isinstance(got, ItemError):
            yield got
        else:
            yield to_item(got[1], name, got[0], field_map, source)


@sources.register("json.v1")
def read_json(
    spec: str, *, field_map: str | dict[str, str] | None = None, source: str | None = None,
    max_bytes: int = 2_000_000_000, **_: Any,
) -> SourceStream:
    """Items from a .json / .jsonl / .ndjson file (optionally .gz) or a .zip of them."""
    fmap = parse_field_map(field_map)
    path = Path(spec)
    name, _gz = strip_gz(path.name)
    try:
        if name.endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                for member in sorted(zf.namelist()):
                    if not member.lower().endswith((".json", ".jsonl", ".ndjson")):
                        continue
                    try:
                        payload = zf.read(member)
                    except (zipfile.BadZipFile, OSError, EOFError) as e:
                        yield ItemError(f"{spec}!{member}", spec, f"cannot read member: {e}")
                        continue
                    yield from _from_payload(payload, f"{spec}!{member}", fmap, source)
            return
        payload = read_bytes(path, max_bytes)
    except (OSError, zipfile.BadZipFile, EOFError, ValueError) as e:
        yield ItemError(spec, spec, f"cannot read: {e}")
        return
    yield from _from_payload(payload, spec, fmap, source)
