"""What a worker does: extract + analyse raw items, or re-analyse stored articles.

Each worker process builds its pipeline and extractor once (:func:`init_worker`),
then runs batches. Results carry everything the single writer needs: the analysed
Article (with its MinHash signature in ``meta``) or an :class:`ItemError`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from marsad.cluster.minhash import signature, signature_to_bytes
from marsad.cluster.stories import story_terms
from marsad.ingest.base import ItemError, RawItem
from marsad.models import Article
from marsad.pipeline import Pipeline
from marsad.store.textindex import index_terms

__all__ = ["Extractor", "PipelineFactory", "analyse", "default_extractor", "extract_and_analyse",
           "init_worker", "prepare"]

log = logging.getLogger(__name__)

Extractor = Callable[..., Article]
PipelineFactory = Callable[[], Pipeline]


def default_extractor(raw: str | bytes, **kw: Any) -> Article:
    from marsad.extract import extract

    return extract(raw, **kw)


def default_pipeline() -> Pipeline:
    import marsad

    return marsad.load()


_state: dict[str, Any] = {}


def init_worker(
    pipeline_factory: PipelineFactory, extractor: Extractor, num_perm: int = 128
) -> None:
    _state["pipeline"] = pipeline_factory()
    _state["extract"] = extractor
    _state["num_perm"] = num_perm


def _ensure() -> tuple[Pipeline, Extractor, int]:
    if "pipeline" not in _state:
        init_worker(default_pipeline, default_extractor)
    return _state["pipeline"], _state["extract"], _state["num_perm"]


def prepare(a: Article, num_perm: int) -> Article:
    """Do the writer's text work here, in the worker: search form, MinHash signature
    and story terms travel in ``meta``."""
    if a.error or not a.text.strip():
        return a
    body = index_terms(a.text)
    title = index_terms(a.title or "")
    meta = {
        **a.meta,
        "norm_text": " ".join(body),
        "norm_title": " ".join(title),
        "minhash": signature_to_bytes(signature(body, num_perm)),
        "terms": dict(story_terms(title, body)),
    }
    return a.replace(meta=meta)


def extract_and_analyse(items: Sequence[RawItem]) -> list[Article | ItemError]:
    """Extract every item, run the pipeline on the batch, keep input order."""
    pipeline, extract, num_perm = _ensure()
    out: list[Article | ItemError | None] = []
    live: list[Article] = []
    where: list[int] = []
    for item in items:
        content = item.content
        if content is None:
            out.append(ItemError(item.key, item.input, "no content"))
            continue
        try:
            art = extract(
                content, url=item.url, published=item.published, title=item.title,
                source=item.source,
            )
        except Exception as e:  # any extraction failure is this item's, not the run's
            out.append(ItemError(item.key, item.input, f"{type(e).__name__}: {e}"))
            continue
        meta = {**art.meta, **item.meta, "item_key": item.key, "input": item.input}
        if item.source and art.source != item.source:
            art = art.replace(source=item.source)  # the input's own outlet name wins
        where.append(len(out))
        out.append(None)
        live.append(art.replace(meta=meta))
    if live:
        analysed = {a.meta["item_key"]: a for a in pipeline.pipe(live)}
        for i, art in zip(where, live, strict=True):
            done = analysed.get(art.meta["item_key"])
            out[i] = (
                prepare(done, num_perm) if done is not None
                else ItemError(art.meta["item_key"], art.meta["input"], "skipped by pipeline")
            )
    return [x for x in out if x is not None]


def analyse(articles: Sequence[Article]) -> list[Article]:
    """Re-run the pipeline on stored articles (their analysis stripped)."""
    pipeline, _, _ = _ensure()
    bare = [
        a.replace(sentences=(), timexes=(), mentions=(), entities=(), events=(), quotes=(),
                  error=None)
        for a in articles
    ]
    return list(pipeline.pipe(bare))
