"""Resolving what an expression says (:class:`Spec`) against the publication date.

News prefers the past: a month, a day-month or a weekday without a year or a direction
is the most recent one (a day-month up to a week ahead is still this year's), unless a
future cue precedes it in the clause ("من المقرر ... في أبريل"). Values are ISO strings
at the expression's granularity: ``2023-03-15`` (day), ``2023-W10`` (ISO week),
``2023-03`` (month), ``2023`` (year), ``199`` (decade, as in ISO 8601 / TimeML),
``2023-03-16T08:45`` (time), ``P3D`` (duration).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

from marsad.models import Granularity

__all__ = ["Spec", "resolve_spec"]

log = logging.getLogger(__name__)

# a day-month this far ahead of the publication date is still read as this year's:
# news names coming dates weeks ahead more often than dates eleven months back
FUTURE_TOLERANCE = timedelta(days=30)
_UNIT_GRANULARITY: dict[str, Granularity] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "hour": "time",
    "minute": "time",
}
_DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M"}


@dataclass(frozen=True, slots=True)
class Spec:
    """What a matched expression says, before it meets an anchor.

    ``type`` is one of: date (day, month, year?), dom (day of the month ``offset``
    months from the anchor's: "16 الجاري"), month (month, year?), year, weekday,
    dayword (offset days), relunit (unit, offset), offset (signal, unit, count),
    decade (decade digit, century?), hijri_date, hijri_month, hijri_year.
    """

    type: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: int | None = None  # -1 past, 0 current, +1 next; None: unmarked
    offset: int = 0  # days (dayword, nth day of a feast), months (dom) or units (relunit)
    unit: str | None = None
    count: int | None = None  # 0: vague ("بضعة أيام")
    signal: str | None = None  # before | after | since | duration
    decade: int | None = None
    century: int | None = None  # 20 = the 1900s
    century_relative: bool = False  # century is an offset from the anchor's
    future: bool = False  # a future cue precedes the expression
    since: bool = False  # "منذ ..." before it: the start of a state that goes on

    @property
    def granularity(self) -> Granularity:
        if self.type in ("date", "dom", "weekday", "dayword", "hijri_date"):
            return "day"
        if self.type in ("month", "hijri_month"):
            return "month"
        if self.type in ("year", "hijri_year"):
            return "year"
        if self.type == "decade":
            return "decade"
        return _UNIT_GRANULARITY.get(self.unit or "day", "day")

    @property
    def kind(self) -> str:
        if self.since:
            return "since"
        if self.type == "offset":
            return {"since": "since", "duration": "duration"}.get(self.signal or "", "relative")
        if self.type.startswith("hijri"):
            return "hijri"
        if self.type in ("weekday", "dayword", "relunit", "dom"):
            return "relative"
        if self.type in ("date", "month") and self.year is None:
            return "relative"
        return "absolute"


def _as_date(anchor: date | datetime) -> date:
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month_year(month: int, direction: int | None, future: bool, anchor: date) -> int:
    """The year of a month named without one."""
    if direction == -1:
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction == 1:
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction == 0:
        return anchor.year
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _day_month_year(day: int, month: int, spec: Spec, anchor: date) -> int:
    """The year of a day-month named without one.

    Unmarked: the latest occurrence no more than :data:`FUTURE_TOLERANCE` ahead ("في 2
    يناير" on 28 December is five days ahead). A direction or a future cue picks the
    first occurrence on that side. 29 February looks up to eight years around.
    """
    cands = []
    for y in range(anchor.year - 8, anchor.year + 9):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        raise ValueError(f"no day {day} in month {month}")
    if spec.direction == -1:
        return max(c for c in cands if c < anchor).year
    if spec.direction == 1:
        return min(c for c in cands if c > anchor).year
    if spec.future:
        return min(c for c in cands if c >= anchor).year
    return max(c for c in cands if c <= anchor + FUTURE_TOLERANCE).year


def _weekday_date(spec: Spec, anchor: date) -> date:
    wd = spec.weekday or 1
    today = anchor.isoweekday()
    if spec.direction == 1:
        return anchor + timedelta(days=(wd - today) % 7 or 7)
    if spec.direction == -1:
        return anchor - timedelta(days=(today - wd) % 7 or 7)
    if spec.future:
        return anchor + timedelta(days=(wd - today) % 7)
    return anchor - timedelta(days=(today - wd) % 7)


def _dayword_date(spec: Spec, anchor: date) -> date:
    """``أمس الأربعاء``: the day word, unless its weekday disagrees.

    A named weekday outranks a publication date that is a day off (time zones, pages
    dated when crawled): the nearest date with that weekday wins.
    """
    target = anchor + timedelta(days=spec.offset)
    if spec.weekday is None or target.isoweekday() == spec.weekday:
        return target
    delta = (spec.weekday - target.isoweekday()) % 7
    if delta > 3:
        delta -= 7
    log.debug("%s is no weekday %s: moved %+d days", target, spec.weekday, delta)
    return target + timedelta(days=delta)


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError) as e:
        log.debug("Hijri date %s-%s-%s out of range: %s", year, month, day, e)
        return None
    return date(g.year, g.month, g.day)


def _hijri_year_of(month: int, spec: Spec, anchor: date) -> int | None:
    try:
        h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    if spec.direction == -1:
        return h.year if month < h.month else h.year - 1
    if spec.direction == 1:
        return h.year if month > h.month else h.year + 1
    if spec.direction == 0:
        return h.year
    if spec.future:
        return h.year if month >= h.month else h.year + 1
    return h.year if month <= h.month else h.year - 1


def _hijri_day_without_year(month: int, day: int, spec: Spec, anchor: date) -> date | None:
    """A Hijri day-month placed like a Gregorian one (see :func:`_day_month_year`)."""
    try:
        hy = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    cands = [d for y in (hy - 1, hy, hy + 1) if (d := _hijri_to_gregorian(y, month, day))]
    if spec.direction == -1:
        pool = [c for c in cands if c < anchor]
        return max(pool) if pool else None
    if spec.direction == 1 or spec.future:
        pool = [c for c in cands if c > anchor or (spec.future and c == anchor)]
        return min(pool) if pool else None
    pool = [c for c in cands if c <= anchor + FUTURE_TOLERANCE]
    return max(pool) if pool else None


def _shift(anchor: date | datetime, unit: str, k: int) -> tuple[date | datetime, Granularity]:
    if unit in ("hour", "minute"):
        if isinstance(anchor, datetime):
            delta = timedelta(hours=k) if unit == "hour" else timedelta(minutes=k)
            return anchor + delta, "time"
        return anchor, "day"  # "قبل ساعتين" against a bare date: that day
    d = _as_date(anchor)
    if unit == "day":
        return d + timedelta(days=k), "day"
    if unit == "week":
        return d + timedelta(days=7 * k), "week"
    if unit == "month":
        y, m = _add_months(d.year, d.month, k)
        return date(y, m, 1), "month"
    return date(d.year + k, 1, 1), "year"


def _format(value: date | datetime, granularity: Granularity) -> str:
    if granularity == "time" and isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    d = _as_date(value)
    if granularity == "week":
        return _week(d)
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "year":
        return f"{d.year:04d}"
    return d.isoformat()


def resolve_spec(spec: Spec, anchor: date | datetime | None) -> tuple[str | None, Granularity]:
    """``(value, granularity)`` of ``spec``; value ``None`` when it cannot be placed."""
    try:
        return _resolve(spec, anchor)
    except (ValueError, OverflowError) as e:  # 31 April, year 0 ...
        log.debug("cannot resolve %s: %s", spec, e)
        return None, spec.granularity


def _resolve(spec: Spec, anchor: date | datetime | None) -> tuple[str | None, Granularity]:
    g = spec.granularity
    a = _as_date(anchor) if anchor is not None else None
    t = spec.type
    if t == "date":
        assert spec.month is not None and spec.day is not None
        year = spec.year
        if year is None:
            if a is None:
                return None, g
            year = _day_month_year(spec.day, spec.month, spec, a)
        d = date(year, spec.month, spec.day) + timedelta(days=spec.offset)  # nth day of a feast
        return d.isoformat(), g
    if t == "month":
        assert spec.month is not None
        year = spec.year
        if year is None:
            if a is None:
                return None, g
            year = _month_year(spec.month, spec.direction, spec.future, a)
        return f"{year:04d}-{spec.month:02d}", g
    if t == "year":
        return f"{spec.year:04d}", g
    if t == "decade":
        return _decade(spec, a), g
    if t.startswith("hijri"):
        return _hijri(spec, a), g
    if a is None or anchor is None:
        return None, g
    if t == "weekday":
        return _weekday_date(spec, a).isoformat(), g
    if t == "dom":
        y, m = _add_months(a.year, a.month, spec.offset)
        return date(y, m, spec.day or 1).isoformat(), g
    if t == "dayword":
        return _dayword_date(spec, a).isoformat(), g
    if t == "relunit":
        value, g = _shift(a, spec.unit or "day", spec.offset)
        return _format(value, g), g
    # offset: before / after / since / duration
    if not spec.count:
        return None, g
    unit = spec.unit or "day"
    if spec.signal == "duration":
        code = _DURATION_CODE[unit]
        prefix = "PT" if unit in ("hour", "minute") else "P"
        return f"{prefix}{spec.count}{code}", g
    k = spec.count if spec.signal == "after" else -spec.count
    value, g = _shift(anchor, unit, k)
    return _format(value, g), g


def _decade(spec: Spec, anchor: date | None) -> str | None:
    tens = spec.decade or 0
    if spec.century is not None and not spec.century_relative:
        start = (spec.century - 1) * 100
    elif spec.century is not None:
        if anchor is None:
            return None
        start = (anchor.year // 100 + spec.century) * 100
    elif anchor is not None:  # the most recent decade of that name that has begun
        start = (anchor.year // 100) * 100
        if start + 10 * tens > anchor.year:
            start -= 100
    else:
        start = 1900 if tens >= 3 else 2000  # "التسعينيات" without an anchor: the 1990s
    return f"{(start + 10 * tens) // 10:03d}"


def _hijri(spec: Spec, anchor: date | None) -> str | None:
    month = spec.month
    year = spec.year
    if spec.type == "hijri_year":
        assert year is not None
        mid = _hijri_to_gregorian(year, 7, 1)  # 1 Rajab: the middle of the Hijri year
        return f"{mid.year:04d}" if mid else None
    assert month is not None
    if spec.type == "hijri_date" and year is None:
        if anchor is None:
            return None
        d = _hijri_day_without_year(month, spec.day or 1, spec, anchor)
        return (d + timedelta(days=spec.offset)).isoformat() if d else None
    if year is None:
        if anchor is None:
            return None
        year = _hijri_year_of(month, spec, anchor)
        if year is None:
            return None
    if spec.type == "hijri_date":
        d = _hijri_to_gregorian(year, month, spec.day or 1)
        return d.isoformat() if d else None
    # a Hijri month straddles two Gregorian months: name the one holding its middle
    mid = _hijri_to_gregorian(year, month, 15)
    return f"{mid.year:04d}-{mid.month:02d}" if mid else None
