"""A run: sources → (workers: extract + analyse) → (writer: dedup, cluster, store).

The parent process reads sources, skips items a previous run already logged, sends
batches to the engine and is the single writer: for each result batch, in order, it
drops exact duplicates (content hash, canonical URL), assigns near-duplicate groups
and stories, and saves the batch in one transaction together with its ingest-log
entries. Killed at any point, the store holds whole batches; the rerun skips what
is logged and does the rest.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import marsad
from marsad.cluster.online import Clusterer
from marsad.engines import open_engine
from marsad.engines.tasks import (
    Extractor,
    PipelineFactory,
    analyse,
    default_extractor,
    default_pipeline,
    extract_and_analyse,
)
from marsad.ingest import open_source
from marsad.ingest.base import ItemError, RawItem
from marsad.ingest.canonical import canonical_url
from marsad.models import Article
from marsad.pipeline import Pipeline
from marsad.settings import ClusterSettings
from marsad.store.base import Store
from marsad.store.records import content_hash

__all__ = ["RunSummary", "ingest", "pipeline_version", "reprocess"]

log = logging.getLogger(__name__)

Progress = Callable[["RunSummary"], None]


def pipeline_version(pipeline: Pipeline) -> str:
    """marsad's version and the component names: a change of either is a new version."""
    names = "+".join(pipeline.names)
    digest = hashlib.sha1(names.encode("utf-8")).hexdigest()[:8]
    return f"{marsad.__version__}:{digest}"


@dataclass
class RunSummary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    skipped: int = 0  # done by an earlier run
    analysis_errors: int = 0  # stored, but a pipeline component failed on them
    events_new: int = 0
    events_merged: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    run_id: int | None = None
    status: str = "running"

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "new": self.new, "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates, "failed": self.failed,
            "skipped": self.skipped, "analysis_errors": self.analysis_errors,
            "events_new": self.events_new,
            "events_merged": self.events_merged, "reasons": dict(self.reasons.most_common(20)),
        }


def _reason_class(reason: str) -> str:
    """A short class of a failure reason, for the summary ("HTTP 500", "timed out")."""
    head = reason.split(": ", 1)[-1] if reason.startswith(("url:", "/")) else reason
    return head.split(" (after")[0][:80]


def _items(specs: Sequence[str], kind: str | None, options: dict[str, Any]
           ) -> Iterator[RawItem | ItemError]:
    for spec in specs:
        yield from open_source(spec, kind, **options)


def _batches(stream: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(stream)
    while batch := list(islice(it, size)):
        yield batch


def ingest(
    specs: Sequence[str],
    store: Store,
    *,
    kind: str | None = None,
    source_options: dict[str, Any] | None = None,
    engine: str = "local",
    workers: int = 0,
    batch_size: int = 16,
    pipeline_factory: PipelineFactory = default_pipeline,
    extractor: Extractor = default_extractor,
    cluster_settings: ClusterSettings | None = None,
    progress: Progress | None = None,
    limit: int | None = None,
    items: Iterable[RawItem | ItemError] | None = None,
) -> RunSummary:
    """Ingest every item of ``specs`` into ``store`` (idempotent, resumable).

    ``items`` gives raw items directly instead of reading sources (the API's ingest
    endpoint); ``specs`` then only names them in the run log.
    """
    version = pipeline_version(pipeline_factory())
    summary = RunSummary()
    summary.run_id = store.start_run(list(specs), version)
    clusterer = Clusterer.from_store(store, cluster_settings)
    failures_pending: list[tuple[str, str]] = []

    def todo() -> Iterator[list[RawItem]]:
        stream: Iterable[RawItem | ItemError] = (
            items if items is not None else _items(specs, kind, dict(source_options or {}))
        )
        if limit is not None:
            stream = islice(stream, limit)
        for chunk in _batches(stream, batch_size):
            keys = [x.key for x in chunk]
            seen = store.seen_items(keys)
            batch: list[RawItem] = []
            for x in chunk:
                if x.key in seen:
                    summary.skipped += 1
                elif isinstance(x, ItemError):
                    summary.read += 1
                    failures_pending.append((x.key, x.reason))
                else:
                    summary.read += 1
                    batch.append(x)
            yield batch

    eng = open_engine(engine, pipeline_factory, extractor, workers=workers,
                      num_perm=(cluster_settings or ClusterSettings()).minhash_perm)
    try:
        for results in eng.map(extract_and_analyse, todo()):
            _write(results, store, clusterer, summary, failures_pending, version)
            if progress:
                progress(summary)
        if failures_pending:
            _write([], store, clusterer, summary, failures_pending, version)
        summary.status = "done"
    except BaseException:
        summary.status = "interrupted"
        eng.close(cancel=True)
        store.finish_run(summary.run_id, summary.status, summary.as_dict())
        raise
    eng.close()
    store.finish_run(summary.run_id, summary.status, summary.as_dict())
    return summary


def _write(
    results: Sequence[Article | ItemError], store: Store, clusterer: Clusterer,
    summary: RunSummary, failures_pending: list[tuple[str, str]], version: str,
) -> None:
    failures = list(failures_pending)
    failures_pending.clear()
    articles: list[Article] = []
    for r in results:
        if isinstance(r, ItemError):
            failures.append((r.key, r.reason))
        elif not r.text.strip():
            failures.append((r.meta.get("item_key", r.id), "empty article body"))
        else:
            articles.append(r)
    # exact duplicates: already stored, or repeated within this batch
    hashes = [content_hash(a.text) for a in articles]
    urls = [canonical_url(a.url) if a.url else "" for a in articles]
    known = store.existing(hashes, [u for u in urls if u])
    fresh: list[Article] = []
    duplicates: list[tuple[str, str | None]] = []
    batch_seen: dict[str, str] = {}
    for a, h, u in zip(articles, hashes, urls, strict=True):
        of = known.get(h) or (known.get(u) if u else None) or batch_seen.get(h) or (
            batch_seen.get(u) if u else None)
        if of is None and a.id in batch_seen.values():
            of = a.id
        if of is not None:
            duplicates.append((a.meta.get("item_key", a.id), of))
            continue
        batch_seen[h] = a.id
        if u:
            batch_seen[u] = a.id
        fresh.append(a)
    clustered = clusterer.process(fresh)
    result = store.save(
        clustered.articles, clusters=clustered.clusters, failures=failures,
        duplicates=duplicates, dup_updates=clustered.dup_updates, run_id=summary.run_id,
        pipeline_version=version,
    )
    summary.new += result.new
    # stored with their error (and no pipeline version, so `marsad reprocess` retries them)
    analysis_errors = [a.error for a in clustered.articles if a.error]
    summary.analysis_errors += len(analysis_errors)
    for reason in analysis_errors:
        summary.reasons["analysis: " + _reason_class(reason or "")] += 1
    summary.duplicates += result.duplicates
    summary.failed += result.failed
    summary.near_duplicates += sum(1 for a in clustered.articles if a.meta.get("dup_group"))
    summary.events_new += result.events_new
    summary.events_merged += result.events_merged
    for _, reason in failures:
        summary.reasons[_reason_class(reason)] += 1


def reprocess(
    store: Store,
    *,
    engine: str = "local",
    workers: int = 0,
    batch_size: int = 16,
    pipeline_factory: PipelineFactory = default_pipeline,
    force: bool = False,
    progress: Progress | None = None,
) -> RunSummary:
    """Re-analyse stored articles whose pipeline version differs from the current one."""
    version = pipeline_version(pipeline_factory())
    summary = RunSummary()
    stream = store.iter_articles(pipeline_version_not=None if force else version)
    eng = open_engine(engine, pipeline_factory, default_extractor, workers=workers)
    try:
        for done in eng.map(analyse, _batches(stream, batch_size)):
            summary.read += len(done)
            summary.new += store.replace_analysis(done, version)
            summary.failed += sum(1 for a in done if a.error)
            if progress:
                progress(summary)
        summary.status = "done"
    finally:
        eng.close(cancel=summary.status != "done")
    return summary
