"""The pipeline: components with declared ``requires`` / ``assigns``, run on batches.

A component is any object with ``name``, ``requires``, ``assigns`` and
``pipe(articles) -> list[Article]``; :class:`Component` gives ``pipe`` for free to
components that only define ``__call__``. Requirements are checked when the
pipeline is built, not when a document first fails.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Literal, Protocol, runtime_checkable

from marsad.errors import ComponentError, ConfigError, PipelineError
from marsad.models import Article
from marsad.registry import components as component_registry
from marsad.settings import Settings, load_settings

__all__ = ["BASE_FIELDS", "Component", "OnError", "Pipeline", "PipelineComponent"]

log = logging.getLogger(__name__)

OnError = Literal["raise", "skip", "record"]

# Fields an article has before any component runs (set by extraction).
BASE_FIELDS = frozenset({"id", "text", "title", "url", "source", "published", "lang"})


@runtime_checkable
class PipelineComponent(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def pipe(self, articles: Sequence[Article]) -> list[Article]: ...


class Component:
    """Base class: define ``__call__`` for one article; ``pipe`` maps it over a batch."""

    name: str = "component"
    version: str = "v1"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, articles: Sequence[Article]) -> list[Article]:
        return [self(a) for a in articles]


def _batches(stream: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(stream)
    while batch := list(islice(it, size)):
        yield batch


class Pipeline:
    """An ordered list of components, checked at build time."""

    def __init__(
        self,
        components: Sequence[PipelineComponent],
        *,
        on_error: OnError = "record",
        batch_size: int = 32,
    ) -> None:
        if on_error not in ("raise", "skip", "record"):
            raise ConfigError(f"on_error must be raise, skip or record, not {on_error!r}")
        self.components = list(components)
        self.on_error: OnError = on_error
        self.batch_size = batch_size
        self._check()

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **overrides: Any) -> Pipeline:
        settings = settings or load_settings()
        names = overrides.pop("components", None) or settings.pipeline.components
        built = [component_registry.get(name)(settings) for name in names]
        return cls(
            built,
            on_error=overrides.pop("on_error", settings.pipeline.on_error),
            batch_size=overrides.pop("batch_size", settings.pipeline.batch_size),
        )

    def _check(self) -> None:
        available = set(BASE_FIELDS)
        for comp in self.components:
            missing = [r for r in comp.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} requires {', '.join(missing)}, "
                    "which no earlier component assigns"
                )
            available.update(comp.assigns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, article: Article) -> Article:
        out = list(self.pipe([article], batch_size=1))
        if not out:  # on_error="skip" dropped it
            raise ComponentError("pipeline", article.id, RuntimeError("document skipped"))
        return out[0]

    def pipe(self, stream: Iterable[Article], batch_size: int | None = None) -> Iterator[Article]:
        """Run every component over the stream, batch by batch, keeping input order."""
        for batch in _batches(stream, batch_size or self.batch_size):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Article]:
        for comp in self.components:
            live = [i for i, a in enumerate(batch) if not a.error]
            if not live:
                break
            results: list[Article | None]
            try:
                results = list(comp.pipe([batch[i] for i in live]))
                if len(results) != len(live):
                    raise PipelineError(f"component {comp.name!r} changed the batch size")
            except Exception:
                # isolate the failure: rerun the batch one document at a time
                results = [self._run_one(comp, batch[i]) for i in live]
            out: list[Article | None] = list(batch)
            for i, r in zip(live, results, strict=True):
                out[i] = r
            batch = [a for a in out if a is not None]  # None: skipped on error
        return batch

    def _run_one(self, comp: PipelineComponent, article: Article) -> Article | None:
        if article.error:  # already failed earlier: carry it through untouched
            return article
        try:
            return comp.pipe([article])[0]
        except Exception as e:
            if self.on_error == "raise":
                raise ComponentError(comp.name, article.id, e) from e
            log.warning("component %s failed on %s: %r", comp.name, article.id, e)
            if self.on_error == "skip":
                return None
            return article.replace(error=f"{comp.name}: {type(e).__name__}: {e}")
