"""Pipeline components for named-entity recognition (``ner.*``).

- ``ner.gazetteer.v1``: KB aliases, clitic-aware longest match;
- ``ner.patterns.v1``: rule patterns (heads, given names, role phrases);
- ``ner.crf.v1``: the CRF sequence labeller (shipped ANERcorp model, or ``crf_model``);
- ``ner.transformers.v1``: a local transformers token-classification model (optional);
- ``ner.default.v1``: gazetteer + patterns + CRF merged (see ``recognize/combine.py``).

Every component requires ``text`` and assigns ``mentions``. A component run after
another keeps the mentions already there and adds its own where they do not overlap.
The linker's ``link.kb.v1`` is registered from ``entities/link/component.py``,
imported at the end of this module.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from marsad.entities.recognize.combine import Recognizer
from marsad.entities.recognize.crf import CRFModel, load_model
from marsad.entities.recognize.gazetteer import Gazetteer, gazetteer_for
from marsad.errors import ConfigError, KBError
from marsad.models import Article, Mention
from marsad.pipeline import Component
from marsad.registry import components
from marsad.settings import Settings

__all__ = ["NERComponent", "load_gazetteer"]

log = logging.getLogger(__name__)


def load_gazetteer(kb_dir: str = "", kb: Any = None) -> Gazetteer:
    """The gazetteer of ``kb`` (default: the KB of ``kb_dir``, or the shipped one)."""
    if kb is None:
        try:
            from marsad.entities.kb import load_kb

            kb = load_kb(kb_dir) if kb_dir else load_kb()
        except KBError:
            raise
        except Exception as e:
            raise ConfigError(f"cannot load the knowledge base for the gazetteer: {e}") from e
    return gazetteer_for(kb)


class NERComponent(Component):
    """A recogniser (any mix of gazetteer, patterns, CRF) as a pipeline component.

    The gazetteer and the CRF model load on first use, so building a pipeline is cheap.
    """

    requires = ("text",)
    assigns = ("mentions",)

    def __init__(
        self,
        name: str,
        *,
        gazetteer: bool | Gazetteer = True,
        crf: bool | CRFModel | str = True,
        patterns: bool = True,
        gazetteer_mentions: bool = True,
        kb_dir: str = "",
        kb: Any = None,
    ) -> None:
        self.name = name
        self._gazetteer = gazetteer
        self._crf = crf
        self._patterns = patterns
        self._gazetteer_mentions = gazetteer_mentions
        self._kb_dir = kb_dir
        self._kb = kb

    @cached_property
    def recognizer(self) -> Recognizer:
        gaz: Gazetteer | None = None
        if isinstance(self._gazetteer, Gazetteer):
            gaz = self._gazetteer
        elif self._gazetteer:
            gaz = load_gazetteer(self._kb_dir, self._kb)
        crf: CRFModel | None = None
        if isinstance(self._crf, CRFModel):
            crf = self._crf
        elif isinstance(self._crf, str):
            crf = load_model(self._crf)
        elif self._crf:
            crf = load_model()
        return Recognizer(gazetteer=gaz, crf=crf, patterns=self._patterns,
                          gazetteer_mentions=self._gazetteer_mentions)

    def find(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
        return self.recognizer.find(text, sentences)

    def __call__(self, article: Article) -> Article:
        found = self.recognizer.find(article.text, article.sentences or None)
        if article.mentions:  # an earlier recogniser's mentions win on overlap
            kept = list(article.mentions)
            new = [m for m in found if not any(m.start < k.end and k.start < m.end for k in kept)]
            found = sorted([*kept, *new], key=lambda m: (m.start, m.end))
        return article.replace(mentions=tuple(found))


@components.register("ner.gazetteer.v1")
def make_gazetteer(settings: Settings) -> NERComponent:
    return NERComponent("ner.gazetteer.v1", crf=False, patterns=False,
                        kb_dir=settings.entities.kb_dir)


@components.register("ner.patterns.v1")
def make_patterns(settings: Settings) -> NERComponent:
    # the patterns read demonyms and countries from the gazetteer's matches
    return NERComponent("ner.patterns.v1", crf=False, gazetteer_mentions=False,
                        kb_dir=settings.entities.kb_dir)


@components.register("ner.crf.v1")
def make_crf(settings: Settings) -> NERComponent:
    # the gazetteer feeds the CRF's features; its own matches are not emitted
    return NERComponent("ner.crf.v1", patterns=False, gazetteer_mentions=False,
                        crf=settings.entities.crf_model or True,
                        kb_dir=settings.entities.kb_dir)


@components.register("ner.default.v1")
def make_default(settings: Settings) -> NERComponent:
    crf: bool | str = (settings.entities.crf_model or True) if settings.entities.use_crf else False
    return NERComponent("ner.default.v1", crf=crf, kb_dir=settings.entities.kb_dir)


@components.register("ner.transformers.v1")
def make_transformers(settings: Settings) -> Component:
    from marsad.entities.recognize.transformers_backend import TransformersComponent

    return TransformersComponent.from_settings(settings)


try:  # the linker registers link.kb.v1 from its own module
    import marsad.entities.link.component  # noqa: F401
except ModuleNotFoundError as e:  # pragma: no cover - linking not installed
    if e.name not in ("marsad.entities.link", "marsad.entities.link.component"):
        raise
