"""Bilingual labels for the dashboard: Arabic first, English beside it.

The category list and quad numbering come from the event ontology; the Arabic names
of categories, quads and statuses are dashboard wording and live here.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CATEGORY_AR", "QUAD", "STATUS", "category_label", "entity_label", "quad_label"]

CATEGORY_AR = {
    "AGREE": "اتفاق",
    "CONSULT": "تشاور",
    "SUPPORT": "دعم",
    "CONCEDE": "تنازل",
    "COOPERATE": "تعاون",
    "AID": "مساعدة",
    "RETREAT": "انسحاب",
    "REQUEST": "مطالبة",
    "ACCUSE": "اتهام",
    "REJECT": "رفض",
    "THREATEN": "تهديد",
    "PROTEST": "احتجاج",
    "SANCTION": "عقوبات",
    "MOBILIZE": "حشد",
    "COERCE": "إكراه",
    "ASSAULT": "اعتداء",
}

# quad -> (Arabic, English, colour); marsad's numbering (docs/events.md)
QUAD: dict[int, tuple[str, str, str]] = {
    1: ("تعاون لفظي", "verbal cooperation", "#2e7d32"),
    2: ("تعاون مادي", "material cooperation", "#1565c0"),
    3: ("صراع لفظي", "verbal conflict", "#ef6c00"),
    4: ("صراع مادي", "material conflict", "#c62828"),
}

STATUS = {
    "asserted": ("وقع", "asserted"),
    "negated": ("منفي", "negated"),
    "future": ("مقرر", "future"),
    "hypothetical": ("افتراضي", "hypothetical"),
    "claimed": ("مزعوم", "claimed"),
    "historical": ("سابق", "historical"),
}


def category_label(category: str) -> str:
    return f"{CATEGORY_AR.get(category, category)} · {category}"


def quad_label(quad: int) -> str:
    ar, en, _ = QUAD.get(quad, ("?", "?", "#777"))
    return f"{ar} · {en}"


def entity_label(entity: Any) -> str:
    """``"بشار الأسد · Bashar al-Assad"`` from an Entity or a participant dict."""
    if isinstance(entity, dict):
        ar, en = entity.get("label_ar") or entity.get("text"), entity.get("label_en")
        code = entity.get("code")
    else:
        ar, en, code = entity.label_ar, entity.label_en, None
    parts = [p for p in (ar, en) if p]
    if not parts and code:
        parts = [code]
    return " · ".join(dict.fromkeys(parts))
