"""Word tables of the quote finder (match form): complementisers, connectives, words that
cannot head a speaker, media heads, limits. Attribution verbs and markers are data
(``data/quotes/*.tsv``, :mod:`marsad.quotes.verbs`); these are closed-class words.
"""

from __future__ import annotations

import re

from marsad.arabic import normalize

# Complementisers in match form: content starts after them.
OPENERS = frozenset(
    {"ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه", "بانها", "بانهم",
     "وان", "فان", "فانه", "فانها"}
)
QUOTE_OPEN = {"«": "»", "“": "”", "„": "“", '"': '"'}
DIRECT_RE = re.compile(
    r"«([^»\n]{2,1500})»|“([^”\n]{2,1500})”|„([^“”\n]{2,1500})[“”]|\"([^\"\n]{2,1500})\""
)
WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
QUOTE_CHAR_RE = re.compile("[«“„\"]")
SPEAKER_LABELS = frozenset({"PER", "ORG", "GPE", "NORP", "AGENT", "MISC"})
REPORTING = frozenset({"نقل"})  # "نقلت وكالة X عن Y قوله": the speaker follows عن
MAX_GAP = 25  # tokens between a verb and its content
MIN_DIRECT_WORDS = 3  # shorter quoted strings are names or scare quotes
# After "حسب": a relative clause, not a source ("حسب ما أكد ...").
NOT_SOURCE = frozenset({"ما", "الذي", "التي", "الذين", "ان"})
# "as he put it": the statement is the previous speaker's.
HIS_WORDS = frozenset({"تعبيره", "تعبيرها", "وصفه", "وصفها", "زعمه", "زعمها", "رايه"})
# Conjunctions that may open a clause before an SVO subject ("لكن البنك المركزي اعتبر").
CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما", "ثم", "كما", "اذ", "حيث", "غير"})
COMPLEMENTISERS = frozenset({"ان", "لان", "بان"})
# Heads of media names, the usual addressees ("قال لوكالة الأنباء الألمانية").
MEDIA_HEADS = frozenset(
    normalize(w) for w in ("وكالة", "صحيفة", "قناة", "موقع", "مجلة", "تلفزيون", "إذاعة", "شبكة")
)
# Words that make "أن" a connective ("إلا أن" however, "بعد أن" after).
CONNECTIVES = frozenset(
    normalize(w) for w in ("إلا", "غير", "رغم", "برغم", "بيد", "بعد", "قبل", "منذ", "لو", "حتى")
)
SVO_STOPS = CLAUSE_OPENERS | COMPLEMENTISERS
MAX_BARE_SUBJECT = 8  # words between a verb and its content taken as an unnamed subject
NEGATIONS = frozenset({"لم", "لن", "لا", "ما", "ولم", "ولا", "فلم"})
PREPOSITIONS = frozenset(
    normalize(w) for w in
    ("في", "دون", "بدون", "من", "إلى", "على", "عن", "بعد", "قبل", "عند", "حول", "مع", "ضد")
)
# Nouns that head an unnamed source, however long the phrase ("أفاد مصدر قريب من ...").
SOURCE_NOUNS = frozenset(
    normalize(w) for w in
    ("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "متحدث", "ناطق", "شهود", "شاهد",
     "ناشطون", "ناشط", "خبراء", "خبير", "محللون", "دبلوماسي", "دبلوماسيون", "سكان")
)
MIN_ORPHAN_WORDS = 6  # a quotation with no attribution verb must be a real sentence
# Words after a verb that start an adverbial, not a subject (match form).
NOT_SUBJECT = frozenset(
    normalize(w)
    for w in [
        "في", "خلال", "خلالها", "خلاله", "امام", "عبر", "على", "الى", "من", "عن", "ل", "ب",
        "مع", "يوم", "اليوم", "امس", "مساء", "صباح", "ليل", "الاحد", "الاثنين", "الثلاثاء",
        "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "الليله", "ايضا", "كذلك",
        "بدوره", "بدورها", "حينها", "لاحقا", "سابقا", "مؤخرا", "فيه", "فيها", "له", "لها",
        "لهم", "انه", "ان", "عقب", "بعد", "قبل", "أثناء", "لدى", "عند", "حين", "ردا",
        "تعليقا", "ضمن", "وفق", "بحسب", "حسب", "أيضا", "كما", "غدا", "الآن", "هنا", "إنه",
        "هذا", "ذلك", "هذه", "تلك", "هؤلاء", "عبره", "عليه", "عليها", "إليه", "منه",
        "منها", "بها", "به", "بكل", "لكل", "بشكل", "بصورة", "بوضوح", "بصراحة", "مرة",
        "مجددا",
    ]
)
