"""What surrounds a trigger: which triggers tell an event of their own, what anchors a
bare event noun, and where the date, the place and a dropped subject come from.

Pure helpers of :mod:`marsad.events.coder`, on the match-form text (normalised
offsets).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.arabic import normalize
from marsad.events.actors import COUNTRY_LABELS, PLACE_LABELS, ActorResolver
from marsad.events.lexicon import TriggerMatch, verb_forms
from marsad.events.modality import RELATIVES, recent_in, status_of
from marsad.events.roles import WORD_RE, Group, clauses
from marsad.models import Participant, Status, TimeExpression

__all__ = [
    "DESCRIPTIVE",
    "GOVERNING",
    "LIGHT_VERBS",
    "NUMBER_WORDS",
    "Sentence",
    "anaphoric",
    "anchored",
    "clause_of",
    "event_date",
    "event_status",
    "in_relative_clause",
    "keep_triggers",
    "occasion_clause",
    "only_counts",
    "place_of",
    "relative_between",
    "salient_actor",
]

# categories whose trigger makes later nouns in its sentence a topic, not an event
GOVERNING = frozenset(
    {"CONSULT", "AGREE", "REQUEST", "SUPPORT", "CONCEDE", "REJECT", "THREATEN"}
)
# verbs that make a bare event noun a reported event ("وقع انفجار"، "أسفر الهجوم عن")
LIGHT_VERBS = frozenset(
    f
    for past, present in (
        ("وقع", "يقع"), ("شن", "يشن"), ("نفذ", "ينفذ"), ("تعرض", "يتعرض"), ("اسفر", "يسفر"),
        ("شهد", "يشهد"), ("سقط", "يسقط"), ("ارتكب", "يرتكب"), ("ادى", "يؤدي"), ("خلف", "يخلف"),
        ("استهدف", "يستهدف"), ("هز", "يهز"), ("اوقع", "يوقع"), ("اندلع", "يندلع"),
        ("تجدد", "يتجدد"), ("قام", "يقوم"), ("جرى", "يجري"), ("نظم", "ينظم"), ("خرج", "يخرج"),
        ("اعلن", "يعلن"), ("تبنى", "يتبنى"), ("اصيب", "يصاب"), ("قتل", "يقتل"),
        ("تبادل", "يتبادل"), ("دخل", "يدخل"),
        # going on, spreading, taking part, surviving: "تواصلت الاحتجاجات"، "عمت
        # الإضرابات"، "شارك الآلاف في مظاهرة"، "نجا من محاولة اغتيال"
        ("واصل", "يواصل"), ("تواصل", "يتواصل"), ("استمر", "يستمر"), ("انطلق", "ينطلق"),
        ("عم", "يعم"), ("اجتاح", "يجتاح"), ("شارك", "يشارك"), ("نجا", "ينجو"),
        ("تحول", "يتحول"),
    )
    for f in verb_forms(past, present)
) | {"تنظيم", "تنفيذ", "شن", "وقوع", "اندلاع", "تبادل", "تجدد"}  # and their verbal nouns
# chanting and banners in the present tense (a ḥāl: "خرجوا وهم يهتفون / يرفعون لافتات")
# describe the protest the sentence or the text tells; they are no event of their own
DESCRIPTIVE = frozenset({
    "هتف/يهتف", "ردد/يردد + شعارات", "رفع/يرفع + شعارات", "رفع/يرفع + لافتات",
})
NUMBER_WORDS = frozenset(normalize(w) for w in
    {"عشرات", "مئات", "الاف", "آلاف", "عده", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
     "تسعه", "عشره", "اثنين", "اثنان", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع",
     "عشر", "واحد", "شخصا", "اشخاص", "جنديا", "جنود", "مدنيا", "مدنيين", "شرطيا", "قتيلا",
     "قتلى", "جرحى", "مصرع", "مقتل", "قتيل", "جريح", "مصابين", "ضحايا"}
)
_DIGIT_RE = re.compile(r"\d")
# words before a bare event noun where its light verb may stand; a protest noun is the
# object of نظم / شهد / أعلن after a long collective subject ("نظم طلاب جامعة الخرطوم
# مسيرة"), an attack noun rarely is (measured: reaching five words for attacks finds
# statements about them)
LIGHT_REACH = 3
LIGHT_REACH_PROTEST = 5


@dataclass(slots=True)
class Sentence:
    start: int  # normalised offsets
    end: int
    orig: tuple[int, int]
    index: int
    clauses: list[tuple[int, int]] = field(default_factory=list)


def keep_triggers(norm: str, sent: Sentence, found: Sequence[TriggerMatch]) -> list[TriggerMatch]:
    """One event per event told: drop triggers that only elaborate an earlier one.

    - a noun after a verb trigger of its clause is that verb's object or circumstance
      ("قتل مسلحون ثلاثة جنود في هجوم"، "أدانت الجزائر الغارات");
    - a noun after a verbal-cooperation trigger of its sentence is a topic
      ("بحثا ... المصالحة"، "دعا إلى وقف إطلاق النار");
    - a trigger with a purpose ل after another trigger says why ("للمطالبة"، "لبحث").
    """
    spans = sent.clauses or clauses(norm, sent.start, sent.end)

    def clause_index(pos: int) -> int:
        return next((k for k, (a, b) in enumerate(spans) if a <= pos < b), -1)

    kept: list[TriggerMatch] = []
    governed = False
    verb_clauses: set[int] = set()
    noun_clauses: set[tuple[int, str]] = set()
    for tm in found:
        trig = tm.trigger
        if kept and tm.prefix.endswith(("ل", "لل")):
            continue
        if tm.tense == "present" and trig.lemma in DESCRIPTIVE:
            continue  # "وهم يهتفون": a circumstance of the protest, not one of its own
        if trig.kind == "verb":
            governed = governed or trig.category in GOVERNING
            verb_clauses.add(clause_index(tm.start))
            kept.append(tm)
            continue
        ci = clause_index(tm.start)
        if governed or ci in verb_clauses or (ci, trig.category) in noun_clauses:
            continue  # the third case: "مقتل ثلاثة جنود في هجوم" is one assault
        noun_clauses.add((ci, trig.category))
        kept.append(tm)
        if trig.category in GOVERNING:
            governed = True
    return kept


def clause_of(norm: str, sent: Sentence, tm: TriggerMatch) -> tuple[int, int]:
    spans = sent.clauses or clauses(norm, sent.start, sent.end)
    i = next((k for k, (a, b) in enumerate(spans) if a <= tm.start < b), 0)
    start, end = spans[i] if spans else (sent.start, sent.end)
    # a clause that holds nothing but the trigger borrows its neighbours (VSO subject
    # after a comma, "أكد خلالها الرئيس": the clause boundary is punctuation noise)
    if len(WORD_RE.findall(norm, start, end)) <= 2 and i + 1 < len(spans):
        end = spans[i + 1][1]
    return start, end


def anchored(
    norm: str,
    clause: tuple[int, int],
    tm: TriggerMatch,
    located: Sequence[Any],
    timexes: tuple[TimeExpression, ...],
    sent_start: int,
) -> bool:
    """Does something concrete tie a bare event noun to a reported event: a light verb
    next to it, a count, a place or a people, or a time expression in its clause?"""
    words = WORD_RE.findall(norm, clause[0], clause[1])
    if any(w in NUMBER_WORDS or _DIGIT_RE.search(w) for w in words):
        return True
    # VSO: the light verb may stand before the noun's own subject ("شهدت مدن الضفة
    # الغربية مظاهرات", "أعلن سائقو سيارات الأجرة إضرابا")
    reach = LIGHT_REACH_PROTEST if tm.trigger.category == "PROTEST" else LIGHT_REACH
    word_start = tm.start - len(tm.prefix)  # "قامت مجموعة بخطف": ب is no word of its own
    near_before = WORD_RE.findall(norm, max(clause[0], word_start - 60), word_start)[-reach:]
    near_after = WORD_RE.findall(norm, tm.end, min(clause[1], tm.end + 40))[:3]
    for w in near_before + near_after:
        stem = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if w in LIGHT_VERBS or stem in LIGHT_VERBS:
            return True
    if any(n.mention.label in COUNTRY_LABELS for n in located):
        return True  # a place, or a people by nationality ("إصابة طفلين سعوديين")
    return bool(timexes)


def anaphoric(norm: str, clause: tuple[int, int], tm: TriggerMatch) -> bool:
    """A definite event noun ("الهجوم"، "التفجيرات") refers to an event the reader knows
    already, unless a light verb right before it tells it ("وقع الانفجار"، "تواصلت
    الاحتجاجات")."""
    if tm.trigger.kind == "verb" or not tm.prefix.endswith(("ال", "لل")):
        return False
    near = WORD_RE.findall(norm, max(clause[0], tm.start - 30), tm.start - len(tm.prefix))[-2:]
    return not any(w in LIGHT_VERBS or (len(w) > 3 and w[0] in "وف" and w[1:] in LIGHT_VERBS)
                   for w in near)


# "التي التقى خلالها": a relative clause about an occasion (a visit, a summit), told
# through a resumptive pronoun after its verb
OCCASION_RESUMPTIVES = frozenset({"فيها", "فيه", "خلالها", "خلاله", "اثناءها", "اثناءه"})


def occasion_clause(norm: str, tm: TriggerMatch) -> bool:
    """Does a resumptive "فيها"/"خلالها" follow the trigger within two words: a relative
    clause telling what happened during an occasion ("زيارته التي التقى خلالها أمس
    نظيره"), news rather than a description of a participant?"""
    return any(w in OCCASION_RESUMPTIVES for w in WORD_RE.findall(norm, tm.end, tm.end + 30)[:2])


def relative_between(norm: str, start: int, end: int) -> bool:
    """Does a relative pronoun stand between ``start`` and ``end`` of ``norm``?"""
    return any(w.removeprefix("و") in RELATIVES for w in WORD_RE.findall(norm, start, end))


def in_relative_clause(norm: str, clause: tuple[int, int], tm: TriggerMatch) -> bool:
    """Is the trigger inside a relative clause ("الرجل الذي خطف قبل عام ثم أفرج عنه"),
    however far from the pronoun? Such a clause describes a participant."""
    first = WORD_RE.findall(norm, clause[0], tm.start)[:1]
    return bool(first) and first[0].lstrip("و") in RELATIVES


def only_counts(norm: str, a: int, b: int) -> bool:
    """Nothing but a count between a noun and its genitive: "مقتل ثلاثة جنود"."""
    words = WORD_RE.findall(norm, a, b) if b > a else []
    return len(words) <= 3 and all(
        w in NUMBER_WORDS or w in ("من", "عدد", "نحو", "حوالي") or _DIGIT_RE.search(w)
        for w in words
    )


def salient_actor(
    mentions: Sequence[tuple[int, int, Any]], resolver: ActorResolver
) -> tuple[Participant, ...]:
    """The text's most mentioned person (else organisation): the default subject."""
    counts: Counter[str] = Counter()
    first: dict[str, Participant] = {}
    for _, _, m in mentions:
        if m.label not in ("PER", "ORG") or not m.entity_id:
            continue
        counts[m.entity_id] += 2 if m.label == "PER" else 1
        if m.entity_id not in first:
            first[m.entity_id] = resolver.participants(m)[0]
    if not counts:
        return ()
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return (first[best],)


def event_date(
    tm: TriggerMatch,
    sent: Sentence,
    sent_timexes: tuple[TimeExpression, ...],
    all_timexes: Sequence[tuple[int, int, TimeExpression]],
    published: date | None,
    status: Status,
) -> tuple[str | None, str | None, bool]:
    usable = [t for t in sent_timexes if t.value and t.kind != "duration"]
    if status == "historical":
        since = [t for t in usable if t.kind == "since"]
        if since:
            return since[0].value, since[0].granularity, True
    if usable:
        return usable[0].value, usable[0].granularity, True
    # the surrounding text: the last dated expression in the two sentences before
    starts = [s for s, _, _ in all_timexes]
    i = bisect_right(starts, sent.start) - 1
    while i >= 0:
        s, _, t = all_timexes[i]
        if sent.start - s > 300:
            break
        if t.value and t.kind not in ("duration", "since") and (
            published is None or t.value[:10] <= published.isoformat()
        ):
            return t.value, t.granularity, True
        i -= 1
    if published:
        return published.isoformat(), "day", False
    return None, None, False


def place_of(
    norm: str,
    located: Sequence[Any],
    used: set[int],
    recipients: Sequence[Group],
    category: str,
    mode: str | None,
) -> tuple[str | None, str | None]:
    for n in located:
        if n.mention.label in PLACE_LABELS and n.marker in ("في", "ب"):
            return n.mention.entity_id, n.mention.text
    if category == "CONSULT" and mode == "visit":
        for g in recipients:
            for n in g.members:
                if n.mention.label in PLACE_LABELS:
                    return n.mention.entity_id, n.mention.text
    return None, None


def event_status(
    norm: str,
    sent: Sentence,
    clause: tuple[int, int],
    tm: TriggerMatch,
    all_timexes: Sequence[tuple[int, int, TimeExpression]],
    clause_timexes: tuple[TimeExpression, ...],
    published: date | None,
    anaphora: bool,
) -> Status:
    """The status of the event of ``tm``: the modality cues (:func:`status_of`), then
    background for an anaphoric definite noun (when ``anaphora``) and for a trigger deep
    in a relative clause, unless that clause tells an occasion."""
    # a time inside a relative clause after a verb dates that clause's event ("أفرجت
    # عن الصحفي الذي اعتقلته قبل عامين"), not the verb's; after a noun it may date the
    # noun itself ("الهجوم الذي وقع عام 2005")
    verb = tm.trigger.kind == "verb"
    own = tuple(t for s, _, t in all_timexes if sent.start <= s < sent.end
                and not (verb and s > tm.end and relative_between(norm, tm.end, s)))
    occasion = recent_in(clause_timexes) and occasion_clause(norm, tm)
    status = status_of(
        norm[sent.start : tm.start],
        norm[tm.end : sent.end],
        clause_before=norm[clause[0] : tm.start],
        prefix=tm.prefix,
        tense=tm.tense,
        own_category=tm.trigger.category,
        timexes=own,
        published=published,
        form=tm.form,
        occasion=occasion,
    )
    if tm.trigger.future and status == "asserted":
        return "future"
    if status == "asserted" and anaphora and anaphoric(norm, clause, tm):
        return "historical"
    if status == "asserted" and not occasion and in_relative_clause(norm, clause, tm):
        return "historical"  # it describes a participant, far from the pronoun
    return status
