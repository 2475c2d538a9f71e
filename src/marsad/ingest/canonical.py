"""Canonical URLs: one spelling per page, so re-ingesting a URL is recognised.

Lower-case scheme and host, no ``www.``, no default port, no fragment, no tracking
parameters (``utm_*``, ``fbclid`` ...), remaining parameters sorted, percent-encoding
made uniform (Arabic paths arrive both raw and encoded), no trailing slash.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["canonical_url"]

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "s_cid",
     "cmpid", "ocid", "spm", "_ga", "amp"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """The canonical form of ``url`` (scheme-less input is taken as http)."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "https":
        scheme = "http"  # the same page is served on both
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(parts.scheme.lower())) else f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/%:@!$&'()*+,;=-._~")
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in _TRACKING and not k.lower().startswith(_TRACKING_PREFIXES)
        )
    )
    return urlunsplit((scheme, netloc, path or "/", query, ""))
