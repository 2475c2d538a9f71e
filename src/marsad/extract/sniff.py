"""Tell HTML from a text dump from plain text, and spot truncated HTML."""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Kind", "is_truncated_html", "sniff"]

Kind = Literal["html", "textdump", "text"]

_HTML_START_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)", re.I | re.S
)
_TAG_RE = re.compile(
    r"<(?:p|div|span|a|br|h[1-6]|meta|script|article|section|ul|li|img|table|title)\b[^>]*>", re.I
)
_CLOSE_RE = re.compile(r"</(?:html|body)\s*>\s*$", re.I)


def sniff(text: str) -> Kind:
    """``html``, ``textdump`` (a page saved as text, chrome and all) or plain ``text``."""
    head = text[:5000]
    if _HTML_START_RE.match(head):
        return "html"
    tags = len(_TAG_RE.findall(head))
    if tags >= 5 or (tags >= 2 and tags * 40 > len(head.split())):
        return "html"
    from marsad.extract.chrome import classify
    from marsad.extract.metadata import split_sections

    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # chrome lines, a category strip, or many short lines: a saved page, not prose
    for ln in lines[:6] + lines[-15:]:
        if len(ln.split()) <= 12 and (classify(ln) or split_sections(ln)):
            return "textdump"
    return "text"


def is_truncated_html(text: str) -> bool:
    """An HTML document that stops before its closing ``</body>`` / ``</html>``."""
    tail = text[-2000:].rstrip()
    if _CLOSE_RE.search(tail):
        return False
    return bool(_HTML_START_RE.match(text[:2000])) and "</html" not in tail.lower()
