"""Article metadata from page text: section strips, agency credits, bylines and dates.

Everything is table-driven: section words from ``data/extract/sections.txt``, agencies
from ``data/extract/agencies.toml``, both compiled once at import. Arabic date strings
("الخميس 12 يناير 2023", "١٢ كانون الثاني ٢٠٢٣") are resolved by
:func:`marsad.timex.parse_date_string`; ISO and numeric dates are read here.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timezone
from functools import lru_cache
from importlib import resources

from marsad.arabic import normalize_digits
from marsad.extract.chrome import line_key

__all__ = [
    "Credit",
    "clean_author",
    "find_credit",
    "match_agency",
    "parse_author_line",
    "parse_date",
    "split_sections",
    "strip_credit_lead",
    "strip_credit_tail",
]

log = logging.getLogger(__name__)


def _key(s: str) -> str:
    return line_key(s)


# --- sections -------------------------------------------------------------------------


def _load_sections() -> frozenset[str]:
    text = resources.files("marsad.data").joinpath("extract/sections.txt").read_text("utf-8")
    words = (ln.strip() for ln in text.splitlines())
    return frozenset(_key(w) for w in words if w and not w.startswith("#"))


SECTION_WORDS = _load_sections()
# compact (space-free) forms for strips whose separators were lost
_SECTION_COMPACT = {w.replace(" ", ""): w for w in SECTION_WORDS}
_MAX_SECTION_LEN = max(len(w) for w in _SECTION_COMPACT)
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:»|«|›|‹|>|<|/|\||•|·|»|→|←|:|-|–|—)\s*")
_HOME = frozenset(_key(w) for w in ("الرئيسية", "الصفحة الرئيسية", "home", "الأخبار", "أخبار"))


_SEP_CHARS = frozenset("»«›‹></|•·→←:-–—")


def _has_sep(text: str) -> bool:
    return not _SEP_CHARS.isdisjoint(text)


def _segment(compact: str) -> list[str] | None:
    """Split a separator-less strip into section words (fewest pieces, longest first)."""
    n = len(compact)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(min(n, i + _MAX_SECTION_LEN), i, -1):
            piece = compact[i:j]
            if piece in _SECTION_COMPACT:
                cand = [*best[i], piece]  # type: ignore[misc]
                if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = cand
    return best[n]


def split_sections(line: str, key: str | None = None) -> tuple[str, ...] | None:
    """Sections of a category strip or breadcrumb line, or ``None`` if it is not one.

    "أخبارسورياعربي" -> ("أخبار", "سوريا", "عربي"); "الرئيسية » أخبار » سوريا" ->
    ("أخبار", "سوريا"); a single known section word -> (word,).
    """
    text = line.strip()
    if not text or len(text) > 120:
        return None
    parts = [p for p in _BREADCRUMB_SEP_RE.split(text) if p.strip()] if _has_sep(text) else []
    if len(parts) > 1:
        out = [p.strip() for p in parts if _key(p) not in _HOME or _key(p) in ("اخبار",)]
        keys = [_key(p) for p in out]
        if all(k in SECTION_WORDS or k.replace(" ", "") in _SECTION_COMPACT for k in keys):
            return tuple(out) if out else None
        return None
    key = _key(text) if key is None else key
    if key in SECTION_WORDS:
        return (text,)
    words = text.split()
    keys = key.split()
    if len(keys) > 4 or len(text) > 60:  # strips are short; titles are not strips
        return None
    if len(words) > 1 and len(keys) == len(words) and all(k in SECTION_WORDS for k in keys):
        return tuple(words)
    # strip with lost separators: recover the original spelling piece by piece
    pieces = _segment(key.replace(" ", ""))
    if not pieces or len(pieces) < 2:
        return None
    return tuple(_realign(text, pieces))


def _realign(orig: str, pieces: list[str]) -> list[str]:
    """Cut the original (un-normalised) strip at the boundaries found in match form."""
    out: list[str] = []
    pos = 0
    for piece in pieces:
        end = pos
        # grow until the normalised prefix covers the piece (tashkeel may be deleted)
        while end < len(orig) and len(_key(orig[pos:end]).replace(" ", "")) < len(piece):
            end += 1
        out.append(orig[pos:end].strip())
        pos = end
    if pos < len(orig) and out:
        out[-1] = (out[-1] + orig[pos:]).strip()
    return [o for o in out if o]


# --- agency credits -------------------------------------------------------------------


def _load_agencies() -> dict[str, str]:
    text = resources.files("marsad.data").joinpath("extract/agencies.toml").read_text("utf-8")
    table: dict[str, str] = {}
    for entry in tomllib.loads(text)["agency"]:
        for alias in [entry["name"], *entry["aliases"]]:
            table[_key(alias)] = entry["name"]
    return table


AGENCIES = _load_agencies()
_AGENCY_TOKENS = frozenset(tok for alias in AGENCIES for tok in alias.split())
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_AGENCY_RE = re.compile(rf"(?<!\w)(?:{_AGENCY_ALT})(?!\w)")
_DASH = r"[-–—ـ]"
_CREDIT_SPLIT_RE = re.compile(rf"\s*{_DASH}+\s*|\s*/\s*|\s*\+\s*|،")
# the label is a whole word: "عنوان الخبر" does not start with the label "عن"
_CREDIT_LABEL_RE = re.compile(
    r"^(?:المصدر|مصدر|source|عن|نقلا عن|بتصرف عن|via)(?=[\s:：])\s*[:：]?\s*", re.I
)


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency credit found in page text."""

    agency: str  # canonical name from the agency table
    text: str  # the credit as printed ("دقيقه – وكالات")


def _key_keep_dots(s: str) -> str:
    # "أ.ف.ب" and "د.ب.أ" are abbreviations: the match form turns dots into spaces
    return _key(s)


def match_agency(text: str) -> str | None:
    """Canonical agency name if ``text`` (a short phrase) names one."""
    key = _key_keep_dots(text.strip("()[] \u200f\u200e"))
    if key in AGENCIES:
        return AGENCIES[key]
    m = _AGENCY_RE.search(key)
    return AGENCIES[m.group(0)] if m else None


def find_credit(line: str, key: str | None = None) -> Credit | None:
    """A whole line that is an agency credit: "دقيقه – وكالات", "(رويترز)", "المصدر: وكالات"."""
    text = line.strip()
    if not text or len(text.split()) > 8 or (text.endswith((".", "؟", "!")) and len(text) > 40):
        return None
    body = _CREDIT_LABEL_RE.sub("", text)
    labelled = body != text
    body_key = key if key is not None and not labelled else _key_keep_dots(body)
    if not labelled and _AGENCY_TOKENS.isdisjoint(body_key.split()):
        return None  # no agency word at all: the common case, answered cheaply
    # "site – agency", "agency - site", "(agency)", "agency"
    parts = [p.strip(" ()[]:") for p in _CREDIT_SPLIT_RE.split(body)]
    parts = [p for p in parts if p]
    if not parts or len(parts) > 3:
        return None
    # each piece must be an agency name as a whole ("اتصل بنا" is not the agency بنا)
    agencies = [a for a in (AGENCIES.get(_key_keep_dots(p)) for p in parts) if a]
    if not agencies:
        # "المصدر: سكاي نيوز عربية": a labelled source credit that is not in the table
        if labelled and 0 < len(body.split()) <= 5:
            return Credit(body.strip(" ()"), text)
        return None
    # unlabelled credits must be mostly agency names: at most one other piece (the site)
    if not labelled and len(parts) - len(agencies) > 1:
        return None
    return Credit(agencies[-1] if agencies[-1] != "وكالات" else agencies[0], text)


_TAIL_CREDIT_RE = re.compile(
    rf"\s*(?:\((?P<p>[^()]{{1,40}})\)|{_DASH}\s*(?P<d>[^\s.،][^.،]{{0,30}}))\s*\.?\s*$"
)


def strip_credit_tail(paragraph: str) -> tuple[str, Credit | None]:
    """Remove a trailing "(رويترز)" or "- أ ف ب" from a paragraph, returning the credit."""
    m = _TAIL_CREDIT_RE.search(paragraph)
    if not m:
        return paragraph, None
    inner = m.group("p") or m.group("d") or ""
    agency = match_agency(inner)
    if not agency or _key_keep_dots(inner) not in AGENCIES:
        return paragraph, None
    head = paragraph[: m.start()].rstrip()
    if head and not head.endswith((".", "!", "؟", "?", "»", "”", '"')):
        head += "."
    return head, Credit(agency, m.group(0).strip())


_LEAD_CREDIT_RE = re.compile(
    rf"^(?P<city>[^\s()،.:]{{2,20}}(?:\s[^\s()،.:]{{2,20}})?)?\s*"
    rf"(?:\((?P<p>[^()]{{1,40}})\)\s*(?:{_DASH}|:)|{_DASH}\s*(?P<d>[^-–—:()]{{1,30}}?)\s*:)\s*"
)


def strip_credit_lead(paragraph: str) -> tuple[str, Credit | None, str | None]:
    """Remove a dateline credit "دمشق (رويترز) -" or "موسكو - وكالات:" from a paragraph start.

    Returns (paragraph, credit, dateline city).
    """
    m = _LEAD_CREDIT_RE.match(paragraph)
    if not m:
        return paragraph, None, None
    inner = m.group("p") or m.group("d") or ""
    if _key_keep_dots(inner) not in AGENCIES:
        return paragraph, None, None
    rest = paragraph[m.end() :].lstrip(" -–—:")
    if len(rest.split()) < 4:
        return paragraph, None, None
    return rest, Credit(AGENCIES[_key_keep_dots(inner)], m.group(0).strip()), m.group("city")


# --- bylines --------------------------------------------------------------------------

_AUTHOR_LINE_RE = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|الكاتب|الكاتبة|كاتب|بواسطة|تحرير|إعداد|اعداد|تقرير|حوار|ترجمة|"
    r"المحرر|محرر|مراسل|مراسلة|by|author|written by)\s*[:：\-–]?\s+(?P<name>.{2,60})$",
    re.I,
)
_AUTHOR_JUNK_RE = re.compile(
    r"(https?://\S+|@\S+|\S+\.(?:png|jpe?g|svg|gif|webp)|شعار|logo|avatar|صورة الكاتب|"
    r"\b(?:facebook|twitter|instagram)\b|فيسبوك|تويتر)",
    re.I,
)
_AUTHOR_PREFIX_RE = re.compile(
    r"^(?:بقلم|كتبت|كتبه|كتب|الكاتبة|الكاتب|بواسطة|تحرير|إعداد|written by|by|author)"
    r"\s*[:：\-–]?\s*",
    re.I,
)
# CMS defaults and placeholders that are not a person's name
_AUTHOR_PLACEHOLDERS = frozenset(
    ("admin", "administrator", "webmaster", "editor", "user", "guest", "staff", "root",
     "مدير الموقع", "الادارة", "اداره الموقع", "المدير")
)


def parse_author_line(line: str) -> str | None:
    """The name in a byline ("بقلم: سامر الخطيب", "كتب - أحمد علي"), else ``None``."""
    m = _AUTHOR_LINE_RE.match(line.strip())
    if not m:
        return None
    name = clean_author(m.group("name"))
    return name if name and len(name.split()) <= 6 else None


def clean_author(raw: str | None, sitename: str | None = None) -> str | None:
    """An author name without byline words, logo alt text, links, dates or agency names."""
    if not raw:
        return None
    name = _AUTHOR_JUNK_RE.sub(" ", raw)
    name = _AUTHOR_PREFIX_RE.sub("", name.strip())
    name = re.split(r"\s*[|•·]\s*|\d|\s[-–—]\s", name)[0]
    name = " ".join(name.strip(" -–—:|،,").split())
    if not name or len(name) < 2 or len(name.split()) > 8:
        return None
    if sitename and f" {_key(name)} " in f" {_key(sitename)} ":  # the site, not a person
        return None
    if _key(name) in _AUTHOR_PLACEHOLDERS:
        return None
    if _key_keep_dots(name) in AGENCIES:  # a credit, not a person
        return None
    return name


# --- dates ----------------------------------------------------------------------------

_ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC_RE = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)")


@lru_cache(maxsize=1)
def _timex_parser() -> object | None:
    try:
        from marsad.timex import parse_date_string
    except ImportError:
        log.debug("marsad.timex.parse_date_string unavailable; Arabic date strings not read")
        return None
    return parse_date_string


def _parse_iso(s: str) -> datetime | None:
    m = _ISO_RE.search(s)
    if not m:
        return None
    try:
        dt = datetime(
            int(m["y"]), int(m["m"]), int(m["d"]),
            int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0),
        )
    except ValueError:
        return None
    tz = m["tz"]
    if tz:
        if tz == "Z":
            return dt.replace(tzinfo=UTC)
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        from datetime import timedelta

        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
        return dt.replace(tzinfo=timezone(sign * offset))
    return dt


def parse_date(value: object) -> datetime | None:
    """A datetime from a datetime, an ISO/numeric string or an Arabic date string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    s = normalize_digits(str(value)).strip()
    if not s or len(s) > 200:
        return None
    dt = _parse_iso(s)
    if dt:
        return dt
    parser = _timex_parser()
    if parser is not None:
        try:
            got = parser(s)  # type: ignore[operator]
        except Exception as e:  # a timex bug must not break extraction
            log.debug("parse_date_string(%r) failed: %r", s, e)
            got = None
        if isinstance(got, datetime):
            return got
    m = _NUMERIC_RE.search(s)
    if m:
        try:
            return datetime(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    return None
