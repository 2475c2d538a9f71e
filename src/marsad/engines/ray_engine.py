"""The Ray engine (``--engine ray``, extra ``marsad[ray]``): the local engine's interface
on a Ray cluster (or a local Ray instance). Batches are Ray tasks; at most
``max_in_flight`` are outstanding; results come back in submission order."""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from marsad.engines.tasks import Extractor, PipelineFactory, init_worker
from marsad.errors import ConfigError
from marsad.registry import engines

__all__ = ["RayEngine"]

T = TypeVar("T")
R = TypeVar("R")


def _run(init: tuple[Any, ...], fn: Callable[[Any], Any], batch: Any) -> Any:
    from marsad.engines import tasks

    if "pipeline" not in tasks._state:  # once per Ray worker process
        init_worker(*init)
    return fn(batch)


class RayEngine:
    name = "ray"

    def __init__(
        self, pipeline_factory: PipelineFactory, extractor: Extractor, *,
        workers: int = 0, max_in_flight: int | None = None, num_perm: int = 128,
        address: str | None = None,
    ) -> None:
        try:
            import ray
        except ImportError as e:
            raise ConfigError("the ray engine needs the extra: pip install 'marsad[ray]'") from e
        self._ray = ray
        if not ray.is_initialized():
            # a local instance gets the driver's import path, so the pipeline and
            # extractor the driver names can be unpickled in Ray's workers
            runtime_env = None if address else {
                "env_vars": {"PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
            }
            ray.init(address=address, num_cpus=workers or None, include_dashboard=False,
                     log_to_driver=False, runtime_env=runtime_env)
        self._init = (pipeline_factory, extractor, num_perm)
        self._remote = ray.remote(_run)
        self.max_in_flight = max_in_flight or 2 * max(1, workers or 2)

    def map(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        pending: deque[Any] = deque()
        for batch in batches:
            pending.append(self._remote.remote(self._init, fn, batch))
            while len(pending) >= self.max_in_flight:
                yield self._ray.get(pending.popleft())
        while pending:
            yield self._ray.get(pending.popleft())

    def close(self, cancel: bool = False) -> None:
        self._ray.shutdown()

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@engines.register("ray")
def make_ray(pipeline_factory: PipelineFactory, extractor: Extractor, **options: Any
             ) -> RayEngine:
    return RayEngine(pipeline_factory, extractor, **options)
