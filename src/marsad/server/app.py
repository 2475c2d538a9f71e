"""The FastAPI application: the API under ``/api`` and the dashboard around it.

``create_app(store)`` builds an app over an open store (or a store URL). Errors are
JSON ``{"error": ..., "detail": ...}`` for the API and a readable page for the
dashboard; a bad parameter is a 4xx, never a 500.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from marsad import __version__
from marsad.errors import MarsadError
from marsad.server.security import (
    BodyLimitMiddleware,
    Resolver,
    SecurityHeadersMiddleware,
    resolve_host,
)
from marsad.server.stores import ThreadStores
from marsad.settings import Settings, load_settings
from marsad.store.base import Store

__all__ = ["create_app", "store_for"]

log = logging.getLogger(__name__)


def _message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def store_for(request: Request) -> Store:
    """This thread's connection to the app's store."""
    stores: ThreadStores = request.app.state.stores
    return stores.get()


def create_app(
    store: Store | str,
    settings: Settings | None = None,
    *,
    resolver: Resolver = resolve_host,
) -> FastAPI:
    """The marsad web app over ``store`` (an open Store or a store URL)."""
    settings = settings or load_settings()
    if isinstance(store, str):
        from marsad.store import open_store

        store = open_store(store)
    app = FastAPI(
        title="marsad",
        version=__version__,
        description="Who did what to whom, where and when, from Arabic news.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.stores = ThreadStores(store)
    app.state.settings = settings
    app.state.resolver = resolver

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if not request.url.path.startswith("/api"):
            from marsad.server.pages import error_page

            return error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse(
            {"error": _reason(exc.status_code), "detail": exc.detail},
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        detail = _message(list(exc.errors()))
        if not request.url.path.startswith("/api"):
            from marsad.server.pages import error_page

            return error_page(request, 422, detail)
        return JSONResponse({"error": "invalid parameter", "detail": detail}, status_code=422)

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Response:
        log.warning("request %s failed: %s", request.url.path, exc)
        return JSONResponse({"error": "bad request", "detail": str(exc)}, status_code=400)

    from marsad.server.api import router as api_router
    from marsad.server.pages import router as pages_router
    from marsad.server.vendor import router as vendor_router

    app.include_router(api_router)
    app.include_router(vendor_router)
    app.include_router(pages_router)
    static = resources.files("marsad.server").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(BodyLimitMiddleware, limit=settings.server.max_request_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def _reason(status: int) -> str:
    return {
        400: "bad request",
        401: "unauthorized",
        403: "forbidden",
        404: "not found",
        405: "method not allowed",
        413: "request too large",
        422: "invalid parameter",
    }.get(status, "error")
