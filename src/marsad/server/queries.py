"""Dashboard lookups that join the store with the knowledge base.

Actor codes ("SYRGOV") become readable labels ("سوريا · الحكومة"), and an actor page
shows the roles its entity held over time, which only the KB knows.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from marsad.store.base import Store

__all__ = ["SECTOR_AR", "code_label", "roles_of", "top_actors", "top_dyads"]

log = logging.getLogger(__name__)

UNKNOWN = "---"  # the coder's code for an actor it could not identify: not a "top" actor

SECTOR_AR = {
    "GOV": "الحكومة", "MIL": "الجيش", "REB": "متمردون", "OPP": "المعارضة", "IGO": "منظمة دولية",
    "COP": "الشرطة", "JUD": "القضاء", "LEG": "البرلمان", "PTY": "حزب", "SPY": "الاستخبارات",
    "UAF": "مسلحون", "CVL": "مدنيون", "MED": "الإعلام", "REL": "رجال دين", "BUS": "قطاع الأعمال",
    "NGO": "منظمة غير حكومية", "INS": "متمردون",
}


@lru_cache(maxsize=1)
def _kb() -> Any:
    try:
        from marsad.entities.kb import load_kb

        return load_kb()
    except Exception as e:  # the dashboard still works without KB labels
        log.warning("knowledge base unavailable for labels: %s", e)
        return None


def code_label(code: str) -> str:
    """``"SYRGOV"`` → ``"سوريا · الحكومة"``; unknown codes are returned as they are."""
    kb = _kb()
    country = kb.countries.get(code[:3]) if kb is not None and len(code) >= 3 else None
    if country is None:
        return code
    name = country.names_ar[0] if country.names_ar else country.name_en
    sector = SECTOR_AR.get(code[3:6], code[3:]) if len(code) > 3 else ""
    return f"{name} · {sector}" if sector else name


def roles_of(entity_id: str) -> list[dict[str, Any]]:
    kb = _kb()
    if kb is None:
        return []
    roles = sorted(kb.roles_of(entity_id), key=lambda r: r.start, reverse=True)
    office_names = {k: o.name_en for k, o in kb.offices.items()}
    return [
        {
            "office": office_names.get(r.office, r.office),
            "country": r.country,
            "start": r.start.isoformat() if r.start else "",
            "end": r.end.isoformat() if r.end else None,
        }
        for r in roles
    ]


def top_actors(store: Store, limit: int = 12) -> list[dict[str, Any]]:
    """Actor codes with the most events (as actor), with labels."""
    totals: dict[str, int] = {}
    for row in store.stats("actor", interval="year"):
        totals[row["key"]] = totals.get(row["key"], 0) + int(row["count"])
    ranked = sorted(
        ((k, n) for k, n in totals.items() if k and k != UNKNOWN), key=lambda kv: (-kv[1], kv[0])
    )
    return [{"key": k, "label": code_label(k), "count": n} for k, n in ranked[:limit]]


def top_dyads(store: Store, limit: int = 12) -> list[dict[str, Any]]:
    totals: dict[str, int] = {}
    for row in store.stats("dyad", interval="year"):
        totals[row["key"]] = totals.get(row["key"], 0) + int(row["count"])
    ranked = sorted(
        ((k, n) for k, n in totals.items() if ">" in k and UNKNOWN not in k.split(">")),
        key=lambda kv: (-kv[1], kv[0]),
    )
    return [{"key": k, "count": n} for k, n in ranked[:limit]]

