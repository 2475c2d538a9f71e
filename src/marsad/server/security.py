"""What keeps the server safe: headers, body limits, and which URLs it may fetch.

- Every response carries a strict Content-Security-Policy: scripts only from this origin
  (plotly.js needs ``'unsafe-eval'`` for its compiled expressions), no objects, no
  framing. Article text is untrusted HTML and is only ever rendered escaped.
- Request bodies over ``max_request_bytes`` are refused with 413 before they are read whole.
- The ingest endpoint fetches only public hosts: every address a name resolves to must be
  globally routable (no loopback, private, link-local, multicast or reserved ranges).
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "CSP",
    "BodyLimitMiddleware",
    "Resolver",
    "SecurityHeadersMiddleware",
    "UnsafeURLError",
    "check_public_url",
    "resolve_host",
]

CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)

HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

ASGIApp = Callable[..., Any]


class SecurityHeadersMiddleware:
    """Adds the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Refuses request bodies over ``limit`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers", []):
            if key == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _too_large(send, self.limit)
                return
        seen = 0

        async def counting_receive() -> dict[str, Any]:
            nonlocal seen
            message: dict[str, Any] = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _BodyTooLarge:
            await _too_large(send, self.limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Any, limit: int) -> None:
    body = json.dumps(
        {"error": "request too large", "detail": f"the body limit is {limit} bytes"}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


class UnsafeURLError(ValueError):
    """A URL the server must not fetch (not http(s), or not a public host)."""


Resolver = Callable[[str], list[str]]


def resolve_host(host: str) -> list[str]:
    """Every address ``host`` resolves to (the default resolver; tests pass their own)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


def check_public_url(url: str, resolve: Resolver = resolve_host) -> str:
    """Return ``url`` if it is http(s) to a public host; raise :class:`UnsafeURLError`."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"{url}: only http and https URLs can be ingested")
    host = parts.hostname
    if not host:
        raise UnsafeURLError(f"{url}: no host")
    if parts.username or parts.password:
        raise UnsafeURLError(f"{url}: credentials in URLs are not accepted")
    try:
        addresses = [host] if _is_ip(host) else resolve(host)
    except OSError as e:
        raise UnsafeURLError(f"{url}: cannot resolve {host}: {e}") from e
    if not addresses:
        raise UnsafeURLError(f"{url}: {host} resolves to nothing")
    for addr in addresses:
        ip = ipaddress.ip_address(addr.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            raise UnsafeURLError(f"{url}: {host} is not a public address ({ip})")
    return url


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
