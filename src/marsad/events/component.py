"""Pipeline component ``events.rules.v1``: PLOVER events from sentences, mentions, timexes."""

from __future__ import annotations

import logging

from marsad.events.actors import default_kb
from marsad.events.coder import CODER_VERSION, Coder
from marsad.events.lexicon import load_lexicon
from marsad.models import Article
from marsad.pipeline import Component
from marsad.registry import components
from marsad.settings import Settings

__all__ = ["EventCoder", "make_event_coder"]

log = logging.getLogger(__name__)


class EventCoder(Component):
    name = CODER_VERSION
    requires = ("text", "sentences")  # mentions and timexes are used when present
    assigns = ("events",)

    def __init__(self, coder: Coder, min_confidence: float = 0.0) -> None:
        self.coder = coder
        self.min_confidence = min_confidence

    def __call__(self, article: Article) -> Article:
        events = [e for e in self.coder.code(article) if e.confidence >= self.min_confidence]
        return article.replace(events=tuple(events))


@components.register("events.rules.v1")
def make_event_coder(settings: Settings) -> EventCoder:
    lexicon = load_lexicon(settings.events.lexicon)
    coder = Coder(lexicon, kb=default_kb())
    return EventCoder(coder, settings.events.min_confidence)
