"""Event records for other tools: PLOVER JSONL and GDELT-style rows.

``to_plover`` writes one record per event in the PLOVER/POLECAT shape, keeping compound
actors as lists (never concatenated codes) and citing the article. ``to_gdelt`` writes
the GDELT 2.0 event-table columns; GDELT is dyadic, so the first actor is Actor1 and the
first recipient (or, for symmetric events, the second actor) is Actor2, and the full
lists go in the extra ``marsad_*`` columns. Every record carries its status: only
``asserted`` events happened; the rest are flagged, not dropped.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from marsad.events.actors import SECTORS, UNKNOWN
from marsad.events.coder import CODER_VERSION
from marsad.events.ontology import load_ontology
from marsad.models import Article, Event, Participant

__all__ = ["GDELT_COLUMNS", "counted", "to_gdelt", "to_plover"]

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
    "marsad_event_id", "marsad_status", "marsad_plover", "marsad_mode",
    "marsad_actors", "marsad_recipients", "marsad_rule",
)


def _country(code: str) -> str:
    """ISO-3 part of an actor code (``SYRGOV`` → SYR; ``IGOUNO``, ``GOV`` → "")."""
    if code == UNKNOWN or len(code) < 3 or code[:3] in SECTORS or code[:3] == "MNC":
        return ""
    return code[:3]


def _type(code: str) -> str:
    """Sector part of an actor code (``SYRGOV`` → GOV; ``GOV`` → GOV; ``RUS`` → "")."""
    if code == UNKNOWN:
        return ""
    return code[3:6] if _country(code) else code[:3]


def _cite(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
    }


def _names(parts: tuple[Participant, ...]) -> list[str]:
    return [p.text for p in parts]


def plover_record(article: Article, ev: Event) -> dict[str, Any]:
    onto = load_ontology()
    return {
        "id": ev.id,
        "date": ev.date,
        "date_granularity": ev.date_granularity,
        "actor": [p.code for p in ev.actors],
        "actor_name": _names(ev.actors),
        "actor_id": [p.entity_id for p in ev.actors],
        "recipient": [p.code for p in ev.recipients],
        "recipient_name": _names(ev.recipients),
        "recipient_id": [p.entity_id for p in ev.recipients],
        "event": ev.category,
        "mode": ev.mode,
        "quad": ev.quad,
        "cameo": ev.cameo,
        "goldstein": onto.goldstein(ev.cameo),
        "status": ev.status,
        "event_loc": {"id": ev.location, "text": ev.location_text},
        "event_text": article.text[ev.sentence_start : ev.sentence_end],
        "trigger": ev.trigger,
        "text_offsets": {
            "sentence": [ev.sentence_start, ev.sentence_end],
            "trigger": [ev.trigger_start, ev.trigger_end],
            "mentions": [list(m) for m in ev.mentions],
        },
        "cite_info": _cite(article),
        "confidence": ev.confidence,
        "rule": ev.rule,
        "coder_version": CODER_VERSION,
    }


def to_plover(article: Article) -> list[dict[str, Any]]:
    """PLOVER JSONL records, one per event of the article."""
    return [plover_record(article, ev) for ev in article.events]


def _sqldate(value: str | None) -> tuple[str, str, str, str]:
    if not value or len(value) < 4 or not value[:4].isdigit():
        return "", "", "", ""
    y = value[:4]
    m = value[5:7] if len(value) >= 7 and value[5:7].isdigit() else "01"
    d = value[8:10] if len(value) >= 10 and value[8:10].isdigit() else "01"
    fraction = f"{int(y) + (int(m) - 1) / 12 + (int(d) - 1) / 365:.4f}"
    return y + m + d, y + m, y, fraction


def _place_country(location: str | None, kb: Any | None) -> str:
    if not location or kb is None:
        return ""
    entry = kb.entities.get(location)
    return (entry.country or "") if entry is not None else ""


def gdelt_row(article: Article, ev: Event, added: str, kb: Any | None = None) -> dict[str, Any]:
    onto = load_ontology()
    a1 = ev.actors[0] if ev.actors else None
    others = ev.recipients or ev.actors[1:]
    a2 = others[0] if others else None
    sqldate, month, year, fraction = _sqldate(ev.date)
    cameo = ev.cameo or ""
    row: dict[str, Any] = {
        "GLOBALEVENTID": int(ev.id[:13], 16),
        "SQLDATE": sqldate,
        "MonthYear": month,
        "Year": year,
        "FractionDate": fraction,
        "IsRootEvent": 1,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": ev.quad,
        "GoldsteinScale": onto.goldstein(cameo),
        "NumMentions": 1 + max(len(ev.mentions) - 1, 0),
        "NumSources": 1,
        "NumArticles": 1,
        "AvgTone": "",
        "ActionGeo_Type": 4 if ev.location else "",
        "ActionGeo_FullName": ev.location_text or "",
        "ActionGeo_CountryCode": _place_country(ev.location, kb),  # ISO-3, not FIPS
        "ActionGeo_FeatureID": ev.location or "",
        "DATEADDED": added,
        "SOURCEURL": article.url or "",
        "marsad_event_id": ev.id,
        "marsad_status": ev.status,
        "marsad_plover": ev.category,
        "marsad_mode": ev.mode or "",
        "marsad_actors": ";".join(p.code for p in ev.actors),
        "marsad_recipients": ";".join(p.code for p in ev.recipients),
        "marsad_rule": ev.rule,
    }
    for n, p in (("1", a1), ("2", a2)):
        code = p.code if p and p.code != UNKNOWN else ""
        row[f"Actor{n}Code"] = code
        row[f"Actor{n}Name"] = p.text if p else ""
        row[f"Actor{n}CountryCode"] = _country(code)
        row[f"Actor{n}Type1Code"] = _type(code) if code else ""
    return {k: row[k] for k in GDELT_COLUMNS}


def to_gdelt(
    article: Article, added: datetime | None = None, kb: Any | None = None
) -> list[dict[str, Any]]:
    """GDELT-style event rows (the GDELT 2.0 columns plus ``marsad_*``), one per event.

    With a knowledge base, ``ActionGeo_CountryCode`` is the ISO-3 country of the place.
    """
    stamp = (added or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    return [gdelt_row(article, ev, stamp, kb) for ev in article.events]


def counted(events: Any) -> list[Event]:
    """The events that count in statistics: asserted ones (the rest are flagged)."""
    return [e for e in events if e.status == "asserted"]
