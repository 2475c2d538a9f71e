"""The local engine: worker processes on this machine, results in submission order.

At most ``max_in_flight`` batches are queued at once and each worker is replaced
after ``max_tasks_per_worker`` batches, so memory stays bounded however large the
input. Workers start from a fork server: a script that calls the engine must guard
its entry point with ``if __name__ == "__main__":`` (as with any multiprocessing
code that is not a fork). ``workers=0`` runs everything in the calling process
(debugging, tests, one-core machines).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from marsad.engines.tasks import Extractor, PipelineFactory, init_worker
from marsad.registry import engines

__all__ = ["LocalEngine"]

T = TypeVar("T")
R = TypeVar("R")


class LocalEngine:
    name = "local"

    def __init__(
        self,
        pipeline_factory: PipelineFactory,
        extractor: Extractor,
        *,
        workers: int = 0,
        max_in_flight: int | None = None,
        num_perm: int = 128,
        max_tasks_per_worker: int | None = 100,
    ) -> None:
        self.workers = workers
        self.max_in_flight = max_in_flight or max(2, 2 * workers)
        self._init = (pipeline_factory, extractor, num_perm)
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            # forkserver: workers start from a small clean process, not a copy of this
            # one (which may hold a pipeline built to check it, or a big clusterer)
            self._pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=mp.get_context("forkserver"),
                initializer=init_worker, initargs=self._init,
                # a worker is replaced after this many batches, so caches that
                # components grow over a long run cannot add up
                max_tasks_per_child=max_tasks_per_worker,
            )
        else:
            init_worker(*self._init)

    def map(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """``fn`` over every batch, results in order, bounded in flight."""
        if self._pool is None:
            for batch in batches:
                yield fn(batch)
            return
        pending: deque[Future[R]] = deque()
        for batch in batches:
            pending.append(self._pool.submit(fn, batch))
            while len(pending) >= self.max_in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=not cancel, cancel_futures=cancel)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=exc[0] is not None)


@engines.register("local")
def make_local(pipeline_factory: PipelineFactory, extractor: Extractor, **options: Any
               ) -> LocalEngine:
    workers = options.pop("workers", None)
    if workers is None or workers < 0:
        workers = os.cpu_count() or 1
    return LocalEngine(pipeline_factory, extractor, workers=workers, **options)
