"""Plotly figure specs for the dashboard, built from ``Store.stats`` rows.

Each function returns a plain dict (``{"data": [...], "layout": {...}}``) that the page
embeds as a JSON data block; ``static/app.js`` hands it to ``Plotly.newPlot``.
Rows are ``{"period": "2024-09-03", "key": ..., "count": n}``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from marsad.server.labels import QUAD

__all__ = ["actor_timeline", "dyad_balance", "quad_timeline"]

_FONT = {"family": "Noto Sans Arabic, Noto Sans, sans-serif", "size": 13}


def _layout(**extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "font": _FONT,
        "margin": {"l": 60, "r": 20, "t": 20, "b": 40},
        "legend": {"orientation": "h", "y": -0.2},
        "barmode": "stack",
        "height": 320,
        # whole days: news events carry dates, not times
        "xaxis": {"type": "date", "tickformat": "%Y-%m-%d", "automargin": True},
        "yaxis": {
            "title": {"text": "أحداث · events", "standoff": 12},
            "rangemode": "tozero",
            "automargin": True,
        },
    }
    layout.update(extra)
    return layout


def _integer_ticks(layout: dict[str, Any], data: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts are whole numbers: step the y axis by whole events."""
    totals: dict[tuple[str, bool], int] = defaultdict(int)
    for trace in data:
        for x, y in zip(trace["x"], trace["y"], strict=True):
            totals[(x, y >= 0)] += abs(int(y))
    top = max(totals.values(), default=1)
    layout["yaxis"]["dtick"] = max(1, -(-top // 6))
    return layout


def _series(rows: Iterable[dict[str, Any]]) -> dict[Any, dict[str, int]]:
    by_key: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r.get("period"):
            by_key[r["key"]][r["period"]] += int(r["count"])
    return by_key


def quad_timeline(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Events per day, stacked by quad class."""
    by_quad = _series(rows)
    data = []
    for quad, (ar, en, colour) in QUAD.items():
        points = by_quad.get(quad) or by_quad.get(str(quad)) or {}
        days = sorted(points)
        data.append(
            {
                "type": "bar",
                "name": f"{ar} · {en}",
                "x": days,
                "y": [points[d] for d in days],
                "marker": {"color": colour},
            }
        )
    return {"data": data, "layout": _integer_ticks(_layout(), data)}


def actor_timeline(
    as_actor: Iterable[dict[str, Any]], as_recipient: Iterable[dict[str, Any]]
) -> dict[str, Any]:
    """Events per day with the entity as actor (up) and as recipient (down)."""
    data = []
    for rows, sign, role in ((as_actor, 1, "فاعل · actor"), (as_recipient, -1, "متلقٍ · recipient")):
        per_day: dict[str, int] = defaultdict(int)
        for r in rows:
            if r.get("period"):
                per_day[r["period"]] += int(r["count"])
        days = sorted(per_day)
        data.append(
            {"type": "bar", "name": role, "x": days, "y": [sign * per_day[d] for d in days]}
        )
    return {"data": data, "layout": _integer_ticks(_layout(barmode="relative"), data)}


def dyad_balance(rows: Iterable[dict[str, Any]], a: str, b: str) -> dict[str, Any]:
    """Cooperation (quads 1-2, up) against conflict (quads 3-4, down) per day, A↔B."""
    coop: dict[str, int] = defaultdict(int)
    conflict: dict[str, int] = defaultdict(int)
    for r in rows:
        if not r.get("period"):
            continue
        target = coop if int(r["key"]) in (1, 2) else conflict
        target[r["period"]] += int(r["count"])
    days = sorted(set(coop) | set(conflict))
    data = [
        {
            "type": "bar", "name": "تعاون · cooperation", "x": days,
            "y": [coop.get(d, 0) for d in days], "marker": {"color": QUAD[1][2]},
        },
        {
            "type": "bar", "name": "صراع · conflict", "x": days,
            "y": [-conflict.get(d, 0) for d in days], "marker": {"color": QUAD[4][2]},
        },
    ]
    layout = _integer_ticks(_layout(barmode="relative"), data)
    return {"data": data, "layout": layout, "link": f"/dyad/{a}/{b}"}

