"""HTML pages: trafilatura for the body, with what it gets wrong on Arabic pages fixed around it.

The page is parsed once with lxml. Metadata is read first, from JSON-LD, ``<meta>``
tags and the markup conventions of common themes (WordPress ``rel="category tag"``,
Jannah ``post-cat``, Newspaper ``td-post-category``, Drupal taxonomy fields,
breadcrumbs); Arabic date strings go through :func:`metadata.parse_date`. Then
trafilatura extracts the body, which our line cleaner passes over once more (Arabic
chrome trafilatura keeps: "اقرأ أيضاً", share rows, tag lines, agency credits). When
trafilatura finds nothing, the page's paragraphs, then its whole text, are cleaned instead.
"""

from __future__ import annotations

import html as htmllib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from marsad.extract.chrome import line_key
from marsad.extract.metadata import clean_author, parse_date, split_sections
from marsad.extract.textdump import PageParts, clean_text

__all__ = ["HtmlMeta", "extract_html", "parse_html", "read_meta"]

log = logging.getLogger(__name__)

_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "backgroundnewsarticle", "webpage", "report", "liveblogposting",
}
# Markup roles, recognised by class names of common themes (one regex per role, run over
# every element that has a class: much faster than one XPath scan per role).
_ROLE_CLASSES = {
    "category": r"post-cat|cat-links|td-post-category|entry-category|article-category|"
    r"news-category|field--name-field-category|field-name-field-category|"
    r"field--name-field-section|post-labels",
    "breadcrumb": r"breadcrumb",
    "date": r"date|published|post-time|entry-time|created|submitted|\btime\b",
    "author": r"author-name|byline|post-author|field--name-field-author|writer|meta-author",
    "title": r"entry-title|post-title|article-title|page-title|news-title|story-title",
}
_ROLE_RES = {role: re.compile(rx) for role, rx in _ROLE_CLASSES.items()}
_HOME_CRUMB_XPATH = (
    "//*[starts-with(normalize-space(.), 'الرئيسية')][string-length(normalize-space(.)) < 80]"
)
_TITLE_SPLIT_RE = re.compile(r"\s+[|\-–—«»:]\s+")
_MAX_SECTIONS = 6


@dataclass
class HtmlMeta:
    title: str = ""
    h1: str = ""
    published: Any = None
    published_text: str | None = None
    author: str | None = None
    sections: tuple[str, ...] = ()
    sitename: str | None = None
    lang: str | None = None


def parse_html(html: str) -> Any:
    """An lxml tree of ``html`` (``None`` when there is nothing to parse)."""
    html = _XML_DECL_RE.sub("", html, count=1)
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _text(el: Any) -> str:
    return " ".join(el.text_content().split()) if el is not None else ""


def _jsonld(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                types = item.get("@type", "")
                types = types if isinstance(types, list) else [types]
                if any(str(t).lower() in _ARTICLE_TYPES for t in types):
                    yield item


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _meta_tags(tree: Any) -> dict[str, str]:
    """Every ``<meta property|name|itemprop=... content=...>``, keyed in lower case."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), content)
    return out


def _meta(tags: dict[str, str], *names: str) -> str | None:
    return next((tags[n.lower()] for n in names if n.lower() in tags), None)


def _clean_sections(items: list[str], title: str) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    tkey = line_key(title)
    for raw in items:
        for piece in re.split(r"\s*[,،|»›>/]\s*", raw):
            s = " ".join(piece.split())
            key = line_key(s)
            if not key or key in seen or key == tkey or len(s.split()) > 5 or len(s) > 40:
                continue
            if split_sections(s) is None and key in ("الرييسيه", "home", "الصفحه الرييسيه"):
                continue
            seen.add(key)
            out.append(s)
    return tuple(out[:_MAX_SECTIONS])


def read_meta(tree: Any) -> HtmlMeta:
    """Title, date, author, sections and site name from markup, before trafilatura runs."""
    meta = HtmlMeta()
    meta.lang = (tree.get("lang") or tree.get("xml:lang") or "").split("-")[0].lower() or None
    tags = _meta_tags(tree)
    roles = _roles(tree)
    ld_sections: list[str] = []
    for item in _jsonld(tree):
        headline = htmllib.unescape(str(item.get("headline") or "")).strip()
        meta.title = meta.title or " ".join(headline.split())
        if meta.published is None and item.get("datePublished"):
            meta.published = parse_date(item["datePublished"])
        authors = [a for a in _names(item.get("author")) if a]
        meta.author = meta.author or (clean_author(authors[0]) if authors else None)
        ld_sections += _names(item.get("articleSection"))
        meta.sitename = meta.sitename or next(iter(_names(item.get("publisher"))), None)
    meta.sitename = meta.sitename or _meta(tags, "og:site_name", "application-name")
    site_key = line_key(meta.sitename or "")
    h1s = [_text(h) for h in tree.iter("h1")]
    meta.h1 = next((h for h in h1s if h and line_key(h) != site_key), "")
    if not meta.title:
        meta.title = _title(tree, roles, tags, meta, site_key)
    if meta.published is None:
        iso = _meta(tags, "article:published_time", "datePublished", "pubdate", "publishdate",
                    "date", "dc.date", "DC.date.issued", "sailthru.date", "article.published")
        meta.published = parse_date(iso) if iso else None
    if meta.published is None:
        meta.published, meta.published_text = _date_from_markup(roles)
    if meta.author is None:
        meta.author = clean_author(_meta(tags, "author", "article:author", "dc.creator"),
                                   meta.sitename)
    if meta.author is None:
        for el in roles["author"][:5]:
            meta.author = clean_author(_text(el), meta.sitename)
            if meta.author:
                break
    section_meta = _meta(tags, "article:section", "articlesection", "section", "category")
    items = ld_sections + ([section_meta] if section_meta else [])
    if not items and roles["section"]:  # the first one: later ones label related teasers
        el = roles["section"][0]
        items = [el.get("content") or _text(el)]
    if not items:
        items = _category_links(roles)
    if not items:
        for crumb in roles["breadcrumb"][:1]:
            links = [_text(a) for a in crumb.xpath(".//*[@itemprop='name']")] or [
                _text(a) for a in crumb.xpath(".//a|.//li[not(.//a)]|.//span[not(.//a)]")
            ]
            items = links[1:] if links and _is_home(links[0]) else links
            items = items or [_text(crumb)]
    if not items:  # a plain-text breadcrumb: "الرئيسية > اقتصاد"
        for el in reversed(tree.xpath(_HOME_CRUMB_XPATH)):
            got = split_sections(_text(el))
            if got:
                items = list(got)
                break
    meta.sections = _clean_sections(items, meta.title)
    if meta.author and meta.sitename:  # JSON-LD authors were read before the site name
        meta.author = clean_author(meta.author, meta.sitename)
    return meta


def _title(
    tree: Any, roles: dict[str, list[Any]], tags: dict[str, str], meta: HtmlMeta, site_key: str
) -> str:
    """og:title (the article title on most CMSs), a title-classed element, <h1>, <title>.

    <h1> comes late because on some themes it is the logo.
    """
    og_title = _strip_site(_meta(tags, "og:title", "twitter:title") or "", meta.sitename)
    if og_title and line_key(og_title) != site_key:
        return og_title
    for el in roles["title"][:3]:
        t = _text(el)
        if t and line_key(t) != site_key and len(t.split()) <= 40:
            return t
    if meta.h1:
        return meta.h1
    page_title = next(tree.iter("title"), None)
    return _strip_site(_text(page_title), meta.sitename) if page_title is not None else ""


def _roles(tree: Any) -> dict[str, list[Any]]:
    """Elements by markup role, in document order (see ``_ROLE_CLASSES``)."""
    roles: dict[str, list[Any]] = {role: [] for role in (*_ROLE_RES, "section")}
    for el in tree.xpath("//*[@class or @rel or @itemprop or @itemtype or @id] | //time"):
        if el.tag in ("body", "html"):
            continue
        cls = el.get("class") or ""
        for role, rx in _ROLE_RES.items():
            if cls and rx.search(cls):
                roles[role].append(el)
        rel, prop = el.get("rel") or "", el.get("itemprop") or ""
        if "category" in rel.split():
            roles["category"].append(el)
        if rel == "author" or prop == "author":
            roles["author"].append(el)
        dated = el.tag == "time" or prop == "datePublished"
        if dated and (not roles["date"] or roles["date"][-1] is not el):
            roles["date"].append(el)
        if "BreadcrumbList" in (el.get("itemtype") or "") or el.get("id") == "breadcrumbs":
            roles["breadcrumb"].append(el)
        if prop == "articleSection":  # schema.org microdata
            roles["section"].append(el)
    return roles


def _is_home(text: str) -> bool:
    return line_key(text) in ("الرييسيه", "الصفحه الرييسيه", "home", "")


def _category_links(roles: dict[str, list[Any]]) -> list[str]:
    """Category names from theme markup: the links inside category containers."""
    out: list[str] = []
    for el in roles["category"][:8]:
        links = el.xpath(".//a") if el.tag != "a" else [el]
        texts = [_text(a) for a in links] or [_text(el)]
        out += [t for t in texts if t and len(t) < 60 and not _is_home(t)]
    return out


def _strip_site(title: str, sitename: str | None) -> str:
    parts = _TITLE_SPLIT_RE.split(title)
    if len(parts) > 1:
        if sitename and line_key(parts[-1]) == line_key(sitename):
            return " - ".join(parts[:-1]).strip()
        if sitename and line_key(parts[0]) == line_key(sitename):
            return " - ".join(parts[1:]).strip()
        # "title | site": keep the longest piece
        return max(parts, key=len).strip()
    return title.strip()


def _date_from_markup(roles: dict[str, list[Any]]) -> tuple[Any, str | None]:
    elements = roles["date"][:16]
    # machine-readable attributes first (they carry time and zone), then printed dates
    for el in elements:
        for cand in (el.get("datetime"), el.get("content")):
            dt = parse_date(cand) if cand and len(cand) < 80 else None
            if dt is not None:
                return dt, cand
    for el in elements:
        cand = _text(el)
        dt = parse_date(cand) if cand and len(cand) < 80 else None
        if dt is not None:
            return dt, cand
    return None, None


_LAYOUT_TABLE_RE = re.compile(r"^\|[^\n]{400,}\|\s*$", re.M)


def _trafilatura_body(
    tree: Any, url: str | None, favor: str, tables: bool = True
) -> tuple[str, Any]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=False,  # read by read_meta; trafilatura's only when we lack it
            include_comments=False,
            include_tables=tables,
            favor_recall=favor == "recall",
            favor_precision=favor == "precision",
        )
    except Exception as e:  # trafilatura on odd markup: fall back, never crash
        log.debug("trafilatura failed on %s: %r", url, e)
        return "", None
    if doc is None:
        return "", None
    return (getattr(doc, "text", None) or ""), doc


def _trafilatura_meta(html: str, url: str | None) -> Any:
    """trafilatura's own metadata (title, author, date, categories), as a fallback."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import set_date_params

    tree = parse_html(html)
    if tree is None:
        return None
    try:
        # htmldate's extensive search hands text to dateparser: slow, and rarely better
        # than the meta tags and Arabic date strings read_meta already tried
        return extract_metadata(tree, url, date_config=set_date_params(extensive=False),
                                extensive=False)
    except Exception as e:  # metadata is optional: never fail the page for it
        log.debug("trafilatura metadata failed on %s: %r", url, e)
        return None


def extract_html(
    html: str, url: str | None = None, title: str | None = None, *,
    favor: str = "balanced", min_chars: int = 80,
) -> tuple[PageParts, HtmlMeta]:
    """Body and metadata of an HTML page."""
    tree = parse_html(html)
    if tree is None:
        parts = clean_text(html, title)
        parts.flags.append("unparseable_html")
        return parts, HtmlMeta()
    meta = read_meta(tree)
    known_title = title or meta.title
    body, _ = _trafilatura_body(tree, url, favor)
    if _LAYOUT_TABLE_RE.search(body):
        # a page laid out with <table>: trafilatura flattens it into one table row
        retry, _ = _trafilatura_body(parse_html(html), url, favor, tables=False)
        if retry:
            body = retry
    parts = clean_text(body, body_only=True) if body else PageParts()
    if len(parts.body) < min_chars:
        # trafilatura pruned the tree it was given: parse afresh for the fallbacks
        fallback = _fallback(parse_html(html), known_title, min_chars)
        if len(fallback.body) > len(parts.body):
            fallback.flags.append("fallback_extraction")
            parts = fallback
    doc = None
    if not (title or meta.title) or meta.published is None:
        doc = _trafilatura_meta(html, url)
    parts.title = title or meta.title or (getattr(doc, "title", None) or "") or parts.title
    _drop_title_echo(parts)
    if not meta.sections and doc is not None and getattr(doc, "categories", None):
        meta.sections = _clean_sections(list(doc.categories), parts.title)
    if meta.author is None and doc is not None:
        meta.author = clean_author(getattr(doc, "author", None), meta.sitename)
    if meta.published is None and doc is not None and getattr(doc, "date", None):
        meta.published = parse_date(doc.date)
    meta.sitename = meta.sitename or (getattr(doc, "sitename", None) if doc is not None else None)
    return parts, meta


def _drop_title_echo(parts: PageParts) -> None:
    """Drop the headline when the extractor kept it as the body's first paragraph."""
    tkey = line_key(parts.title)
    for i, para in enumerate(parts.paragraphs[:3]):
        if tkey and line_key(para) == tkey:
            del parts.paragraphs[: i + 1]
            parts.dropped["title"] += 1
            return


def _fallback(tree: Any, title: str, min_chars: int) -> PageParts:
    """The page's own paragraphs, else its whole text, through the text-dump cleaner."""
    if tree is None:
        return PageParts()
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    paras = [_text(p) for p in tree.xpath("//p")]
    text = "\n".join(p for p in paras if p)
    parts = clean_text(text, body_only=True) if text else PageParts()
    if len(parts.body) >= min_chars:
        return parts
    for br in tree.xpath("//br|//p|//div|//li|//h1|//h2|//h3|//h4|//tr"):
        br.tail = "\n" + (br.tail or "")
    return clean_text(tree.text_content(), title or None)
