"""Reading the KB's TSV files: header by name, ``|`` variants, errors with file:line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from marsad.errors import KBError

__all__ = ["ErrorLog", "Row", "parse_date", "read_tsv", "split_cell"]

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True)
class Row:
    where: str  # "people/levant.roles.tsv:12"
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def variants(self, column: str) -> tuple[str, ...]:
        return split_cell(self.cells.get(column, ""))


@dataclass(slots=True)
class ErrorLog:
    """Collects every problem so one run reports them all, then raises once."""

    errors: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def raise_if_any(self, shown: int = 30) -> None:
        if not self.errors:
            return
        head = "\n  ".join(self.errors[:shown])
        more = len(self.errors) - shown
        tail = f"\n  ... and {more} more" if more > 0 else ""
        raise KBError(f"invalid knowledge base ({len(self.errors)} errors):\n  {head}{tail}")


def split_cell(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def parse_date(text: str) -> date:
    """A full ISO day; anything else (``2024``, ``2024-13-01``) raises ValueError."""
    if not _DATE_RE.match(text):
        raise ValueError(f"malformed date {text!r} (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError as e:
        raise ValueError(f"malformed date {text!r} ({e})") from e


def read_tsv(
    path: Path,
    label: str,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    log: ErrorLog,
) -> Iterator[Row]:
    """Rows of ``path`` as dicts keyed by header names; problems go to ``log``.

    ``label`` is the path shown in messages (relative to the KB directory).
    """
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KBError(f"{label}: cannot read: {e}") from e
    header: list[str] | None = None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if cells == header:  # a header repeated by concatenated files
            continue
        if header is None:
            header = cells
            unknown = [c for c in header if c not in columns]
            missing = [c for c in required if c not in header]
            if unknown:
                log.add(f"{label}:{lineno}", f"unknown columns {unknown}")
            if missing:
                log.add(f"{label}:{lineno}", f"missing required columns {missing}")
                return
            continue
        if len(cells) > len(header):
            log.add(f"{label}:{lineno}", f"{len(cells)} cells but {len(header)} columns")
            continue
        row = Row(f"{label}:{lineno}", dict(zip(header, cells, strict=False)))
        empty = [c for c in required if not row.get(c)]
        if empty:
            log.add(row.where, f"empty required cell(s) {empty}")
            continue
        yield row


def header_of(path: Path) -> list[str]:
    """The header row of a TSV file (first non-comment line), for telling kinds apart."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                return [c.strip() for c in line.rstrip("\n").split("\t")]
    return []
