"""Modality and status: is the event asserted, negated, future, hypothetical, claimed or
historical background?

Cues are data (``marsad/data/events/modality.tsv``) matched on whole words of the
match-form sentence. A cue counts only in the trigger's scope: ``adjacent`` cues in the
one or two tokens before it (لم، لن، عدم), ``before`` cues earlier in the same sentence
within a window (من المقرر أن، إذا، زعم، نفى), ``after`` cues in the few tokens after it
(القمة المقبلة، قمة محتملة). The future clitic س on a verb and a purpose ل (لبحث) also
mark the future; a "since" time expression or a year well before publication marks
background. Precedence: negated > hypothetical > claimed > future > historical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from marsad.arabic import normalize
from marsad.models import Status, TimeExpression

__all__ = ["RELATIVES", "ModalityCues", "load_cues", "recent_in", "status_of"]

_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+")
BEFORE_WINDOW = 12  # tokens
NEAR_WINDOW = 4
# a negator before these is not a negation: لا يزال (still), ما زال, لا بد (must)
NOT_NEGATION = frozenset({"زال", "يزال", "تزال", "يزالون", "تزل", "يزل", "زالت", "بد", "سيما"})
AFTER_WINDOW = 5
RESULTATIVE = ("اسفر", "ادى", "ادي", "ادت", "خلف", "اوقع", "تسبب", "يسفر", "يؤدي", "يودي")
HABITUAL_CATEGORIES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION"})
HEADLINE_WORDS = 2  # a headline's present verb comes after at most a source and subject
KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
PLUPERFECT_WINDOW = 5  # words between كان and the trigger (the subject stands there)
PRECEDENCE: tuple[Status, ...] = ("negated", "hypothetical", "claimed", "future", "historical")
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                       "اللاتي", "اللواتي"})


@dataclass(frozen=True, slots=True)
class ModalityCues:
    heads: frozenset[str]  # first words of all cues: the only places worth a lookup
    adjacent: dict[tuple[str, ...], Status]
    near: dict[tuple[str, ...], Status]
    before: dict[tuple[str, ...], Status]
    after: dict[tuple[str, ...], Status]
    max_len: int


@lru_cache(maxsize=1)
def load_cues() -> ModalityCues:
    text = resources.files("marsad.data").joinpath("events", "modality.tsv").read_text("utf-8")
    tables: dict[str, dict[tuple[str, ...], Status]] = {
        "adjacent": {}, "near": {}, "before": {}, "after": {}
    }
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        status, where, cue = line.split("\t")
        words = tuple(_WORD_RE.findall(normalize(cue)))
        if where == "sentence":
            where = "before"
        tables[where].setdefault(words, status)  # type: ignore[arg-type]
    max_len = max(len(k) for t in tables.values() for k in t)
    heads = frozenset(k[0] for t in tables.values() for k in t)
    return ModalityCues(
        heads, tables["adjacent"], tables["near"], tables["before"], tables["after"], max_len
    )


def _find(words: list[str], table: dict[tuple[str, ...], Status], max_len: int) -> set[Status]:
    found: set[Status] = set()
    cue_heads = load_cues().heads
    for i, first in enumerate(words):
        heads = [first] if first in cue_heads else []
        if len(first) > 2 and first[0] in "وف" and first[1:] in cue_heads:
            heads.append(first[1:])  # conjunction clitic: ومن المقرر، فلم
        for art in ("ال", "وال"):
            bare = first[len(art):]
            if len(bare) > 2 and first.startswith(art) and bare in cue_heads:
                heads.append(bare)  # the article on a cue noun: الذكرى
        for head in heads:
            for n in range(1, max_len + 1):
                status = table.get((head, *words[i + 1 : i + n]))
                if status:
                    found.add(status)
    return found


def _negators(words: list[str]) -> list[str]:
    """Words with "still"-type negators (لا يزال) blanked out."""
    out = list(words)
    for i in range(len(out) - 1):
        if out[i + 1] in NOT_NEGATION:
            out[i] = ""
    return out


def _pluperfect(clause_words: list[str], words_after: list[str]) -> bool:
    """كان ... قد + past: "وكان مسلحون قد اغتالوا شقيقه" tells what had happened before
    the story (background), as does "كانت الاحتجاجات قد اندلعت"."""
    near = clause_words[-PLUPERFECT_WINDOW:]
    if not any(w in KANA or (len(w) > 3 and w[0] in "وف" and w[1:] in KANA) for w in near):
        return False
    return "قد" in near[-3:] or "قد" in words_after[:2]


def recent_in(timexes: tuple[TimeExpression, ...]) -> bool:
    """Is one of ``timexes`` a recent day or week counted from the article ("أمس"،
    "اليوم"، "الأسبوع الماضي")?"""
    return any(t.kind == "relative" and t.granularity in ("day", "week") for t in timexes)


def status_of(
    before: str,
    after: str,
    *,
    clause_before: str | None = None,
    prefix: str = "",
    tense: str = "past",
    own_category: str = "",
    timexes: tuple[TimeExpression, ...] = (),
    published: date | None = None,
    form: str = "",
    occasion: bool = False,
) -> Status:
    """The status of a trigger from the match-form text before and after it in its
    sentence, its clitic prefix and the sentence's time expressions. ``occasion``: the
    trigger tells, with a recent time, what happened during an occasion ("زيارته التي
    التقى خلالها أمس نظيره"): news, so the relative pronoun is no background cue."""
    cues = load_cues()
    words_before = _WORD_RE.findall(before)
    clause_words = _negators(_WORD_RE.findall(before if clause_before is None else clause_before))
    if occasion:
        clause_words = [w for w in clause_words if w.removeprefix("و") not in RELATIVES]
    found: set[Status] = set()
    if not (clause_words[-1:] == ["ما"] and form.startswith(RESULTATIVE)):
        # "ما أسفر عن مقتل": ما is "which" before a verb of result, not a negation
        found |= _find(clause_words[-1:], cues.adjacent, cues.max_len)
    found |= _find(clause_words[-NEAR_WINDOW:], cues.near, cues.max_len)
    window = words_before[-BEFORE_WINDOW:]
    before_hits = _find(window, cues.before, cues.max_len)
    if own_category == "REJECT":  # نفى is the event itself, not a denial of it
        before_hits.discard("negated")
    found |= before_hits
    words_after = _WORD_RE.findall(after)
    found |= _find(words_after[:AFTER_WINDOW], cues.after, cues.max_len) - {"hypothetical"}
    # a condition after the main clause ("ستفرض عقوبات إذا ...") reaches further
    found |= _find(words_after[:BEFORE_WINDOW], cues.after, cues.max_len) & {"hypothetical"}
    if tense == "present" and "س" in prefix:
        found.add("future")
    if prefix.endswith("ل") and tense == "present":
        found.add("future")  # purpose: ليبحث ... (intended, not yet done)
    for tx in timexes:
        if tx.kind == "since":
            found.add("historical")
        elif published and tx.value and tx.granularity in ("day", "week", "month"):
            try:
                when = date.fromisoformat(tx.value[:10]) if len(tx.value) >= 10 else None
            except ValueError:
                when = None
            if when and when > published:
                found.add("future")
        elif published and tx.value and tx.granularity in ("year", "decade"):
            year = tx.value[:4]
            if year.isdigit() and int(year) <= published.year - 2:
                found.add("historical")
    if tense == "present" and not timexes and "س" not in prefix and (
        own_category in HABITUAL_CATEGORIES and len(words_before) > HEADLINE_WORDS
    ):
        # a present verb of violence or protest with no time of its own, past the
        # headline's "subject + verb" opening, tells what happens habitually
        # ("الجماعات تستهدف المدنيين"), not a new event: background. (A present
        # meeting or visit with no time is more often scheduled or under way.)
        found.add("historical")
    if _pluperfect(clause_words, words_after):
        found.add("historical")
    if tense == "present" and words_before[-1:] == ["قد"]:
        found.add("hypothetical")  # قد + present: "may"
    if after.rstrip().endswith("?"):
        found.add("hypothetical")  # a question asserts nothing
    for status in PRECEDENCE:
        if status in found:
            return status
    return "asserted"
