"""Engines run the worker side of a run (extract + analyse) over batches.

``local`` (processes on this machine) is built in; ``ray`` needs ``marsad[ray]``.
Both provide ``map(fn, batches)`` yielding results in submission order with a
bounded number of batches in flight, and ``close()``.
"""

from __future__ import annotations

from typing import Any

from marsad.engines import local, ray_engine  # noqa: F401  (register "local", "ray")
from marsad.engines.tasks import Extractor, PipelineFactory
from marsad.registry import engines

__all__ = ["open_engine"]


def open_engine(
    name: str, pipeline_factory: PipelineFactory, extractor: Extractor, **options: Any
) -> Any:
    return engines.get(name)(pipeline_factory, extractor, **options)
