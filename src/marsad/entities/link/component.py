"""Pipeline component ``link.kb.v1``: mentions -> KB entities, actor codes, Article.entities."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from marsad.entities.link.linker import Linker
from marsad.entities.link.protocol import KBLike
from marsad.models import Article
from marsad.pipeline import Component
from marsad.registry import components
from marsad.settings import Settings

__all__ = ["EntityLinker", "make_linker"]


class EntityLinker(Component):
    """Links every mention it can; role mentions are resolved at the article's date."""

    name = "link.kb.v1"
    requires = ("text", "mentions")
    assigns = ("mentions", "entities")

    def __init__(self, kb: KBLike | None = None, kb_dir: str = "") -> None:
        self._kb = kb
        self._kb_dir = kb_dir

    @cached_property
    def linker(self) -> Linker:
        kb = self._kb
        if kb is None:  # loaded on first use: building a pipeline stays cheap
            from marsad.entities.kb import load_kb

            kb = load_kb(self._kb_dir) if self._kb_dir else load_kb()
        return Linker(kb)

    def __call__(self, article: Article) -> Article:
        return self.linker.link(article)

    def pipe(self, articles: Sequence[Article]) -> list[Article]:
        linker = self.linker
        return [linker.link(a) for a in articles]


@components.register("link.kb.v1")
def make_linker(settings: Settings) -> EntityLinker:
    return EntityLinker(kb_dir=settings.entities.kb_dir)
