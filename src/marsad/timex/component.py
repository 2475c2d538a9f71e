"""Pipeline component ``timex.rules.v1``: temporal expressions resolved at publication."""

from __future__ import annotations

from marsad.models import Article
from marsad.pipeline import Component
from marsad.registry import components
from marsad.settings import Settings
from marsad.timex.find import find_timexes


class TimexTagger(Component):
    """Finds the temporal expressions of ``article.text``; anchor: ``article.published``."""

    name = "timex.rules.v1"
    requires = ("text",)
    assigns = ("timexes",)

    def __call__(self, article: Article) -> Article:
        return article.replace(timexes=tuple(find_timexes(article.text, article.published)))


@components.register("timex.rules.v1")
def make_timex_tagger(settings: Settings) -> TimexTagger:
    return TimexTagger()
