"""``parse_date_string``: a page's publication date from the strings sites print.

Handles ISO 8601 (``2023-01-12T10:45:00+03:00``), numeric day-first dates
(``12/01/2023``), Arabic dates in every month family with Arabic-Indic digits
(``الخميس 12 يناير 2023``, ``١٢ كانون الثاني ٢٠٢٣ - 10:45``), Hijri dates
(``11 شوال 1441هـ``, converted to Gregorian), English dates (``January 12, 2023``)
and, given an anchor, relative ones (``منذ ساعتين``). A time of day (``10:45``,
``10:45 م``, ``+03:00``) is kept when present.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone

from marsad.arabic.normalize import normalize
from marsad.models import TimeExpression
from marsad.timex.find import find_timexes
from marsad.timex.lexicon import key, load_lexicon

__all__ = ["MAX_CHARS", "parse_date_string"]

MAX_CHARS = 1000

_TIME = re.compile(
    r"(?<![\d:])(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
    r"(?:\s*(?P<ampm>صباحا|مساء|مساءا|ص|م|am|pm|a\.m\.|p\.m\.)(?!\w))?"
    r"(?:\s*(?:gmt|utc)?\s*(?P<tz>[+-])(?P<tzh>\d{1,2}):?(?P<tzm>\d{2})?|\s*(?P<z>z|gmt|utc)\b)?",
    re.IGNORECASE,
)
_ENGLISH_MDY = re.compile(
    r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>\d{4})\b"
)


def _iso(s: str) -> datetime | None:
    t = s.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", t):
        return None
    try:
        return datetime.fromisoformat(t.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def _time_of_day(norm: str) -> tuple[time, timezone | None] | None:
    """The first valid ``HH:MM[:SS]`` (with ص/م or am/pm and an offset) in ``norm``."""
    for m in _TIME.finditer(norm):
        hour, minute = int(m.group("h")), int(m.group("mi"))
        ampm = (m.group("ampm") or "").lower()
        if ampm in ("م", "مساء", "مساءا", "pm", "p.m.") and hour < 12:
            hour += 12
        elif ampm in ("ص", "صباحا", "am", "a.m.") and hour == 12:
            hour = 0
        if hour > 23:
            continue
        tz: timezone | None = None
        if m.group("tz"):
            sign = 1 if m.group("tz") == "+" else -1
            offset = timedelta(hours=int(m.group("tzh")), minutes=int(m.group("tzm") or 0))
            tz = timezone(sign * offset)
        elif m.group("z"):
            tz = UTC
        return time(hour, minute, int(m.group("s") or 0)), tz
    return None


def _pick(found: list[TimeExpression]) -> TimeExpression | None:
    """The page date among the expressions: Gregorian day first, then Hijri, then time."""
    days = [t for t in found if t.value and t.granularity in ("day", "time")]
    for t in days:
        if t.kind != "hijri" and t.granularity == "day":
            return t
    return days[0] if days else None


def parse_date_string(s: str, anchor: date | datetime | None = None) -> datetime | None:
    """A datetime from a date string as printed on a page; ``None`` if none is found.

    Relative strings (``منذ ساعتين``, ``أمس``) resolve only against ``anchor``.
    Only day-precise dates count: ``يناير 2023`` gives ``None``.
    """
    if not s or not s.strip():
        return None
    s = s[:MAX_CHARS]  # a date line, not a page: the first date wins anyway
    norm = normalize(s)
    iso = _iso(norm)
    if iso is not None:
        return iso
    found = find_timexes(s, anchor)
    best = _pick(found)
    if best is None:
        return _english(norm)
    assert best.value is not None
    if best.granularity == "time":
        return datetime.fromisoformat(best.value)
    day = date.fromisoformat(best.value)
    tod = _time_of_day(norm)
    if tod is None:
        return datetime(day.year, day.month, day.day)
    return datetime.combine(day, tod[0], tzinfo=tod[1])


def _english(norm: str) -> datetime | None:
    m = _ENGLISH_MDY.search(norm)
    if not m:
        return None
    month = load_lexicon().months.get(key(m.group("mon")))
    if month is None:
        return None
    try:
        day = date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None
    tod = _time_of_day(norm)
    if tod is None:
        return datetime(day.year, day.month, day.day)
    return datetime.combine(day, tod[0], tzinfo=tod[1])
