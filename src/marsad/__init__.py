"""marsad: Arabic news to a linked, searchable record of who did what to whom.

The front door::

    import marsad
    article = marsad.analyze(html_or_text, url=..., published=...)
    nlp = marsad.load()            # the configured Pipeline
    store = marsad.open_store("sqlite:///marsad.db")
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from marsad.errors import (
    ComponentError,
    ConfigError,
    EmptyInputError,
    EncodingError,
    ExtractionError,
    FetchError,
    InputError,
    InputTooLargeError,
    KBError,
    MarsadError,
    ModelError,
    PipelineError,
    StoreError,
)
from marsad.models import Article, Entity, Event, Mention, Participant, Quote, TimeExpression
from marsad.pipeline import Pipeline
from marsad.settings import Settings, load_settings

if TYPE_CHECKING:
    from marsad.store.base import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ComponentError",
    "ConfigError",
    "EmptyInputError",
    "EncodingError",
    "Entity",
    "Event",
    "ExtractionError",
    "FetchError",
    "InputError",
    "InputTooLargeError",
    "KBError",
    "MarsadError",
    "Mention",
    "ModelError",
    "Participant",
    "Pipeline",
    "PipelineError",
    "Quote",
    "Settings",
    "StoreError",
    "TimeExpression",
    "__version__",
    "analyze",
    "load",
    "load_settings",
    "open_store",
]


def load(settings: Settings | None = None, **overrides: Any) -> Pipeline:
    """Build the configured pipeline (like ``spacy.load``)."""
    if settings is None and not overrides:
        return _default_pipeline()
    return Pipeline.from_settings(settings, **overrides)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def analyze(
    text_or_html: str | bytes,
    url: str | None = None,
    published: datetime | str | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    """Read one page (HTML, a text dump or plain text) and run the full pipeline."""
    from marsad.extract import extract

    article = extract(text_or_html, url=url, published=published, title=title, source=source)
    return (pipeline or load())(article)


def open_store(url: str = "sqlite:///marsad.db", **options: Any) -> Store:
    """Open (creating and migrating as needed) the store at ``url``."""
    from marsad.store import open_store as _open

    return _open(url, **options)
