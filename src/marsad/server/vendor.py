"""Third-party browser code served from the pip packages that ship it, never copied here.

plotly's Python package carries ``plotly.min.js``; the dashboard loads it from
``/vendor/plotly.min.js``, cached by the browser for a day.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def plotly_js() -> bytes:
    return resources.files("plotly").joinpath("package_data", "plotly.min.js").read_bytes()


@router.get("/vendor/plotly.min.js")
def plotly() -> Response:
    return Response(
        plotly_js(),
        media_type="application/javascript",
        headers={"cache-control": "public, max-age=86400"},
    )
