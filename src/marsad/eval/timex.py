"""Timex evaluation: exact-value accuracy on a table of cases, marsad beside dateparser.

A case file is a TSV (``#`` lines are comments) with the header
``text anchor value granularity kind``: one sentence holding one temporal expression,
the publication date (``-`` for none), the expected ISO value (``-`` when it cannot be
resolved, ``NONE`` when the sentence holds no expression), granularity and kind.

marsad is right when its longest expression has the expected value and granularity
(for ``NONE``: when it finds nothing). dateparser (``search_dates`` with Arabic, the
anchor as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM: past``) has no granularity, so its
first date is formatted at the *expected* granularity before comparing: a lenient
reading in its favour. Durations (``P3D``) cannot be expressed by it and count as misses.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from marsad.errors import InputError
from marsad.timex import resolve

__all__ = [
    "CaseResult",
    "Score",
    "TimexCase",
    "dateparser_predict",
    "evaluate",
    "load_cases",
    "marsad_predict",
]

log = logging.getLogger(__name__)

COLUMNS = ("text", "anchor", "value", "granularity", "kind")


@dataclass(frozen=True, slots=True)
class TimexCase:
    text: str
    anchor: date | datetime | None
    value: str | None  # None: an expression without a value
    granularity: str
    kind: str
    expect_none: bool = False  # the text holds no temporal expression
    line: int = 0


@dataclass(frozen=True, slots=True)
class CaseResult:
    case: TimexCase
    predicted: str | None
    correct: bool


@dataclass(slots=True)
class Score:
    system: str
    results: list[CaseResult] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def by_kind(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for r in self.results:
            k = r.case.kind or "none"
            c, n = out.get(k, (0, 0))
            out[k] = (c + r.correct, n + 1)
        return out


def _anchor(s: str) -> date | datetime | None:
    s = s.strip()
    if s in ("", "-"):
        return None
    return datetime.fromisoformat(s) if "T" in s else date.fromisoformat(s)


def load_cases(path: str | Path) -> list[TimexCase]:
    """Read a case TSV; raises :class:`InputError` naming the file and line."""
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read timex cases: {e}", str(path)) from e
    cases: list[TimexCase] = []
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen and tuple(c.strip() for c in cols) == COLUMNS:
            header_seen = True
            continue
        if len(cols) != len(COLUMNS):
            raise InputError(
                f"line {n}: expected {len(COLUMNS)} columns, got {len(cols)}", str(path)
            )
        text, anchor, value, gran, kind = (c.strip() for c in cols)
        try:
            parsed_anchor = _anchor(anchor)
        except ValueError as e:
            raise InputError(f"line {n}: bad anchor {anchor!r}", str(path)) from e
        cases.append(
            TimexCase(
                text=text,
                anchor=parsed_anchor,
                value=None if value in ("-", "NONE") else value,
                granularity=gran,
                kind=kind,
                expect_none=value == "NONE",
                line=n,
            )
        )
    return cases


def marsad_predict(case: TimexCase) -> tuple[str | None, bool]:
    t = resolve(case.text, case.anchor)
    if case.expect_none:
        return (t.value if t else None), t is None
    if t is None:
        return None, False
    return t.value, (t.value == case.value and t.granularity == case.granularity)


def _format_as(d: datetime, granularity: str) -> str:
    if granularity == "time":
        return d.strftime("%Y-%m-%dT%H:%M")
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    return d.date().isoformat()


def dateparser_predict(case: TimexCase) -> tuple[str | None, bool]:
    from dateparser.search import search_dates

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if case.anchor is not None:
        a = case.anchor
        settings["RELATIVE_BASE"] = (
            a if isinstance(a, datetime) else datetime(a.year, a.month, a.day)
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = search_dates(case.text, languages=["ar"], settings=settings)
        except Exception as e:  # dateparser raises assorted errors on odd input
            log.debug("dateparser failed on line %s: %r", case.line, e)
            found = None
    if case.expect_none:
        return (found[0][0] if found else None), not found
    if not found or case.value is None:
        return None, False
    predicted = _format_as(found[0][1], case.granularity)
    return predicted, predicted == case.value


def dateparser_available() -> bool:
    try:
        import dateparser.search  # noqa: F401
    except ImportError:
        return False
    return True


def evaluate(
    cases: Iterable[TimexCase],
    systems: Mapping[str, Callable[[TimexCase], tuple[str | None, bool]]] | None = None,
) -> dict[str, Score]:
    """Score each system on every case; default systems: marsad (+ dateparser if installed)."""
    if systems is None:
        systems = {"marsad": marsad_predict}
        if dateparser_available():
            systems["dateparser"] = dateparser_predict
    scores = {name: Score(name) for name in systems}
    for case in cases:
        for name, predict in systems.items():
            predicted, ok = predict(case)
            scores[name].results.append(CaseResult(case, predicted, ok))
    return scores
