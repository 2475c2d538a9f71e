"""The event ontology as data: PLOVER categories and modes, CAMEO codes, Goldstein scores.

Tables live in ``marsad/data/events/`` (``plover.json``, ``cameo.tsv``) and are loaded
once. marsad numbers quad classes as GDELT does: 1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict.

The UN QuadClass sets (Osorio et al., "Keep it Local") add 0 for irrelevant. Their
README numbers the classes 1 verbal conflict, 2 material conflict, 3 verbal
cooperation, 4 material cooperation, so marsad's quads map to 3/4/1/2
(:data:`QUAD_TO_UN`). The label files themselves follow the alphabetical order of the
class names instead (1 material conflict, 2 material cooperation, 3 verbal conflict,
4 verbal cooperation): the sentences marked positive in the set's own one-vs-rest files
(``ar_binary_matconf.tsv`` ...) carry those labels. :data:`QUAD_TO_UN_FILE` is that map,
and the one ``marsad eval events --quadclass`` uses by default (docs/events.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from marsad.errors import ConfigError

__all__ = [
    "QUAD_NAMES",
    "QUAD_TO_UN",
    "QUAD_TO_UN_FILE",
    "UN_FILE_TO_QUAD",
    "UN_TO_QUAD",
    "CameoCode",
    "Category",
    "Ontology",
    "load_ontology",
]

QUAD_NAMES = MappingProxyType(
    {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
)
# marsad/GDELT quad -> UN QuadClass label (0 = irrelevant has no marsad quad)
QUAD_TO_UN = MappingProxyType({1: 3, 2: 4, 3: 1, 4: 2})
UN_TO_QUAD = MappingProxyType({v: k for k, v in QUAD_TO_UN.items()})
# the numbering the published label files actually use (alphabetical class names)
QUAD_TO_UN_FILE = MappingProxyType({1: 4, 2: 2, 3: 3, 4: 1})
UN_FILE_TO_QUAD = MappingProxyType({v: k for k, v in QUAD_TO_UN_FILE.items()})


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    quad: int
    cameo: str  # the default CAMEO code when a trigger names none
    definition: str
    modes: MappingProxyType[str, str]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    goldstein: float
    plover: str
    mode: str | None
    label: str

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """PLOVER categories plus the CAMEO table, with lookups both ways."""

    def __init__(self, categories: dict[str, Category], cameo: dict[str, CameoCode]) -> None:
        self.categories = MappingProxyType(categories)
        self.cameo = MappingProxyType(cameo)
        self._check()

    def _check(self) -> None:
        for code in self.cameo.values():
            if code.plover not in self.categories:
                raise ConfigError(f"CAMEO {code.code}: unknown PLOVER category {code.plover}")
        for cat in self.categories.values():
            if cat.cameo not in self.cameo:
                raise ConfigError(f"PLOVER {cat.name}: default CAMEO {cat.cameo} is unknown")

    def category(self, name: str) -> Category:
        try:
            return self.categories[name]
        except KeyError:
            raise ConfigError(f"unknown PLOVER category {name!r}") from None

    def quad(self, category: str) -> int:
        return self.category(category).quad

    def is_mode(self, category: str, mode: str | None) -> bool:
        return mode is None or mode in self.category(category).modes

    def code(self, code: str) -> CameoCode | None:
        return self.cameo.get(code)

    def goldstein(self, code: str | None) -> float | None:
        """Goldstein score of a CAMEO code, falling back to its parent codes."""
        while code:
            entry = self.cameo.get(code)
            if entry is not None:
                return entry.goldstein
            code = code[:-1]
        return None

    def plover_of(self, code: str) -> tuple[str, str | None] | None:
        """PLOVER (category, mode) of a CAMEO code (parents tried when unknown)."""
        while code:
            entry = self.cameo.get(code)
            if entry is not None:
                return entry.plover, entry.mode
            code = code[:-1]
        return None

    def cameo_of(self, category: str, mode: str | None = None) -> str:
        """The most representative CAMEO code of a PLOVER category and mode."""
        cat = self.category(category)
        if mode:
            for entry in self.cameo.values():
                if entry.plover == category and entry.mode == mode and len(entry.code) == 3:
                    return entry.code
        return cat.cameo


def _read_text(name: str) -> str:
    return resources.files("marsad.data").joinpath("events", name).read_text("utf-8")


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    raw: dict[str, Any] = json.loads(_read_text("plover.json"))
    categories = {
        name: Category(
            name=name,
            quad=int(spec["quad"]),
            cameo=spec["cameo"],
            definition=spec["definition"],
            modes=MappingProxyType(dict(spec["modes"])),
        )
        for name, spec in raw["categories"].items()
    }
    cameo: dict[str, CameoCode] = {}
    lines = [ln for ln in _read_text("cameo.tsv").splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        code, gold, plover, mode, label = line.split("\t")
        cameo[code] = CameoCode(code, float(gold), plover, mode or None, label)
    return Ontology(categories, cameo)
