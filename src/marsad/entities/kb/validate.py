"""Checks on dated roles shared by the loader and :meth:`KnowledgeBase.from_records`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from marsad.entities.kb.records import Office, Role

__all__ = ["check_roles"]


def check_roles(
    roles: Sequence[tuple[str, Role]],
    offices: Mapping[str, Office],
    known_ids: Collection[str],
) -> list[str]:
    """Problems with ``(where, role)`` pairs, as ``"where: message"`` strings.

    Unknown persons, offices or organisations; ``end`` not after ``start``; two roles
    of an exclusive office overlapping in the same country and organisation.
    """
    errors: list[str] = []
    exclusive: dict[tuple[str, str | None, str | None], list[tuple[str, Role]]] = (
        defaultdict(list)
    )
    for where, r in roles:
        if r.person_id not in known_ids:
            errors.append(f"{where}: unknown person id {r.person_id!r}")
        office = offices.get(r.office)
        if office is None:
            errors.append(f"{where}: unknown office {r.office!r}")
        if r.org and r.org not in known_ids:
            errors.append(f"{where}: unknown organisation id {r.org!r}")
        if r.end is not None and r.end <= r.start:
            errors.append(
                f"{where}: end {r.end.isoformat()} is not after start {r.start.isoformat()}"
            )
            continue
        if office is not None and office.exclusive:
            exclusive[(r.office, r.country, r.org)].append((where, r))
    for (office_key, country, org), held in exclusive.items():
        held.sort(key=lambda wr: wr[1].start)
        w1, r1 = held[0]  # the role reaching furthest so far
        for w2, r2 in held[1:]:
            if r1.end is None or r2.start < r1.end:
                scope = country or "-"
                if org:
                    scope += f"/{org}"
                end = r1.end.isoformat() if r1.end else "open end"
                errors.append(
                    f"{w2}: {r2.person_id} holds exclusive office {office_key!r} ({scope}) "
                    f"from {r2.start.isoformat()} while {r1.person_id} holds it "
                    f"({r1.start.isoformat()} to {end}, {w1})"
                )
            if r1.end is not None and (r2.end is None or r2.end > r1.end):
                w1, r1 = w2, r2
    return errors
