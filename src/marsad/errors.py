"""The exception tree. Every error marsad raises derives from :class:`MarsadError`.

    MarsadError
    ├── ConfigError              bad settings, unknown registry name, pipeline that does not fit
    │   └── PipelineError        a component's ``requires`` is not met by earlier components
    ├── InputError               an input cannot be read; the message names the input
    │   ├── EncodingError        bytes that decode in no supported encoding
    │   ├── EmptyInputError      nothing (or only whitespace / markup) to read
    │   └── InputTooLargeError   over the configured size limit
    ├── ExtractionError          a page was read but no article body was found
    ├── KBError                  the knowledge base is malformed (duplicate ids, bad dates ...)
    ├── ModelError               a statistical model is missing or unusable
    ├── StoreError               the database cannot be opened, migrated or written
    ├── FetchError               an HTTP fetch failed (status, timeout, robots.txt, limits)
    └── ComponentError           a pipeline component failed on one document
"""

from __future__ import annotations

__all__ = [
    "ComponentError",
    "ConfigError",
    "EmptyInputError",
    "EncodingError",
    "ExtractionError",
    "FetchError",
    "InputError",
    "InputTooLargeError",
    "KBError",
    "MarsadError",
    "ModelError",
    "PipelineError",
    "StoreError",
]


class MarsadError(Exception):
    """Root of every error marsad raises."""


class ConfigError(MarsadError):
    pass


class PipelineError(ConfigError):
    pass


class InputError(MarsadError):
    """An input cannot be read. ``source`` names the input (path, URL, id)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class EncodingError(InputError):
    pass


class EmptyInputError(InputError):
    pass


class InputTooLargeError(InputError):
    pass


class ExtractionError(MarsadError):
    pass


class KBError(MarsadError):
    pass


class ModelError(MarsadError):
    pass


class StoreError(MarsadError):
    pass


class FetchError(MarsadError):
    def __init__(self, message: str, url: str | None = None) -> None:
        self.url = url
        super().__init__(f"{url}: {message}" if url else message)


class ComponentError(MarsadError):
    def __init__(self, component: str, doc_id: str, cause: BaseException) -> None:
        self.component = component
        self.doc_id = doc_id
        super().__init__(f"component {component!r} failed on {doc_id}: {cause!r}")
