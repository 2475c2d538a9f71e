"""Sentence splitting for Arabic news.

Sentences end at . ! ? ؟ and at paragraph breaks. Quotations («...», “...”, "...")
are kept whole unless they run across a paragraph; decimals (3.5), initials and
common abbreviations (د. for doctor, م. for the Gregorian year) do not end a
sentence. News run-ons ("وقال ... . وأضاف ...") split at each period.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_OPEN = {"«": "»", "“": "”", "„": "”", '"': '"', "‹": "›"}
_ENDERS = frozenset(".!?؟…")
# the characters split_sentences acts on outside a quotation: newline, openers, enders
_STOP = re.compile("[\n" + re.escape("".join(_OPEN)) + re.escape("".join(sorted(_ENDERS))) + "]")
# tokens after which a period does not end the sentence
_ABBREV = frozenset({"د", "م", "هـ", "ه", "ق", "أ", "ا", "ج", "ص", "ت", "Dr", "Mr", "St", "No"})
_WORD_BEFORE = re.compile(r"(\S+)$")
_ERA_MARKS = frozenset({"م", "هـ", "ه"})
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_ARABIC_WORD_BEFORE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+$")
_NUMBER_BEFORE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]\s*$")
_SPACE = frozenset(" \t\u00a0\u200f\u200e")
# A stray period before the complementiser of reported speech ("قوله اليوم. إن دمشق")
# is a typo common in news copy: the clause goes on.
_CONTINUES = re.compile(r"[ \t]*(?:إن|أن|ان)\s")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, max_quote: int = 600) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences of ``text``, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    i = 0
    closer: str | None = None
    quote_at = 0
    while i < n:
        # jump to the next character that can matter (a regex scan runs in C): any
        # other character leaves the state as it is
        if closer is None:
            m = _STOP.search(text, i)
            if m is None:
                break
            i = m.start()
        else:
            timeout = quote_at + max_quote + 1
            j = _next_in_quote(text, i, closer)
            if j > timeout:
                # the quote ran past max_quote: dropped at the first character beyond,
                # which is not read otherwise (as when every character was visited)
                i = max(i, timeout)
                closer = None
                i += 1
                continue
            if j == n:
                break
            i = j
        ch = text[i]
        if ch == "\n":
            closer = None  # a quote never spans paragraphs
            s, e = _trim(text, start, i)
            if e > s:
                spans.append((s, e))
            start = i + 1
        elif closer is not None:
            if ch == closer and _ends_with_ender(text, quote_at, i):
                # «... انتهى.» : the quotation closed a sentence of its own
                closer = None
                j = i + 1
                while j < n and (text[j] in _ENDERS or text[j] in "»”\"')"):
                    j += 1
                s, e = _trim(text, start, j)
                if e > s:
                    spans.append((s, e))
                start = i = j
                continue
            if ch == closer or i - quote_at > max_quote:
                closer = None
        elif ch in _OPEN and (ch != '"' or i == 0 or not text[i - 1].isalnum()):
            closer = _OPEN[ch]
            quote_at = i
        elif ch in _ENDERS:
            j = i + 1
            while j < n and (text[j] in _ENDERS or text[j] in "»”\"')"):
                j += 1
            if ch == "." and _no_break(text, i, j):
                i += 1
                continue
            s, e = _trim(text, start, j)
            if e > s:
                spans.append((s, e))
            start = i = j
            continue
        i += 1
    s, e = _trim(text, start, n)
    if e > s:
        spans.append((s, e))
    return spans


def _next_in_quote(text: str, i: int, closer: str) -> int:
    """Offset of the next newline or ``closer`` at or after ``i`` (``len(text)``: none)."""
    nl, cl = text.find("\n", i), text.find(closer, i)
    if nl < 0:
        return cl if cl >= 0 else len(text)
    return nl if cl < 0 else min(nl, cl)


def _no_break(text: str, i: int, j: int) -> bool:
    """A period at ``i`` that does not end a sentence."""
    if j < len(text) and text[j].isdigit() and i > 0 and text[i - 1].isdigit():
        return True  # 3.5
    if j < len(text) and text[j] not in _SPACE and text[j] != "\n":
        # "انتهى.وقال": a dropped space between Arabic words still ends the sentence;
        # example.com, 1.2.3 and initials like ش.م.م do not
        before = _ARABIC_WORD_BEFORE.search(text, max(0, i - 40), i)
        after = _ARABIC_WORD.match(text, j)
        return not (j == i + 1 and before and after
                    and len(before.group()) > 1 and len(after.group()) > 1)
    if _CONTINUES.match(text, j):
        return True
    m = _WORD_BEFORE.search(text, max(0, i - 40), i)
    if not m:
        return False
    word = m.group(1).lstrip("(«“\"'")
    if len(word) == 1 and "A" <= word <= "Z":
        return True  # J. K. Rowling
    if word not in _ABBREV:
        return False
    # "عام 1950 م." and "1441 هـ.": a year's era mark, not an abbreviated name
    at = m.start(1)
    return not (word in _ERA_MARKS and _NUMBER_BEFORE.search(text, max(0, at - 12), at))


def _ends_with_ender(text: str, quote_at: int, close_at: int) -> bool:
    """The quotation opened at ``quote_at`` ends with . ! ? ؟ … before its closer."""
    k = close_at - 1
    while k > quote_at and text[k].isspace():
        k -= 1
    return k > quote_at and text[k] in _ENDERS
