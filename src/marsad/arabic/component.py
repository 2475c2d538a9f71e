"""Pipeline component ``sentences.rules.v1``: sentence spans for later components."""

from __future__ import annotations

from marsad.arabic.sentences import split_sentences
from marsad.models import Article
from marsad.pipeline import Component
from marsad.registry import components
from marsad.settings import Settings


class SentenceSplitter(Component):
    name = "sentences.rules.v1"
    requires = ("text",)
    assigns = ("sentences",)

    def __call__(self, article: Article) -> Article:
        return article.replace(sentences=tuple(split_sentences(article.text)))


@components.register("sentences.rules.v1")
def make_sentence_splitter(settings: Settings) -> SentenceSplitter:
    return SentenceSplitter()
