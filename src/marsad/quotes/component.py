"""Pipeline component ``quotes.rules.v1``: direct and reported quotes with linked speakers."""

from __future__ import annotations

from marsad.models import Article
from marsad.pipeline import Component
from marsad.quotes.finder import find_quotes
from marsad.registry import components
from marsad.settings import Settings

__all__ = ["QuoteFinder", "make_quote_finder"]


class QuoteFinder(Component):
    """Finds quotes per sentence; speakers come from the (linked) mentions."""

    name = "quotes.rules.v1"
    requires = ("text", "sentences", "mentions")
    assigns = ("quotes",)

    def __call__(self, article: Article) -> Article:
        return article.replace(quotes=find_quotes(article))


@components.register("quotes.rules.v1")
def make_quote_finder(settings: Settings) -> QuoteFinder:
    return QuoteFinder()
