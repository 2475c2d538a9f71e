from __future__ import annotations

import pytest

from marsad.errors import ComponentError, ConfigError, PipelineError
from marsad.models import Article
from marsad.pipeline import Component, Pipeline
from marsad.registry import Registry


class Upper(Component):
    name = "upper"
    requires = ("text",)
    assigns = ("title",)

    def __call__(self, article: Article) -> Article:
        return article.replace(title=article.text.upper())


class NeedsSentences(Component):
    name = "needs_sentences"
    requires = ("sentences",)
    assigns = ("events",)

    def __call__(self, article: Article) -> Article:
        return article


class Splitter(Component):
    name = "splitter"
    requires = ("text",)
    assigns = ("sentences",)

    def __call__(self, article: Article) -> Article:
        return article.replace(sentences=((0, len(article.text)),))


class FailsOn(Component):
    name = "fails_on"
    requires = ("text",)
    assigns = ("flags",)

    def __init__(self, bad: str) -> None:
        self.bad = bad
        self.calls = 0

    def __call__(self, article: Article) -> Article:
        self.calls += 1
        if article.text == self.bad:
            raise ValueError("boom")
        return article.replace(flags=("ok",))


def docs(*texts: str) -> list[Article]:
    return [Article(id=f"d{i}", text=t) for i, t in enumerate(texts)]


def test_requires_are_checked_at_build_time() -> None:
    with pytest.raises(PipelineError, match=r"needs_sentences.*sentences"):
        Pipeline([NeedsSentences()])
    Pipeline([Splitter(), NeedsSentences()])  # order satisfied: builds


def test_pipe_keeps_order_across_batches() -> None:
    nlp = Pipeline([Upper()], batch_size=2)
    out = list(nlp.pipe(docs("a", "b", "c", "d", "e")))
    assert [a.title for a in out] == ["A", "B", "C", "D", "E"]


def test_on_error_record_keeps_the_reason_and_the_rest() -> None:
    nlp = Pipeline([FailsOn("bad"), Upper()], on_error="record")
    out = list(nlp.pipe(docs("x", "bad", "y")))
    assert [a.id for a in out] == ["d0", "d1", "d2"]
    assert out[1].error and "ValueError" in out[1].error and "fails_on" in out[1].error
    assert out[1].title == ""  # later components skip a failed document
    assert out[0].flags == ("ok",) and out[2].title == "Y"


def test_on_error_skip_drops_only_the_bad_document() -> None:
    nlp = Pipeline([FailsOn("bad")], on_error="skip")
    out = list(nlp.pipe(docs("x", "bad", "y")))
    assert [a.id for a in out] == ["d0", "d2"]


def test_on_error_raise_names_component_and_document() -> None:
    nlp = Pipeline([FailsOn("bad")], on_error="raise")
    with pytest.raises(ComponentError, match=r"fails_on.*d1"):
        list(nlp.pipe(docs("x", "bad")))


def test_bad_on_error_value_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Pipeline([], on_error="ignore")  # type: ignore[arg-type]


def test_registry_reports_known_names() -> None:
    reg = Registry("testing")

    @reg.register("thing.v1")
    def make() -> str:
        return "made"

    assert reg.get("thing.v1")() == "made"
    with pytest.raises(ConfigError, match=r"unknown testing backend 'thing.v2'.*thing.v1"):
        reg.get("thing.v2")
    with pytest.raises(ConfigError, match=r"registered twice"):
        reg.register("thing.v1")(lambda: "other")


def test_sentence_component_is_registered() -> None:
    from marsad.registry import components
    from marsad.settings import Settings

    comp = components.get("sentences.rules.v1")(Settings())
    out = comp.pipe([Article(id="a", text="جملة أولى. جملة ثانية.")])
    assert out[0].sentences == ((0, 10), (11, 22))
