"""Extraction: a raw page (HTML, a text dump or plain text, as str or bytes) to an Article.

    from marsad.extract import extract
    article = extract(raw, url=..., published=..., source="page.html")

Bytes are decoded (:mod:`.encoding`), the kind of page is sniffed (:mod:`.sniff`), HTML
goes through trafilatura with Arabic fixes (:mod:`.html`), text dumps through our own
cleaner (:mod:`.textdump`). Problems with the input raise an :class:`~marsad.errors.InputError`
naming it; problems with the content (no body, guessed encoding, truncated HTML, not
Arabic) are flags on the returned article.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from marsad.arabic import arabic_ratio
from marsad.errors import EmptyInputError, EncodingError
from marsad.extract.encoding import Decoded, check_size, decode, repair_mojibake
from marsad.extract.html import extract_html
from marsad.extract.metadata import parse_date
from marsad.extract.sniff import is_truncated_html, sniff
from marsad.extract.textdump import PageParts, clean_text
from marsad.models import Article, article_id
from marsad.settings import ExtractSettings, Settings, load_settings

__all__ = ["clean_text", "extract", "extract_html", "sniff"]

log = logging.getLogger(__name__)

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MIN_ARABIC_RATIO = 0.5


@lru_cache(maxsize=1)
def _default_settings() -> ExtractSettings:
    return load_settings().extract


def _check_text(text: str, source: str | None) -> None:
    if not text.strip():
        raise EmptyInputError("input is empty", source)
    head = text[:4096]
    if len(_CONTROL_RE.findall(head)) > max(8, len(head) // 50):
        raise EncodingError("binary data, not a text or HTML page", source)


def _lang(text: str, declared: str | None) -> str:
    if arabic_ratio(text[:1500]) >= _MIN_ARABIC_RATIO:  # a sample decides
        return "ar"
    if declared and declared != "ar":
        return declared
    return "und"


def extract(
    raw: str | bytes,
    url: str | None = None,
    published: datetime | str | None = None,
    title: str | None = None,
    source: str | None = None,
    source_name: str | None = None,
    *,
    settings: Settings | None = None,
) -> Article:
    """Read one page into an :class:`Article` (``source`` names the input in errors)."""
    cfg = settings.extract if settings is not None else _default_settings()
    flags: list[str] = []
    meta: dict[str, Any] = {}
    if isinstance(raw, bytes):
        decoded = decode(raw, source, cfg.max_bytes)
    else:
        check_size(len(raw), cfg.max_bytes, source)
        fixed = repair_mojibake(raw)  # text decoded with the wrong code page upstream
        decoded = Decoded(fixed, "str", repaired=True) if fixed else Decoded(raw, "str")
    text = decoded.text
    if decoded.guessed:
        flags.append("encoding_guessed")
    if decoded.repaired:
        flags.append("encoding_repaired")
    _check_text(text, source)
    kind = sniff(text)
    meta["format"], meta["encoding"] = kind, decoded.encoding
    if source:
        meta["input"] = source

    sitename = declared_lang = None
    if kind == "html":
        if is_truncated_html(text):
            flags.append("truncated_html")
        parts, hmeta = extract_html(
            text, url, title, favor=cfg.favor, min_chars=cfg.min_body_chars
        )
        if not parts.sections:
            parts.sections = hmeta.sections
        parts.author = parts.author or hmeta.author
        if hmeta.published is not None:
            parts.published, parts.published_text = hmeta.published, hmeta.published_text
        sitename, declared_lang = hmeta.sitename, hmeta.lang
        if sitename and "." in sitename and " " not in sitename:  # a host name guessed from the URL
            sitename = sitename.lower()
        if not parts.paragraphs and not parts.title:
            raise EmptyInputError("HTML page with no text in it", source)
    else:
        parts = clean_text(text, title)
        if title:
            parts.title = title
        if kind == "text" and not parts.paragraphs:
            # plain prose too short to look like paragraphs: it is still the body
            lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]
            parts.paragraphs = [ln for ln in lines if ln != parts.title]
            if parts.paragraphs:
                parts.flags = [f for f in parts.flags if f != "no_body"]
    return _article(parts, flags, meta, url, published, source_name or sitename,
                    declared_lang, cfg)


def _article(
    parts: PageParts, flags: list[str], meta: dict[str, Any], url: str | None,
    published: datetime | str | None, outlet: str | None, declared_lang: str | None,
    cfg: ExtractSettings,
) -> Article:
    body = parts.body
    flags.extend(f for f in parts.flags if f not in flags)
    if len(body) < cfg.min_body_chars and "no_body" not in flags:
        flags.append("short_body" if body else "no_body")
    if not parts.title:
        flags.append("no_title")
    lang = _lang(body or parts.title, declared_lang)
    if lang != "ar":
        flags.append("non_arabic")
    when = parse_date(published) if published is not None else parts.published
    if published is not None and when is None:
        flags.append("bad_published")
    if parts.published_text:
        meta["published_text"] = parts.published_text
    if parts.credit:
        meta["credit"] = parts.credit.text
    if parts.dateline:
        meta["dateline"] = parts.dateline
    if parts.dropped:
        meta["dropped"] = dict(parts.dropped)
    if outlet is None and url:
        outlet = urlsplit(url).hostname
    return Article(
        id=article_id(url, body or parts.title),
        text=body,
        title=parts.title,
        url=url,
        source=outlet,
        published=when,
        lang=lang,
        sections=tuple(parts.sections),
        author=parts.author,
        agency=parts.credit.agency if parts.credit else None,
        flags=tuple(flags),
        meta=meta,
    )
