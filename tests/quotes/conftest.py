"""Articles with hand-made (already linked) mentions for the quote finder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.arabic import split_sentences
from marsad.models import Article, Mention

Spec = tuple[str, str, str | None]  # surface, label, entity id


def build(text: str, spans: list[Spec]) -> Article:
    mentions = []
    pos = 0
    for surface, label, eid in spans:
        start = text.index(surface, pos)
        mentions.append(Mention(start, start + len(surface), label, surface, "test", eid))
        pos = start + len(surface)
    return Article(
        id="q", text=text, sentences=tuple(split_sentences(text)), mentions=tuple(mentions)
    )


@pytest.fixture
def quote_article() -> Callable[[str, list[Spec]], Article]:
    return build
