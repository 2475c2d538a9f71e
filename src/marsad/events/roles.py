"""Sentence structure for role assignment: clauses, preposition markers, coordination.

Everything here works on the match-form text (offsets into the normalised article).
A mention's *marker* is the preposition governing it, attached ("بموسكو", "لروسيا")
or free ("إلى موسكو", "مع بوتين", "على يد"); coordinated mentions ("الأسد وبوتين",
"بين دمشق وأنقرة") form one :class:`Group` that shares the first one's marker, so a
compound actor stays a list of participants.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from marsad.arabic import clitic_splits, normalize
from marsad.events.lexicon import TriggerMatch
from marsad.models import Mention

__all__ = [
    "BY",
    "COUNT_WORDS",
    "UNDERGOER_FORMS",
    "VICTIM_SECTORS",
    "Group",
    "NMention",
    "clauses",
    "counterpart",
    "group_mentions",
    "is_count",
    "partitive",
    "passive_reading",
    "passive_roles",
    "words_between",
]

WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3A-Za-z0-9]+")
BY = "by"  # the agent of a passive: على يد، من قبل، بواسطة

# free prepositions in match form (a leading و/ف is stripped before lookup)
PREPOSITIONS = frozenset(
    {
        "الي", "مع", "علي", "ضد", "بين", "من", "عن", "في", "لدي", "امام", "نحو", "تجاه",
        "ازاء", "قباله", "قرب", "حول", "خلال", "عبر", "لصالح", "بحق", "عند", "داخل",
    }
)
ATTACHED = {"ب": "ب", "ل": "ل", "لل": "ل", "بال": "ب", "وب": "ب", "ول": "ل", "ولل": "ل",
            "وبال": "ب", "فب": "ب", "فل": "ل", "فلل": "ل", "فبال": "ب"}
# words that open a new clause: roles are looked for inside one clause
CLAUSE_WORDS = frozenset(
    {
        "فيما", "بينما", "حيث", "الذي", "التي", "والتي", "والذي", "الذين", "كما", "لكن",
        "ولكن", "الا", "اذ", "عندما", "حين", "بعدما", "قبلما", "وفيما", "وبينما", "وحيث",
        "ان", "بان", "وان",
    }
)
BOUND_AN = frozenset({"بعد", "قبل", "منذ", "عقب", "دون", "بدون", "رغم", "بمجرد", "لمجرد"})
# words a genitive search never crosses: complementisers and verbs of saying
_STOP = frozenset({"ان", "انه", "انها", "الذي", "التي", "قال", "قالت", "اكد", "اكدت", "و"})
_NOT_B = frozenset({"بشار", "بغداد", "بيروت", "بكين", "بريطانيا", "بلجيكا", "باريس", "بوتين",
                    "بنغازي", "بايدن", "بلاده", "بلادها", "بيسكوف"})
_L_VERBS = frozenset({"لقي", "لقيت", "لجا", "لجات", "لفت", "لفتت", "لاحظ", "لعب", "لعبت", "لوح",
                      "لوحت", "لبي", "لبت", "لكن", "لذلك", "لدي", "لقد", "لان", "لعل", "لهذا"})
# a ب-phrase naming who did it: "قتل ثلاثة مدنيين بنيران الجيش"
_BY_WORDS = frozenset({"بواسطه", "بنيران", "برصاص", "بقذايف", "بصواريخ"})
_PUNCT_RE = re.compile(r"[,;:!?()\[\]\"'\n.–—-]")


@dataclass(frozen=True, slots=True)
class NMention:
    """A mention with offsets in the normalised text and its governing marker."""

    start: int
    end: int
    mention: Mention
    marker: str | None  # None: bare noun phrase (subject / object / genitive)
    coordinated: bool  # joined to the previous mention by و


@dataclass(slots=True)
class Group:
    members: list[NMention] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end

    @property
    def marker(self) -> str | None:
        return self.members[0].marker


def clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence ``norm[start:end]``: split at punctuation and at
    clause-opening words (فيما، التي، حيث ...)."""
    cuts = {start, end}
    for m in _PUNCT_RE.finditer(norm, start, end):
        cuts.add(m.start())
    prev = ""
    for w in WORD_RE.finditer(norm, start, end):
        # أن after a preposition is one conjunction with it (بعد أن، قبل أن، دون أن)
        if w.group() in CLAUSE_WORDS and not (w.group() == "ان" and prev in BOUND_AN):
            cuts.add(w.start())
        prev = w.group()
    edges = sorted(cuts)
    return [(a, b) for a, b in pairwise(edges) if b > a]


def _word_before(norm: str, pos: int, floor: int) -> tuple[str, int]:
    """The word ending before ``pos`` (skipping spaces only) and its start."""
    i = pos
    while i > floor and norm[i - 1] == " ":
        i -= 1
    j = i
    while j > floor and norm[j - 1].isalpha():
        j -= 1
    return norm[j:i], j


def _marker(norm: str, start: int, floor: int) -> tuple[str | None, bool]:
    """(marker, coordinated) of a mention starting at ``start`` in ``norm``."""
    tok = start
    while tok > floor and norm[tok - 1].isalpha():
        tok -= 1
    attached = norm[tok:start]
    coordinated = attached.startswith("و")
    if attached in ATTACHED:
        return ATTACHED[attached], coordinated
    if coordinated:
        return None, True  # "وقوات ...": joined to the mention before it
    word, wstart = _word_before(norm, tok, floor)
    bare_word = word[1:] if len(word) > 2 and word[0] in "وف" else word
    if bare_word in PREPOSITIONS:
        prev, _ = _word_before(norm, wstart, floor)
        if bare_word == "يد" or (bare_word == "قبل" and prev.endswith("من")):
            return BY, False
        return bare_word, coordinated
    if word == "يد" and _word_before(norm, wstart, floor)[0].endswith("علي"):
        return BY, False
    if word == "قبل" and _word_before(norm, wstart, floor)[0] == "من":
        return BY, False
    if word in _BY_WORDS or (word[:1] in "وف" and word[1:] in _BY_WORDS):
        return BY, False  # "بنيران الجيش"، "برصاص قناص"، "بواسطة مسلحين"
    if word == "ايدي" and _word_before(norm, wstart, floor)[0].endswith("علي"):
        return BY, False  # "على أيدي مسلحين"
    if word == "و":
        return None, True
    # a clause-initial "و/ف + verb" (ولوحت، وباشرت) is never a prepositional phrase
    if word == bare_word and len(word) >= 3 and word[0] == "ل" and word not in _L_VERBS:
        # ل + verbal noun: "لمقابلة الأسد" — the genitive is the purpose's patient
        return "ل", False
    if word == bare_word and len(word) > 4 and word[0] == "ب" and word not in _NOT_B:
        return "ب", False  # "بجهود الأردن": the genitive of a ب-phrase
    # a genitive inside a prepositional phrase: "في ريف دمشق"، "على الحدود مع سوريا"
    w1, s1 = word, wstart
    for _ in range(2):
        w2, s2 = _word_before(norm, s1, floor)
        # only a construct-state noun (no article) carries a genitive: "في ريف دمشق",
        # but not "في الكرملين الرئيس"
        if not w2 or w1 in _STOP or w2 in _STOP or w1.startswith("ال"):
            break
        if norm[s2:s1].strip(" " + w2):
            break
        bare2 = w2[1:] if len(w2) > 2 and w2[0] in "وف" else w2
        if bare2 in PREPOSITIONS and bare2 not in ("من", "عن"):
            return bare2, False
        w1, s1 = w2, s2
    return None, coordinated


def words_between(norm: str, a: int, b: int) -> int:
    return len(WORD_RE.findall(norm, a, b)) if b > a else 0


def group_mentions(norm: str, mentions: Sequence[NMention]) -> list[Group]:
    """Coordinated mentions ("X و Y", "بين X و Y", "X وY") joined into groups."""
    groups: list[Group] = []
    for m in mentions:
        prev = groups[-1].members[-1] if groups else None
        if (
            groups
            and m.coordinated
            and m.marker is None
            and words_between(norm, groups[-1].end, m.start) <= 1
        ):
            groups[-1].members.append(m)
        elif (
            prev is not None
            and m.marker is None
            and m.mention.entity_id
            and m.mention.entity_id == prev.mention.entity_id
            and words_between(norm, prev.end, m.start) == 0
        ):
            # apposition: "بنظيره الروسي فلاديمير بوتين" is one participant
            groups[-1].members.append(m)
        else:
            groups.append(Group([m]))
    return groups


# role nouns that recognisers keep with their clitic ("بنظيره الروسي")
ROLE_NOUNS = frozenset({"نظيره", "نظيرها", "نظيرهم", "نظيريه", "نظيرته", "الرييس", "رييس",
                        "وزير", "الوزير", "الرييسان", "الزعيمان", "الطرفان", "الجانبان"})


COUNTERPARTS = frozenset({"نظيره", "نظيرها", "نظيرهم", "نظيريه", "نظيرته", "نظيرتها"})


def counterpart(norm: str, group: Group) -> bool:
    """Does the group start with a counterpart noun ("نظيره", "ونظيرها")?"""
    first = WORD_RE.search(norm, group.start, group.end)
    return first is not None and first.group().removeprefix("و") in COUNTERPARTS


def mention_clitic(norm_text: str, known: Callable[[str], bool] | None) -> str:
    """The proclitic a recogniser left at the start of a mention ("وبوتين" → و,
    "بنظيره الروسي" → ب); "" when the first word is itself a known name ("واشنطن")."""
    first = norm_text.split(" ", 1)[0]
    if known is not None and known(first):
        return ""
    for prefix, stem in clitic_splits(first)[1:]:
        if prefix.endswith("ال"):
            continue  # the article belongs to the name
        if stem.startswith("ال") or stem in ROLE_NOUNS or (known is not None and known(stem)):
            return prefix
    return ""


def locate(
    norm: str,
    mentions: Sequence[tuple[int, int, Mention]],
    floor: int,
    known: Callable[[str], bool] | None = None,
) -> list[NMention]:
    """Markers for mentions given as (norm start, norm end, mention), in order.

    ``known`` tells whether a word opens a KB name; it lets a proclitic the recogniser
    left inside the span ("وبوتين") count as coordination or preposition."""
    out = []
    for s, e, m in mentions:
        attached_before = s > floor and norm[s - 1].isalpha()
        clitic = "" if attached_before else mention_clitic(norm[s:e], known)
        if clitic:
            # the recogniser kept the clitic inside the span: it decides the role
            coord = clitic[0] in "وف"
            rest = clitic[1:] if coord else clitic
            marker = ATTACHED.get(rest, rest) if rest in ATTACHED or rest in ("ب", "ل") else None
            if marker is not None:
                coord = False
        else:
            marker, coord = _marker(norm, s, floor)
        out.append(NMention(s, e, m, marker, coord))
    return out


# -- passives -----------------------------------------------------------------------

# verb forms whose subject undergoes the event: "أصيب ثلاثة جنود"، "لقي مدنيون حتفهم"،
# "استشهد طفل"، "اغتيل المعارض"، "تعرضت الدورية لهجوم"، "سقط عشرة قتلى"
UNDERGOER_FORMS = frozenset(
    {
        "اصيب", "اصيبت", "اصيبوا", "اصيبا", "يصاب", "تصاب", "يصابون",
        "استشهد", "استشهدت", "استشهدوا", "يستشهد",
        "لقي", "لقيت", "لقوا", "لقيا", "يلقي", "تلقي", "يلقون",
        "اغتيل", "اغتيلت", "اغتيلوا",
        "تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون",
        "سقط", "سقطت", "يسقط", "تسقط",
    }
)
# sectors of people who are the victims, not the authors, of violence or arrest
VICTIM_SECTORS = frozenset({"CVL", "EDU", "LAB", "MED", "HLH", "REL", "REF", "NGO"})
# numbers and quantity words (match form) that count the victims after a verb
COUNT_WORDS = frozenset(
    {"عشرات", "مئات", "الاف", "عده", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
     "تسعه", "عشره", "اثنين", "اثنان", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع",
     "عشر", "واحد", "عدد", "نحو", "حوالي", "اكثر", "قرابه", "بضعه", "عشرين", "ثلاثين"}
)
# words after a subject that say no object follows: a preposition, a cause, a time
_NO_OBJECT = PREPOSITIONS | {"جراء", "اثر", "بعد", "قبل", "امس", "اليوم", "مساء", "صباح",
                             "فجر", "ليل", "ليله", "برصاص", "بنيران", "بانفجار", "بهجوم",
                             "بقصف", "بغاره", "وسط", "شمال", "جنوب", "شرق", "غرب", "قرب"}


def is_count(word: str) -> bool:
    """A number or a quantity word: "ثلاثة", "25", "عشرات", "نحو"."""
    return word in COUNT_WORDS or any(c.isdigit() for c in word)


def partitive(norm: str, g: Group) -> bool:
    """A من-phrase after a count is the counted object: "ثلاثة من عناصر الشرطة"."""
    if g.marker != "من":
        return False
    before = WORD_RE.findall(norm, max(0, g.start - 30), g.start)
    return len(before) >= 2 and before[-1] == "من" and is_count(before[-2])


def _sector(group: Group) -> str:
    code = group.members[0].mention.actor_code or ""
    return code[-3:] if len(code) >= 3 else ""


def passive_reading(
    norm: str, tm: TriggerMatch, subject: Group | None, later: Sequence[Group], clause_end: int
) -> bool:
    """Is a past verb with a ``pass`` flag read as a passive (قُتل، اعتُقل)?

    Unvocalised, "قتل ثلاثة مدنيين" and "قتل مسلحون ثلاثة جنود" differ only in what
    follows. Passive when the verb is a bare 3rd person singular past (no object
    pronoun, no plural ending) and either a count comes right after it (victims are
    counted), or its noun phrase names victims (civilians, journalists ...) with no
    object after it, or, for violence, nothing but a preposition or the clause's end
    follows that noun phrase (a transitive verb with a subject and no object)."""
    past = normalize(tm.trigger.lemma.split("/")[0])
    if tm.form not in (past, past + "ت") or (tm.end < len(norm) and norm[tm.end].isalpha()):
        return False
    following = WORD_RE.findall(norm, tm.end, clause_end)
    if following and is_count(following[0]):
        return True
    if subject is None:
        return False
    rest = WORD_RE.findall(norm, subject.end, clause_end)
    if any(is_count(w) for w in rest) or any(g.start >= subject.end and g.marker is None
                                             for g in later):
        return False  # an object follows: "قتل مسلحون ثلاثة جنود"
    if _sector(subject) in VICTIM_SECTORS:
        return True  # "قتل مدنيون عزل": an adjective may follow victims
    nxt = rest[0] if rest else ""
    no_object = not nxt or nxt in _NO_OBJECT or (nxt[:1] in "وف" and nxt[1:] in _NO_OBJECT)
    return tm.trigger.category == "ASSAULT" and no_object


def passive_roles(
    norm: str, tm: TriggerMatch, subject: Group | None, after: Sequence[Group], clause_end: int
) -> tuple[Group | None, Group | None, bool]:
    """(subject, patient, passive?) of a verb whose entry allows a passive (``pass``) or
    of a multiword killing ("أسفر عن مقتل")."""
    undergoer = tm.form in UNDERGOER_FORMS
    if " " in tm.form:
        # a contiguous "أسفر عن مقتل X"، "أودى بحياة X": X, after it, is the victim
        return None, subject if subject is not None and subject.start >= tm.end else None, True
    if tm.cover_end > 0:
        # "لقي جنديان حتفهما"، "سقط عشرة قتلى": the noun phrase inside is the victim;
        # "أسفر الهجوم عن مقتل ثلاثة": the one after the complement is
        inside = subject if subject is not None and subject.start < tm.cover_end else None
        beyond = next((g for g in after if g.start >= tm.cover_end and g.marker is None), None)
        if undergoer:
            return None, inside or beyond, True
        if beyond is not None:
            return inside, beyond, True
        return subject, None, False
    if subject is not None and subject.end <= tm.start and not undergoer:
        return subject, None, False  # SVO: "الجيش اعتقل مئات المدنيين" is active
    if not undergoer and not passive_reading(norm, tm, subject, after, clause_end):
        return subject, None, False
    if subject is None:
        # "قتل ثلاثة من عناصر الأمن": the victims are the من-phrase after the count
        subject = next((g for g in after if partitive(norm, g)
                        and words_between(norm, tm.end, g.start) <= 3), None)
    return None, subject, True
