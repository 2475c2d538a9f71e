"""Trigger senses: drop or recode a trigger whose context shows another sense.

Many trigger lemmas have a common non-event sense in news Arabic: ``خطف الأضواء`` (stole
the show), ``هاجم الوزير سياسات الحكومة في تصريح`` (criticised: ACCUSE, not ASSAULT),
``المشروع يستهدف تطوير`` (aims at), ``حكم بالإعدام`` (a court ruling, not a killing),
``في مقاطعة كيبيك`` (a province, not a boycott). The context cues are data
(``data/events/senses.tsv``): per lemma, words within a window before or after the
trigger, and the action to take. Pure functions on the match-form text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from marsad.arabic import normalize
from marsad.errors import ConfigError
from marsad.events.lexicon import Trigger, TriggerMatch

__all__ = ["SenseRule", "apply_senses", "lacks_context", "load_senses"]

_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+")
# proclitics stripped from context words before comparing with a cue
_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
# after / before: a cue within the window; lacks: no cue anywhere in the sentence
WHERE = frozenset({"after", "before", "lacks"})


@dataclass(frozen=True, slots=True)
class SenseRule:
    """Context cues of one lemma's other sense and what to do when one is present."""

    category: str
    lemma: str  # match form, as in triggers.tsv
    where: str  # "after" | "before" | "lacks"
    window: int
    cues: tuple[tuple[str, ...], ...]  # each cue a tuple of match-form words
    action: str  # "drop" or "CATEGORY/mode/cameo"


@lru_cache(maxsize=65536)
def _variants(word: str) -> frozenset[str]:
    out = {word}
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 2:
            out.add(word[len(c):])
    return frozenset(out)


def _read(text: str) -> list[SenseRule]:
    rules = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6 or cols[2] not in WHERE or not cols[3].isdigit():
            raise ConfigError(f"senses.tsv line {n}: expected 6 columns, where, window")
        cues = tuple(tuple(normalize(c).split()) for c in cols[4].split("|") if c.strip())
        rules.append(SenseRule(cols[0], normalize(cols[1]), cols[2], int(cols[3]), cues,
                               cols[5].strip()))
    return rules


@lru_cache(maxsize=1)
def load_senses() -> dict[tuple[str, str], tuple[SenseRule, ...]]:
    """The shipped sense rules, keyed by (category, lemma)."""
    ref = resources.files("marsad.data").joinpath("events", "senses.tsv")
    table: dict[tuple[str, str], list[SenseRule]] = {}
    for r in _read(ref.read_text(encoding="utf-8")):
        table.setdefault((r.category, r.lemma), []).append(r)
    return {k: tuple(v) for k, v in table.items()}


def _has_cue(words: list[str], cues: tuple[tuple[str, ...], ...]) -> bool:
    forms = [_variants(w) for w in words]
    present: set[str] = set().union(*forms)
    for cue in cues:
        if cue[0] not in present:
            continue  # the cheap test first: most cues are not in the sentence at all
        n = len(cue)
        if n == 1:
            return True
        for i in range(len(words) - n + 1):
            if all(cue[j] in forms[i + j] for j in range(n)):
                return True
    return False


def _context(norm: str, tm: TriggerMatch, rule: SenseRule, lo: int, hi: int) -> list[str]:
    if rule.where == "lacks":
        return _WORD_RE.findall(norm[lo:hi])
    if rule.where == "after":
        end = tm.cover if tm.cover > tm.end else tm.end
        words = _WORD_RE.findall(norm[end:hi])
        # a multiword cue may reach past the window by its own length
        return words[: rule.window + max(len(c) for c in rule.cues) - 1]
    # from the start of the word: a proclitic (ال، و، ب) is no context word
    return _WORD_RE.findall(norm[lo : tm.start - len(tm.prefix)])[-rule.window :]


def apply_senses(
    norm: str, found: list[TriggerMatch], lo: int, hi: int,
    table: dict[tuple[str, str], tuple[SenseRule, ...]] | None = None,
) -> list[TriggerMatch]:
    """The triggers of the span [lo, hi) with other senses dropped or recoded."""
    table = load_senses() if table is None else table
    out = []
    for tm in found:
        rules = table.get((tm.trigger.category, normalize(tm.trigger.lemma)), ())
        # lemma "*" with before / after: a context that changes every trigger of the
        # category ("قتل 12 شخصا في زلزال": a quake, not an attack)
        rules += tuple(r for r in table.get((tm.trigger.category, "*"), ())
                       if r.where != "lacks")
        action = next((r.action for r in rules
                       if _has_cue(_context(norm, tm, r, lo, hi), r.cues) != (r.where == "lacks")),
                      None)
        if action is None:
            out.append(tm)
        elif action != "drop":
            out.append(replace(tm, trigger=_recode(tm.trigger, action)))
    return out


def lacks_context(
    norm: str, category: str, lo: int, hi: int,
    table: dict[tuple[str, str], tuple[SenseRule, ...]] | None = None,
) -> bool:
    """Does the sentence [lo, hi) lack every context cue the category asks for (rows with
    lemma ``*``)? False when the category asks for none."""
    table = load_senses() if table is None else table
    rules = [r for r in table.get((category, "*"), ()) if r.where == "lacks"]
    if not rules:
        return False
    words = _WORD_RE.findall(norm[lo:hi])
    return any(not _has_cue(words, r.cues) for r in rules)


def _recode(trig: Trigger, action: str) -> Trigger:
    category, mode, cameo = [*action.split("/"), "", ""][:3]
    return replace(trig, category=category, mode=mode or None, cameo=cameo or trig.cameo)
