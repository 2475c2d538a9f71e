"""The temporal vocabulary, loaded once from ``marsad/data/timex/`` and normalised.

Every form in the tables is written in ordinary spelling; here it is put in match
form (:func:`marsad.arabic.normalize`) with runs of spaces collapsed, so lookups of a
matched span (also normalised) are plain dict lookups.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.arabic.normalize import normalize

__all__ = ["Lexicon", "alternation", "key", "load_lexicon"]

_SPACES = re.compile(r"\s+")


def key(form: str) -> str:
    """Lookup key of a form or matched span: match form, single spaces, lower case."""
    return _SPACES.sub(" ", normalize(form).strip()).lower()


def alternation(forms: object) -> str:
    """A regex alternation of normalised forms, longest first; spaces match any run."""
    keys = sorted({key(f) for f in forms}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(r"\s+".join(re.escape(part) for part in k.split(" ")) for k in keys)


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    safe_months: frozenset[str]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    day_words_need_prefix: frozenset[str]
    today_blocked_after: frozenset[str]
    today_blocked_before: frozenset[str]
    weekday_blocked_before: frozenset[str]
    parts_of_day: frozenset[str]
    directions: dict[str, int]
    this_words: frozenset[str]
    calendar_units: dict[str, str]
    duration_units: dict[str, tuple[str, int]]
    numbers: dict[str, int]
    approximators: frozenset[str]
    offset_signals: dict[str, str]
    modifiers: frozenset[str]
    licensors: frozenset[str]
    future_cues: tuple[str, ...]
    year_words: frozenset[str]
    year_prepositions: frozenset[str]
    count_nouns: frozenset[str]
    unit_blockers: frozenset[str]
    ordinal_days: dict[str, int]
    plural_units: dict[str, str]
    holidays: dict[str, tuple[str, int, int]]
    holiday_days: dict[str, int]
    holiday_eves: frozenset[str]
    ordinal_blockers: frozenset[str]
    decades: dict[str, int]
    centuries: dict[str, int]


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("marsad.data").joinpath("timex", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _mapping(table: dict[str, Any]) -> dict[str, Any]:
    return {key(k): v for k, v in table.items()}


def _forms(table: dict[str, Any], name: str = "forms") -> frozenset[str]:
    return frozenset(key(f) for f in table[name])


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = tomllib.loads(
        resources.files("marsad.data").joinpath("timex", "lexicon.toml").read_text("utf-8")
    )
    months: dict[str, int] = {}
    safe: set[str] = set()
    for form, month, _family, is_safe in _read_tsv("months.tsv"):
        months[key(form)] = int(month)
        if is_safe.strip() == "1":
            safe.add(key(form))
    hijri = {key(form): int(month) for form, month in _read_tsv("hijri_months.tsv")}
    return Lexicon(
        months=months,
        safe_months=frozenset(safe),
        hijri_months=hijri,
        weekdays=_mapping(raw["weekdays"]),
        day_words=_mapping(raw["day_words"]),
        day_words_need_prefix=_forms(raw["day_words_need_prefix"]),
        today_blocked_after=_forms(raw["today_blockers"], "after"),
        today_blocked_before=_forms(raw["today_blockers"], "before"),
        weekday_blocked_before=_forms(raw["weekday_blockers"], "before"),
        parts_of_day=_forms(raw["parts_of_day"]),
        directions=_mapping(raw["directions"]),
        this_words=_forms(raw["this_words"]),
        calendar_units=_mapping(raw["calendar_units"]),
        duration_units={key(k): (v[0], int(v[1])) for k, v in raw["duration_units"].items()},
        numbers=_mapping(raw["numbers"]),
        approximators=_forms(raw["approximators"]),
        offset_signals=_mapping(raw["offset_signals"]),
        modifiers=_forms(raw["modifiers"]),
        licensors=_forms(raw["licensors"]),
        future_cues=tuple(sorted(_forms(raw["future_cues"]), key=len, reverse=True)),
        year_words=_forms(raw["year_words"]),
        year_prepositions=_forms(raw["year_prepositions"]),
        count_nouns=_forms(raw["count_nouns"]),
        unit_blockers=_forms(raw["unit_blockers"], "before"),
        ordinal_days=_mapping(raw["ordinal_days"]),
        plural_units=_mapping(raw["plural_units"]),
        holidays={key(k): (v[0], int(v[1]), int(v[2])) for k, v in raw["holidays"].items()},
        holiday_days=_mapping(raw["holiday_days"]),
        holiday_eves=_forms(raw["holiday_eves"]),
        ordinal_blockers=_forms(raw["ordinal_blockers"], "before"),
        decades=_mapping(raw["decades"]),
        centuries=_mapping(raw["centuries"]),
    )
