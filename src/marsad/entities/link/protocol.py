"""What the linker needs from a knowledge base, as a structural type.

The linker is written against this protocol, not against ``marsad.entities.kb``
itself, so that tests can hand it a small fake KB and so that the two packages can
evolve separately. :class:`marsad.entities.kb.KnowledgeBase` satisfies it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Protocol

__all__ = ["KBLike", "office_of", "roles_at"]


class KBLike(Protocol):
    """The knowledge-base surface used by linking and quotes (see docs/kb.md)."""

    @property
    def entities(self) -> Mapping[str, Any]: ...  # id -> KBEntry

    @property
    def countries(self) -> Mapping[str, Any]: ...  # ISO-3 -> Country

    @property
    def offices(self) -> Mapping[str, Any]: ...  # key -> Office

    @property
    def agents(self) -> tuple[Any, ...]: ...  # Agent(term_ar, sector, label_en, plural)

    def aliases(self) -> Iterator[tuple[str, str, str]]: ...

    def country_of_demonym(self, norm: str) -> str | None: ...

    def country_of_capital(self, entity_id: str) -> str | None: ...

    def holder(self, office: str, country: str | None, on: date) -> Any | None: ...

    def roles_of(self, entity_id: str) -> list[Any]: ...

    def actor_code(self, entity_id: str, on: date | None = None) -> str | None: ...


def roles_at(kb: KBLike, entity_id: str, on: date) -> list[Any]:
    """The roles ``entity_id`` holds on ``on`` (``end`` is exclusive, empty = ongoing)."""
    out = []
    for role in kb.roles_of(entity_id):
        start = getattr(role, "start", None)
        end = getattr(role, "end", None)
        if (start is None or start <= on) and (end is None or on < end):
            out.append(role)
    return out


# Offices that make a person the face of a state: preferred when several roles overlap
# (a president who also leads the ruling party is coded by the presidency).
_TOP_OFFICES = ("head_of_state", "head_of_government")


def office_of(kb: KBLike, entity_id: str, on: date) -> Any | None:
    """The most prominent role held on ``on``: heads of state/government, then other
    government roles, then other exclusive offices, in KB order."""
    roles = roles_at(kb, entity_id, on)
    if not roles:
        return None

    def rank(role: Any) -> int:
        if role.office in _TOP_OFFICES:
            return _TOP_OFFICES.index(role.office)
        if getattr(role, "sector", None) == "GOV":
            return 2
        office = kb.offices.get(role.office)
        return 3 if office is not None and getattr(office, "exclusive", False) else 4

    return sorted(roles, key=rank)[0]
