"""The rules: regular expressions over the match form of the text, one per pattern.

Each rule's group ``x`` is the expression's span; words around it (a preposition that
licenses a bare year, say) are context, not part of it. A handler turns a match into
a :class:`~marsad.timex.resolve.Spec`, or rejects it (``None``). Rules are compiled
once, from the tables in ``marsad/data/timex/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from marsad.timex.gates import Gate, regex_gate, words_gate
from marsad.timex.lexicon import Lexicon, alternation, key, load_lexicon
from marsad.timex.resolve import Spec

__all__ = ["HIJRI_YEARS", "Rule", "next_word", "prev_word", "rules"]

Handler = Callable[[re.Match[str], str, Lexicon], Spec | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    gate: Gate


# years read as Hijri in an all-digit date (1300 AH is 1882; 1500 AH is 2077)
HIJRI_YEARS = (1300, 1500)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"\W*?(\w+)")


def prev_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1).lower() if m else ""


def _licensed(word: str, forms: frozenset[str]) -> bool:
    """``word`` (or it without a leading و / ف) is one of ``forms``."""
    return word in forms or (len(word) > 2 and word[0] in "وف" and word[1:] in forms)


def _month(m: re.Match[str], lex: Lexicon) -> int:
    return lex.months[key(m.group("m1"))]


def _day(m: re.Match[str]) -> int | None:
    d = int(m.group("d"))
    return d if 1 <= d <= 31 else None


def _dir(m: re.Match[str], lex: Lexicon, group: str = "dir") -> int | None:
    g = m.groupdict().get(group)
    return lex.directions[key(g)] if g else None


def _ordinal(m: re.Match[str], text: str, lex: Lexicon) -> int | None:
    """The day an ordinal names, unless it counts something else ("النصف الثاني من")."""
    if prev_word(text, m.start("x")) in lex.ordinal_blockers:
        return None
    return lex.ordinal_days[key(m.group("od"))]


def _date(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    day = _ordinal(m, text, lex) if m.groupdict().get("od") else _day(m)
    if day is None:
        return None
    year = int(m.group("y")) if m.groupdict().get("y") else None
    return Spec("date", year=year, month=_month(m, lex), day=day, direction=_dir(m, lex))


def _month_year(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    return Spec("month", year=int(m.group("y")), month=_month(m, lex))


def _bare_month(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    form = key(m.group("m1"))
    strong = m.group("mod") or m.group("shahr") or m.group("dir")
    paired = m.group("m2") or m.group("m3") or m.group("m4")
    licensed = strong or paired or form in lex.safe_months
    if not licensed and not _licensed(prev_word(text, m.start("x")), lex.licensors):
        return None
    return Spec("month", month=lex.months[form], direction=_dir(m, lex))


def _numeric(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    day, month = int(m.group("d")), int(m.group("mo"))
    if month > 12 and day <= 12:  # 01/25/2023: month first after all
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = int(m.group("y"))
    if m.group("hs") or HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:  # "14/10/1436هـ"
        return Spec("hijri_date", year=year, month=month, day=day) if day <= 30 else None
    return Spec("date", year=year, month=month, day=day)


def _year(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    year = int(m.group("y"))
    return Spec("year", year=year) if 1000 <= year <= 2200 else None


def _year_after_preposition(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    year = int(m.group("y"))
    if not 1900 <= year <= 2100:
        return None
    if _licensed(next_word(text, m.end("x")), lex.count_nouns):
        return None  # "في 2000 منزل": a count
    return Spec("year", year=year)


def _hijri_date(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    day = _ordinal(m, text, lex) if m.groupdict().get("od") else _day(m)
    if day is None or day > 30:
        return None
    year = int(m.group("y")) if m.group("y") else None
    form = key(m.group("hm"))
    if (
        year is None
        and form == "صفر"
        and not _licensed(prev_word(text, m.start("x")), lex.licensors)
    ):
        return None  # "بنتيجة 4 صفر": a score, nil
    return Spec("hijri_date", year=year, month=lex.hijri_months[form], day=day)


def _hijri_month_year(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    return Spec("hijri_month", year=int(m.group("y")), month=lex.hijri_months[key(m.group("hm"))])


def _hijri_year(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    year = int(m.group("y"))
    return Spec("hijri_year", year=year) if 1 <= year <= 1600 else None


def _hijri_month_rel(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    form = m.group("hm") or m.group("hm2")
    direction = _dir(m, lex) if m.group("dir") else _dir(m, lex, "dir2")
    return Spec("hijri_month", month=lex.hijri_months[key(form)], direction=direction)


def _dayword(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    form = key(m.group("dw"))
    prefixed = bool(m.group("part") or m.group("yawm"))
    if form in lex.day_words_need_prefix and not prefixed:
        return None
    named = m.group("wd") or m.group("wdp")
    if lex.day_words[form] == 0 and not named:  # "اليوم": not "اليوم التالي"
        if next_word(text, m.end("x")) in lex.today_blocked_after:
            return None
        before = prev_word(text, m.start("x"))
        if before in lex.today_blocked_before or _licensed(before, lex.today_blocked_before):
            return None
    weekday = lex.weekdays[key(named)] if named else None
    return Spec("dayword", offset=lex.day_words[form], weekday=weekday)


def _weekday(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    if prev_word(text, m.start("x")) in lex.weekday_blocked_before:
        following = next_word(text, m.end("x"))
        if not (following.startswith("و") and "ال" + following[3:] in lex.weekdays):
            return None  # "بين الاثنين": between the two
    return Spec("weekday", weekday=lex.weekdays[key(m.group("wd"))], direction=_dir(m, lex))


def _relunit(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    unit_form = m.group("u1") or m.group("u2")
    if prev_word(text, m.start("x")) in lex.unit_blockers:
        return None  # "الأمين العام السابق"
    offset = _dir(m, lex) or 0
    if m.group("bl"):  # "العام قبل الماضي": the one before last
        offset *= 2
    return Spec("relunit", unit=lex.calendar_units[key(unit_form)], offset=offset)


def _mod_unit(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    return Spec("relunit", unit=lex.calendar_units[key(m.group("u1"))], offset=0)


def _offset(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    signal = lex.offset_signals[key(m.group("sig"))]
    unit, count = lex.duration_units[key(m.group("unit"))]
    num = m.group("num")
    if num:
        count = int(num) if num.isdigit() else lex.numbers[key(num)]
    if unit == "decade":  # "منذ عقدين": twenty years
        unit, count = "year", 10 * count
    if signal == "after" and next_word(text, m.end("x")) in ("من", "علي"):
        count = 0  # "بعد يومين من الهجوم": counted from an event, not from the anchor
    return Spec("offset", signal=signal, unit=unit, count=count)


def _plural_span(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    num = m.group("num")
    count = int(num) if num.isdigit() else lex.numbers.get(key(num), 0)
    return Spec("offset", signal="duration", unit=lex.plural_units[key(m.group("pl"))], count=count)


def _part_of_year(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    if prev_word(text, m.start("x")) in lex.unit_blockers:
        return None
    unit = lex.calendar_units[key(m.group("pu"))]
    return Spec("relunit", unit=unit, offset=_dir(m, lex) or 0)


def _holiday(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    calendar, month, day = lex.holidays[key(m.group("hol"))]
    nth = lex.holiday_days[key(m.group("nth"))] if m.group("nth") else 1
    if m.group("eve"):
        nth = 0  # the eve: the day before
    kind = "hijri_date" if calendar == "hijri" else "date"
    return Spec(kind, month=month, day=day, offset=nth - 1, direction=_dir(m, lex))


def _day_of_month(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    day = _ordinal(m, text, lex) if m.group("od") else _day(m)
    if day is None:
        return None
    direction = lex.directions[key(m.group("cur"))]
    if direction != 0 and not m.group("shahr"):
        return None  # "5 الماضي" alone is too loose; "5 من الشهر الماضي" is fine
    return Spec("dom", day=day, offset=direction)


def _decade(m: re.Match[str], text: str, lex: Lexicon) -> Spec | None:
    tens = lex.decades[key(m.group("dec"))]
    cent = m.group("cent")
    if not cent:
        return Spec("decade", decade=tens)
    c = lex.centuries[key(cent)]
    return Spec("decade", decade=tens, century=c, century_relative=c <= 0)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    lex = load_lexicon()
    wd = alternation(lex.weekdays)
    mon = alternation(lex.months)
    hmon = alternation(lex.hijri_months)
    direction = alternation(lex.directions)
    part = alternation(lex.parts_of_day)
    dayw = alternation(lex.day_words)
    units = alternation(lex.calendar_units)
    dur = alternation(lex.duration_units)
    num = alternation(lex.numbers)
    approx = alternation(lex.approximators)
    sig = alternation(lex.offset_signals)
    mod = alternation(lex.modifiers)
    this = alternation(lex.this_words)
    yw = alternation(lex.year_words)
    yprep = alternation(lex.year_prepositions)
    dec = alternation(lex.decades)
    cent = alternation(lex.centuries)
    ordinal = alternation(lex.ordinal_days)
    plural = alternation(lex.plural_units)
    holidays = alternation(lex.holidays)
    nth = alternation(lex.holiday_days)
    eves = alternation(lex.holiday_eves)

    b = r"(?:(?<!\w)|(?<=(?<!\w)[وفب]))"  # a word starts (a clitic و ف ب may precede)
    e = r"(?!\w)"
    day = r"(?:ال)?(?P<d>[0-3]?\d)(?!\d)"
    wdx = rf"(?:(?:يوم\s+)?(?P<wd>{wd}){e}\s*,?\s*)?"
    # after a month name no letter may follow, but a year may be glued on ("12يناير2023"),
    # except to a name that ends in a digit ("كانون 2" is no prefix of "كانون 2023")
    em = r"(?![^\W\d_])(?!(?<=\d)\d)"
    monp = (  # "نيسان/أبريل", "نوفمبر (تشرين الثاني)", "يوليو تموز"
        rf"(?P<m1>{mon}){em}(?:\s*[/\-]\s*(?P<m2>{mon}){em}"
        rf"|\s*\(\s*(?P<m3>{mon}){em}\s*\)|\s+(?P<m4>{mon}){em})?"
    )
    year = r"(?P<y>\d{4})(?!\d)"
    gsuf = rf"(?:\s*(?:ميلاديه|ميلادي|م){e})?"
    hsuf = rf"\s*(?:هجريه|هجري|ه){e}"
    ylink = rf"\s*[,\-/]?\s*(?:من\s+)?(?:(?:{yw})\s+)?"
    # a range or a pair of days keeps its first day: "5 و6 ديسمبر", "1-4 يونيو"
    tail = r"(?:\s*(?:-|–|و|الي|حتي)\s*(?:ال)?[0-3]?\d(?!\d))?"
    dm = rf"{day}{tail}\s*(?:[\-/]\s*)?(?:من\s+)?(?:شهر\s+)?"
    # no "-" or "/" before a Hijri month: "فاز 4-صفر" is a football score
    dmh = rf"{day}{tail}\s*(?:من\s+)?(?:شهر\s+)?"
    nsuf = rf"(?:\s*(?P<hs>هجريه|هجري|ه){e}|\s*(?:ميلاديه|ميلادي|م){e})?"
    months_g = words_gate(lex.months)
    hijri_g = words_gate(lex.hijri_months)
    year_g = regex_gate(r"\d{4}")
    numeric_g = regex_gate(r"\d ?[/.\-] ?\d")
    units_g = words_gate(lex.calendar_units)
    table: list[tuple[str, str, Handler, Gate]] = [
        ("date", rf"{b}(?P<x>{wdx}{dm}{monp}{ylink}{year}{gsuf})", _date, months_g),
        (
            "ordinal_date",
            rf"{b}(?P<x>{wdx}(?:يوم\s+)?(?P<od>{ordinal}){e}\s+من\s+(?:شهر\s+)?{monp}"
            rf"(?:{ylink}{year}{gsuf}|\s+(?P<dir>{direction}){e})?)",
            _date,
            months_g,
        ),
        (
            "ordinal_hijri_date",
            rf"{b}(?P<x>{wdx}(?:يوم\s+)?(?P<od>{ordinal}){e}\s+من\s+(?:شهر\s+)?(?P<hm>{hmon}){e}"
            rf"(?:{ylink}{year}(?:{hsuf})?)?)",
            _hijri_date,
            hijri_g,
        ),
        (
            "hijri_date",
            rf"{b}(?P<x>{wdx}{dmh}(?P<hm>{hmon}){e}(?:{ylink}{year}(?:{hsuf})?)?)",
            _hijri_date,
            hijri_g,
        ),
        (
            "day_month",
            rf"{b}(?P<x>{wdx}{dm}{monp}(?:\s+(?P<dir>{direction}){e})?)",
            _date,
            months_g,
        ),
        (
            "numeric_dmy",
            r"(?<![\d/.\-])(?P<x>(?P<d>[0-3]?\d) ?(?P<sep>[/.\-]) ?(?P<mo>[01]?\d)"
            rf" ?(?P=sep) ?(?P<y>\d{{4}})(?![\d/\-]|\.\d){nsuf})",
            _numeric,
            numeric_g,
        ),
        (
            "numeric_ymd",
            r"(?<![\d/.\-])(?P<x>(?P<y>\d{4}) ?(?P<sep>[/.\-]) ?(?P<mo>[01]?\d)"
            rf" ?(?P=sep) ?(?P<d>[0-3]?\d)(?![\d/\-]|\.\d){nsuf})",
            _numeric,
            numeric_g,
        ),
        (
            "month_year",
            rf"{b}(?P<x>(?:(?:{mod})\s+)?(?:شهر\s+)?{monp}{ylink}{year}{gsuf})",
            _month_year,
            months_g,
        ),
        (
            "hijri_month_year",
            rf"{b}(?P<x>(?:(?:{mod})\s+)?(?:شهر\s+)?(?P<hm>{hmon}){e}{ylink}{year}(?:{hsuf})?)",
            _hijri_month_year,
            hijri_g,
        ),
        (
            "hijri_year",
            rf"{b}(?P<x>(?:(?:{yw})\s+)?{year}{hsuf})",
            _hijri_year,
            regex_gate(r"\d\s*ه"),
        ),
        ("year_word", rf"{b}(?P<x>(?:(?:{mod})\s+)?(?:{yw})\s+{year}{gsuf})", _year, year_g),
        ("year_suffix", rf"(?<![\d.])(?P<x>{year}\s*(?:ميلاديه|ميلادي|م){e})", _year, year_g),
        (
            "year_preposition",
            rf"{b}(?:{yprep})\s+(?P<x>{year}{gsuf})(?![.,/:\-]?\d|\s*%)",
            _year_after_preposition,
            year_g,
        ),
        (
            "day_of_month",
            rf"{b}(?P<x>{wdx}(?:{day}|(?P<od>{ordinal}){e})\s+(?:من\s+)?"
            rf"(?P<shahr>(?:هذا\s+)?الشهر\s+)?"
            rf"(?P<cur>{direction}){e})",
            _day_of_month,
            words_gate(lex.directions),
        ),
        (
            "bare_month",
            rf"{b}(?P<x>(?:(?P<mod>{mod})\s+)?(?P<shahr>شهر\s+)?{monp}(?:\s+(?P<dir>{direction}){e})?)",
            _bare_month,
            months_g,
        ),
        (
            "hijri_month",
            rf"{b}(?P<x>(?:(?:{mod})\s+)?(?:شهر\s+(?P<hm>{hmon}){e}(?:\s+(?P<dir>{direction}){e})?"
            rf"|(?P<hm2>{hmon}){e}\s+(?P<dir2>{direction}){e}))",
            _hijri_month_rel,
            hijri_g,
        ),
        (
            "day_word",
            rf"{b}(?P<x>(?:(?P<part>{part})\s+)?(?P<yawm>يوم\s+)?(?P<dw>{dayw}){e}"
            rf"(?:\s*,?\s*(?P<wd>{wd}){e}|\s*\(\s*(?P<wdp>{wd})\s*\))?)",
            _dayword,
            words_gate(lex.day_words),
        ),
        (
            "weekday",
            rf"{b}(?P<x>(?:(?:{part})\s+)?(?:يوم\s+)?(?P<wd>{wd}){e}(?:\s+(?P<dir>{direction}){e})?)",
            _weekday,
            words_gate(lex.weekdays),
        ),
        (
            "relative_unit",
            rf"{b}(?P<x>(?:(?:{mod})\s+)?(?:(?:{this})\s+(?P<u1>{units}){e}"
            rf"|(?P<u2>{units})\s+(?:(?P<bl>قبل)\s+)?(?P<dir>{direction}){e}))",
            _relunit,
            units_g,
        ),
        (
            "part_of_year",
            rf"{b}(?P<x>(?:الربع|النصف|الثلث|الاشهر|الشهور)\s+(?:الاول|الاولي|الثاني|الثالث|الرابع"
            rf"|الاخير|الاخيره|الاخيرين)\s+من\s+(?:(?:{this})\s+)?(?P<pu>العام|السنه|الشهر){e}"
            rf"(?:\s+(?P<dir>{direction}){e})?)(?!\s*(?:ال)?\d)",
            _part_of_year,
            units_g,
        ),
        (
            "modified_unit",
            rf"{b}(?P<x>(?:{mod})\s+(?P<u1>{units}){e})(?!\s*\d)",
            _mod_unit,
            units_g,
        ),
        (
            "offset",
            rf"{b}(?P<x>(?P<sig>{sig})\s+(?:(?:{approx})\s+)?(?:(?P<num>\d+|{num})\s+)?"
            rf"(?P<unit>{dur}){e})",
            _offset,
            words_gate(lex.duration_units),
        ),
        (
            "plural_span",
            rf"{b}(?P<x>(?P<pl>{plural})\s+(?:ال)?(?P<num>\d+|{num})\s+(?:الماضيه|الاخيره|المنصرمه)"
            rf"{e})",
            _plural_span,
            words_gate(lex.plural_units),
        ),
        (
            "holiday",
            rf"{b}(?P<x>(?:(?P<nth>{nth})\s+ايام\s+|(?P<eve>{eves})\s+)?(?P<hol>{holidays}){e}"
            rf"(?:\s+(?:المبارك|السعيد|المجيد){e})?(?:\s+(?P<dir>{direction}){e})?)",
            _holiday,
            words_gate(lex.holidays),
        ),
        (
            "decade",
            rf"{b}(?P<x>(?:(?:عقد|حقبه)\s+)?(?:ال)?(?P<dec>{dec})(?:يات|ات){e}"
            rf"(?:\s+(?:من\s+)?(?P<cent>{cent}){e})?)",
            _decade,
            regex_gate(rf"(?:{dec})(?:يات|ات)"),
        ),
    ]
    return tuple(Rule(n, re.compile(p, re.IGNORECASE), h, g) for n, p, h, g in table)
