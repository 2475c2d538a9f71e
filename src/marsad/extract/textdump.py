"""Our own cleaner for pages saved as text ("text dumps") and for extracted body text.

A text dump keeps a page's words but not its markup: the category strip, the title, the
byline and date, the body with its subheadings, then the furniture (related links,
comment form, "back to top"). The cleaner works line by line:

1. each line is classified: chrome (``chrome.toml``), agency credit, byline, date,
   section strip, paragraph (long or sentence-like) or short line (heading-like);
2. the page is cut into regions at "the article is over" markers, and the body is the
   region with the most paragraph text (or the text after a known title);
3. the title is the last heading-like line before the body; metadata lines around it
   are read (sections, date, author, credit) and dropped;
4. inside the body, chrome is dropped, "read also" link titles with it; a short line is
   kept as a subheading only when a paragraph follows it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from marsad.extract.chrome import MAX_CHROME_WORDS, ChromeMatch, classify, line_key, word_count
from marsad.extract.metadata import (
    Credit,
    clean_author,
    find_credit,
    match_agency,
    parse_author_line,
    parse_date,
    split_sections,
    strip_credit_lead,
    strip_credit_tail,
)

__all__ = ["PageParts", "clean_text", "is_paragraph"]

# invisible characters that survive copy-paste: NBSP, zero-widths, bidi marks, BOM
_INVISIBLE_RE = re.compile("[\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029]")
_SENTENCE_END = (".", "!", "؟", "?", "…", ":", "»", "”", '"', "؛")
_DATE_HINT_RE = re.compile(
    r"\d+\D{1,3}\d+|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|"
    r"ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|جانفي|فيفري|أفريل|ماي|جوان|"
    r"جويلية|أوت|[٠-٩]"
)
_DATE_LABEL_RE = re.compile(
    r"^(?:نشر|نُشر|تاريخ النشر|منشور|بتاريخ|آخر تحديث|تم النشر|التاريخ|published|updated)"
    r"\s*(?:في|:|بتاريخ)?\s*",
    re.I,
)
_TRAILING_PAREN_RE = re.compile(r"\s*\([^()]{1,40}\)$")
_INNER_SENTENCE_RE = re.compile(r"\w\w[.!؟?] +\w")
# "عين اليوم – مانيلا", "هشام لاشين-القاهرة": a site or reporter and a city, not a title
_DATELINE_RE = re.compile(r"^\S+(?: \S+){0,2} ?[-–—] ?\S+(?: \S+){0,1}$")
# photo captions end with a photo credit: "(أرشيف)", "(الصورة من الهيئة)", "(تصوير: ...)"
_CAPTION_RE = re.compile(
    r"\((?:[^()]*\s)?(?:أرشيف|أرشيفية|ارشيف|ارشيفية|صورة|الصورة|صور|تصوير|Getty|"
    r"وسائل التواصل)[^()]*\)\.?$"
)
_CAPTION = ChromeMatch("drop", "caption")
_BYLINE_WORD_RE = re.compile(r"^(?:بواسطة|بقلم|كتب|كتبت|الكاتب|الكاتبة|by)\s*:?$", re.I)
_MAX_TITLE_WORDS = 30
_SHORT_WORDS = 12  # bylines, dates, credits and strips are no longer than this
_MAX_SUBHEAD_WORDS = 14
_LINK_TITLE_MIN_WORDS = 6  # "read also" link titles are longer than subheadings


@dataclass
class PageParts:
    """What the cleaner found in a page's text."""

    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    sections: tuple[str, ...] = ()
    author: str | None = None
    credit: Credit | None = None
    dateline: str | None = None
    published: datetime | None = None
    published_text: str | None = None
    dropped: Counter[str] = field(default_factory=Counter)
    flags: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    kind: str  # para | short | chrome | credit | author | date | sections
    chrome: ChromeMatch | None = None
    credit: Credit | None = None
    author: str | None = None
    date: datetime | None = None
    sections: tuple[str, ...] | None = None


def is_paragraph(text: str, words: int | None = None) -> bool:
    """Body-paragraph-like: long, or a complete sentence of a few words."""
    words = word_count(text) if words is None else words
    # titles and link titles run to 20 words but do not end like a sentence; a sentence
    # may carry a trailing credit: "... ومثمرة. (وكالات)"
    ending = _TRAILING_PAREN_RE.sub("", text.rstrip())
    credited = ending != text.rstrip() and match_agency(text.rstrip()[len(ending):]) is not None
    if words >= 20 or (words >= 5 and (credited or ending.endswith(_SENTENCE_END))):
        return True
    if words >= 8 and _INNER_SENTENCE_RE.search(text):  # "... للأوقية. سمات ..."
        return True
    # scripts written without spaces (Chinese, Japanese, Thai): go by length
    if len(text) >= 80 and words * 15 < len(text):
        return True
    return text.rstrip().endswith("。") and len(text) > 20


def _classify(text: str) -> _Line:
    tokens = text.split()
    words = len(tokens)
    if words > MAX_CHROME_WORDS:  # fast path: long paragraphs are body, whatever they say
        return _Line(text, "para")
    if words > _SHORT_WORDS:  # metadata lines are short: only chrome prefixes can match
        chrome = classify(text)
        if chrome:
            return _Line(text, "chrome", chrome=chrome)
        return _Line(text, "para" if is_paragraph(text, words) else "short")
    return _classify_short(text, words)


@lru_cache(maxsize=8192)
def _classify_short(text: str, words: int) -> _Line:
    """Short lines: a site's chrome repeats on every page, so their reading is cached."""
    key = line_key(text)
    if words <= 8:
        credit = find_credit(text, key)
        if credit:
            return _Line(text, "credit", credit=credit)
    if words <= 10 and _DATE_HINT_RE.search(text):
        date = parse_date(_DATE_LABEL_RE.sub("", text))
        if date is not None:
            return _Line(text, "date", date=date)
    chrome = classify(text, key)
    if chrome:
        return _Line(text, "chrome", chrome=chrome)
    if words <= 10:
        author = parse_author_line(text)
        if author:
            return _Line(text, "author", author=author)
        sections = split_sections(text, key)
        if sections:
            return _Line(text, "sections", sections=sections)
    if _BYLINE_WORD_RE.match(text):
        return _Line(text, "byline-word")
    return _Line(text, "para" if is_paragraph(text, words) else "short")


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for raw in _INVISIBLE_RE.sub(" ", text).splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        ln = _classify(line)
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "byline-word" and ln.kind == "short":
            # "بواسطة" on its own line, the name on the next (markup turned into text)
            name = clean_author(line)
            if name and word_count(name) <= 5:
                ln = _Line(line, "author", author=name)
        elif ln.kind == "short" and _CAPTION_RE.search(line):
            ln = _Line(line, "chrome", chrome=_CAPTION)
        out.append(ln)
    return out


def _is_stop(ln: _Line) -> bool:
    return ln.chrome is not None and ln.chrome.action == "stop"


def _regions(lines: list[_Line]) -> list[tuple[int, int]]:
    """Index ranges between "article is over" markers."""
    out, start = [], 0
    for i, ln in enumerate(lines):
        if _is_stop(ln):
            out.append((start, i))
            start = i + 1
    out.append((start, len(lines)))
    return [(a, b) for a, b in out if a < b]


def _para_chars(lines: list[_Line], a: int, b: int) -> int:
    return sum(len(ln.text) for ln in lines[a:b] if ln.kind == "para")


def _find_title_line(lines: list[_Line], title: str) -> int | None:
    want = line_key(title)
    if not want:
        return None
    for i, ln in enumerate(lines):
        key = line_key(ln.text)
        if key == want or (
            len(want) > 20 and (key.startswith(want) or (want.startswith(key) and len(key) > 20))
        ):
            return i
    return None


def clean_text(text: str, title: str | None = None, *, body_only: bool = False) -> PageParts:
    """Clean a text dump (or, with ``body_only``, text already cut to the article body)."""
    parts = PageParts()
    lines = _lines(text)
    if not lines:
        parts.flags.append("no_body")
        return parts
    if body_only:
        first = 0
        end = next((i for i, ln in enumerate(lines) if _is_stop(ln) and i > 0), len(lines))
        # a stop marker before any paragraph does not end the body
        if _para_chars(lines, 0, end) == 0:
            end = len(lines)
        body_start = first
        head_end = 0
    else:
        title_at = _find_title_line(lines, title) if title else None
        if title_at is not None:
            first = title_at + 1
            end = next((i for i in range(first, len(lines)) if _is_stop(lines[i])
                        and _para_chars(lines, first, i)), len(lines))
        else:
            regions = _regions(lines) or [(len(lines), len(lines))]  # all stop markers
            first, end = max(regions, key=lambda r: _para_chars(lines, *r))
        found = next((i for i in range(first, end) if lines[i].kind == "para"), None)
        if found is None:
            parts.flags.append("no_body")
        body_start = end if found is None else found
        head_end = body_start
        if title_at is not None:
            parts.title = title or ""
        else:
            parts.title = _title_before(lines, first, body_start)
    # metadata in the header (before the body) and in the lines right after it
    parts.sections = _header_sections(lines[:head_end])
    for ln in [*lines[:head_end], *lines[end : end + 3]]:
        if ln.kind != "sections":
            _read_meta(parts, ln)
    _body(parts, lines, body_start, end, lenient=body_only)
    if parts.paragraphs:
        # the dateline credit opens the first paragraph (after any leading subheading)
        for i, para in enumerate(parts.paragraphs[:3]):
            first_para, credit, city = strip_credit_lead(para)
            if credit:
                parts.paragraphs[i] = first_para
                parts.credit = parts.credit or credit
                parts.dateline = city
                break
        last, credit = strip_credit_tail(parts.paragraphs[-1])
        if credit:
            parts.paragraphs[-1] = last
            parts.credit = parts.credit or credit
    elif "no_body" not in parts.flags:
        parts.flags.append("no_body")
    return parts


def _title_before(lines: list[_Line], first: int, body_start: int) -> str:
    """The last heading-like line before the body (in its region, else just before it)."""
    lo = max(0, first - 12)
    dateline = ""
    for i in range(body_start - 1, lo - 1, -1):
        ln = lines[i]
        if ln.kind == "short" and word_count(ln.text) <= _MAX_TITLE_WORDS:
            if not dateline and i == body_start - 1 and _DATELINE_RE.match(ln.text):
                dateline = ln.text  # a dateline right above the body: look further up
                continue
            return ln.text
        if ln.kind == "para" and i < first:
            break
    return dateline


def _header_sections(header: list[_Line]) -> tuple[str, ...]:
    """Sections from the header: the last strip or breadcrumb before the title.

    Single section words stacked three or more in a row are the site menu, not the
    article's sections ("الرئيسية / أخبار / سياسة / اقتصاد ..." one per line).
    """
    single = [
        (ln.kind == "sections" and ln.sections is not None and len(ln.sections) == 1)
        or (ln.kind == "chrome" and ln.chrome is not None and ln.chrome.reason == "navigation")
        for ln in header
    ]
    in_menu = [False] * len(header)
    i = 0
    while i < len(header):
        j = i
        while j < len(header) and single[j]:
            j += 1
        if j - i >= 3:
            in_menu[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    best: tuple[str, ...] = ()
    for i, ln in enumerate(header):
        if ln.kind != "sections" or not ln.sections:
            continue
        if len(ln.sections) > 1 or (not in_menu[i] and len(best) <= 1):
            best = ln.sections
    return best


def _read_meta(parts: PageParts, ln: _Line) -> None:
    if ln.kind == "sections" and not parts.sections and ln.sections:
        parts.sections = ln.sections
    elif ln.kind == "date" and parts.published is None:
        parts.published, parts.published_text = ln.date, ln.text
    elif ln.kind == "author" and parts.author is None:
        parts.author = ln.author
    elif ln.kind == "credit" and parts.credit is None:
        parts.credit = ln.credit


def _body(parts: PageParts, lines: list[_Line], start: int, end: int, lenient: bool) -> None:
    skip_links = 0
    for i in range(start, end):
        ln = lines[i]
        if ln.kind == "chrome" and ln.chrome:
            parts.dropped[ln.chrome.reason] += 1
            skip_links = 3 if ln.chrome.action == "related" else 0
            continue
        if skip_links and _is_link_title(ln):
            parts.dropped["read-also"] += 1
            skip_links -= 1
            continue
        skip_links = 0
        if ln.kind in ("credit", "author", "date"):
            _read_meta(parts, ln)
            parts.dropped[ln.kind] += 1
        elif ln.kind == "para" or _is_subhead(lines, i, end, lenient):
            parts.paragraphs.append(ln.text)
        else:
            parts.dropped["empty-subhead"] += 1


def _is_link_title(ln: _Line) -> bool:
    """A headline-like line (no final period) as listed under "اقرأ أيضاً"."""
    words = word_count(ln.text)
    return (
        ln.kind in ("short", "para")
        and _LINK_TITLE_MIN_WORDS <= words <= 24
        and not ln.text.rstrip().endswith((".", ":", "»", "”", '"'))
    )


def _is_subhead(lines: list[_Line], i: int, end: int, lenient: bool) -> bool:
    """A short line is kept when a paragraph follows it.

    ``lenient`` (text an extractor already judged to be body, with its lists): kept
    unless chrome follows it directly.
    """
    nxt = lines[i + 1] if i + 1 < end else None
    if lenient:
        return nxt is None or nxt.kind != "chrome"
    if word_count(lines[i].text) > _MAX_SUBHEAD_WORDS:
        return False
    return nxt is not None and nxt.kind == "para"
