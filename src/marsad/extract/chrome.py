"""Site chrome: the line patterns of ``data/extract/chrome.toml``, compiled once at import.

:func:`classify` tells whether a line of page text is furniture ("اقرأ أيضاً",
"زر الذهاب إلى الأعلى", share buttons, tag lists, counters ...) and what to do with it:
``drop`` the line, ``stop`` (the article is over) or ``related`` (drop the line and the
link titles that follow it).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from marsad.arabic import normalize

__all__ = ["MAX_CHROME_WORDS", "ChromeMatch", "classify", "line_key", "word_count"]

Action = Literal["drop", "stop", "related"]

_SENTENCE_END = (".", "!", "؟", "?", "…")


def _key_table() -> dict[int, str]:
    """One translate table for the match form: normalise, lower-case, punctuation to space."""
    table: dict[int, str] = {}
    for cp in range(0x3000):
        ch = chr(cp)
        if unicodedata.category(ch)[0] in "PS" or ch == "_":
            table[cp] = " "
            continue
        out = normalize(ch).lower()
        if out != ch:
            table[cp] = out
    return table


_KEY_TABLE = _key_table()


def line_key(line: str) -> str:
    """Match form of a line: normalised, lower-cased, no punctuation, single spaces."""
    return " ".join(line.translate(_KEY_TABLE).split())


def word_count(line: str) -> int:
    return len(line.split())


@dataclass(frozen=True, slots=True)
class ChromeMatch:
    action: Action
    reason: str


@dataclass(frozen=True, slots=True)
class _Prefix:
    key: str
    max_words: int
    sentence_ok: bool
    match: ChromeMatch


_Tables = tuple[
    dict[str, ChromeMatch], list[_Prefix], list[tuple[str, ChromeMatch]], dict[str, Any]
]


def _load() -> _Tables:
    text = resources.files("marsad.data").joinpath("extract/chrome.toml").read_text("utf-8")
    data = tomllib.loads(text)
    exact: dict[str, ChromeMatch] = {}
    prefixes: list[_Prefix] = []
    regexes: list[tuple[str, ChromeMatch]] = []
    share = dict(data["share_row"])
    share["words"] = frozenset(line_key(w) for w in share["words"])
    for entry in data["pattern"]:
        cm = ChromeMatch(entry["action"], entry["reason"])
        kind: str = entry["kind"]
        raw: Any = entry["match"]
        if kind == "regex":
            # patterns are written in plain Arabic and matched against the match form
            regexes.append((normalize(raw).lower(), cm))
            continue
        for phrase in [raw] if isinstance(raw, str) else raw:
            key = line_key(phrase)
            if kind == "exact":
                exact.setdefault(key, cm)
            else:
                max_words = int(entry.get("max_words", 12))
                prefixes.append(_Prefix(key, max_words, bool(entry.get("sentence_ok")), cm))
    # longest prefix first, so "اقرأ أيضا في" wins over "اقرأ أيضا"
    prefixes.sort(key=lambda p: -len(p.key))
    return exact, prefixes, regexes, share


_EXACT, _PREFIXES, _REGEX_LIST, _SHARE_ROW = _load()
# all regex patterns in one alternation: one search per line, the group says which matched
_REGEX = re.compile("|".join(f"(?P<r{i}>{rx})" for i, (rx, _) in enumerate(_REGEX_LIST)))
_REGEX_MATCH = {f"r{i}": cm for i, (_, cm) in enumerate(_REGEX_LIST)}
_SHARE = ChromeMatch("drop", "share")
# prefixes indexed by their first word, so a line is compared with a handful, not all
_BY_FIRST: dict[str, list[_Prefix]] = {}
for _p in _PREFIXES:
    _BY_FIRST.setdefault(_p.key.split(" ", 1)[0], []).append(_p)
MAX_CHROME_WORDS = max(p.max_words for p in _PREFIXES)
_MAX_REGEX_WORDS = 30  # counters, stamps, share rows, disclaimers are short
_LONG_LINE_WORDS = 12  # past this, patterns are matched on the first words only


def classify(line: str, key: str | None = None) -> ChromeMatch | None:
    """The chrome pattern ``line`` matches, or ``None`` for a line of content."""
    is_sentence = line.rstrip().endswith(_SENTENCE_END)
    if key is None:
        split = line.split()
        words = len(split)
        if words > MAX_CHROME_WORDS:
            return None
        if words > _LONG_LINE_WORDS:
            # a long line: only prefix and anchored patterns can match; its start is enough
            head = line_key(" ".join(split[:_LONG_LINE_WORDS]))
            return _prefix_match(head, words, is_sentence) or _regex_match(head, words)
        key = line_key(line)
    hit = _EXACT.get(key)
    if hit:
        return hit
    words = key.count(" ") + 1 if key else 0
    hit = _prefix_match(key, words, is_sentence) or _regex_match(key, words)
    if hit:
        return hit
    if words >= _SHARE_ROW["min_words"] and not is_sentence:
        tokens = key.split()
        hits = sum(t in _SHARE_ROW["words"] for t in tokens)
        if hits / len(tokens) >= _SHARE_ROW["min_share"]:
            return _SHARE
    return None


def _regex_match(key: str, words: int) -> ChromeMatch | None:
    if words > _MAX_REGEX_WORDS:
        return None
    m = _REGEX.search(key)
    return _REGEX_MATCH[m.lastgroup] if m and m.lastgroup else None


def _prefix_match(key: str, words: int, is_sentence: bool) -> ChromeMatch | None:
    for p in _BY_FIRST.get(key.split(" ", 1)[0], ()):
        if (
            (key == p.key or key.startswith(p.key + " "))
            and words <= p.max_words
            and (p.sentence_ok or not is_sentence)
        ):
            return p.match
    return None
