"""Named, versioned backends (``"ner.crf.v1"``), as in spaCy's registry.

Built-in backends register the same way a plugin does: a factory under a name in a
namespace. Plugins declare entry points in the group ``marsad.<namespace>``; they
are loaded lazily, the first time a name is not found among the built-ins.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib import metadata
from typing import Any, TypeVar

from marsad.errors import ConfigError

__all__ = ["Registry", "components", "engines", "sources", "stores"]

F = TypeVar("F", bound=Callable[..., Any])


class Registry:
    """A namespace of factories keyed by versioned name."""

    def __init__(self, namespace: str, builtins: tuple[str, ...] = ()) -> None:
        self.namespace = namespace
        self._factories: dict[str, Callable[..., Any]] = {}
        # modules that register built-in backends, imported on first lookup
        self._builtins = builtins
        self._loaded = False

    def register(self, name: str) -> Callable[[F], F]:
        def deco(factory: F) -> F:
            if name in self._factories and self._factories[name] is not factory:
                raise ConfigError(f"{self.namespace}: {name!r} is registered twice")
            self._factories[name] = factory
            return factory

        return deco

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for module in self._builtins:
            try:
                importlib.import_module(module)
            except ModuleNotFoundError as e:  # an optional part not installed
                if e.name != module:
                    raise
        for ep in metadata.entry_points(group=f"marsad.{self.namespace}"):
            if ep.name not in self._factories:
                self._factories[ep.name] = ep.load()

    def get(self, name: str) -> Callable[..., Any]:
        self._load()
        try:
            return self._factories[name]
        except KeyError:
            known = ", ".join(sorted(self._factories)) or "none"
            raise ConfigError(
                f"unknown {self.namespace} backend {name!r} (known: {known})"
            ) from None

    def names(self) -> list[str]:
        self._load()
        return sorted(self._factories)

    def __contains__(self, name: str) -> bool:
        self._load()
        return name in self._factories


components = Registry(
    "components",
    builtins=(
        "marsad.arabic.component",
        "marsad.timex.component",
        "marsad.entities.component",
        "marsad.events.component",
        "marsad.quotes.component",
    ),
)
sources = Registry("sources", builtins=("marsad.ingest",))
stores = Registry("stores", builtins=("marsad.store",))
engines = Registry("engines", builtins=("marsad.engines",))
