"""Table-driven checks of the chrome patterns, section strips, agency credits and bylines."""

from __future__ import annotations

import pytest

from marsad.extract.chrome import classify
from marsad.extract.metadata import (
    clean_author,
    find_credit,
    parse_author_line,
    parse_date,
    split_sections,
    strip_credit_lead,
    strip_credit_tail,
)
from marsad.extract.sniff import sniff

CHROME = [
    ("اقرأ أيضاً:", "related"),
    ("إقرأ ايضا: الحكومة تعلن خطة جديدة للنقل", "related"),
    ("شاهد أيضاً", "related"),
    ("مقالات ذات صلة", "stop"),
    ("أخبار ذات صلة", "stop"),
    ("الأكثر قراءة", "stop"),
    ("اترك تعليقاً", "stop"),
    ("اترك رداً", "stop"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "stop"),
    ("زر الذهاب إلى الأعلى", "stop"),
    ("جميع الحقوق محفوظة © 2024", "stop"),
    ("© 2023 جميع الحقوق محفوظة لموقع الخبر", "stop"),
    ("شارك", "drop"),
    ("شارك هذا المقال:", "drop"),
    ("فيسبوك تويتر واتساب تيلقرام مشاركة عبر البريد طباعة", "drop"),
    ("Facebook Twitter WhatsApp", "drop"),
    ("تابعونا على تويتر وتيليجرام", "drop"),
    ("اشترك في النشرة البريدية", "drop"),
    ("الوسوم: سوريا روسيا تركيا", "drop"),
    ("كلمات مفتاحية: الانتخابات", "drop"),
    ("الرئيسية", "drop"),
    ("طباعة", "drop"),
    ("67  482 5514", "drop"),
    ("قراءة 3 دقائق", "drop"),
    ("منذ 5 ساعات", "drop"),
    ("الآراء الواردة أدناه لا تعبر عن رأي الموقع", "drop"),
]
NOT_CHROME = [
    "مبادئ ومصالح",
    "تابع الرئيس كلمته أمام البرلمان قبل أن يغادر القاعة.",
    "شارك آلاف المتظاهرين في مسيرة وسط العاصمة.",
    "اقرأ أيضاً ما قاله الوزير في مؤتمره الصحفي أمس أمام الصحفيين في مقر الوزارة "
    "قبل اجتماع الحكومة.",
    "المواضيع التي ناقشها الاجتماع شملت الأمن والاقتصاد والطاقة.",
    "وقال إن المحادثات ستستأنف الأسبوع المقبل.",
]


@pytest.mark.parametrize(("line", "action"), CHROME)
def test_chrome_lines(line: str, action: str) -> None:
    got = classify(line)
    assert got is not None and got.action == action


@pytest.mark.parametrize("line", NOT_CHROME)
def test_content_lines_are_not_chrome(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "sections"),
    [
        ("أخبارسورياعربي", ("أخبار", "سوريا", "عربي")),
        ("اقتصادمصر", ("اقتصاد", "مصر")),
        ("رياضةكرة القدم", ("رياضة", "كرة القدم")),
        ("عربي ودوليالشرق الأوسط", ("عربي ودولي", "الشرق الأوسط")),
        ("أخبـارسوريـا", ("أخبـار", "سوريـا")),  # tatweel survives in the output
        ("الرئيسية » أخبار » لبنان", ("أخبار", "لبنان")),
        ("الرئيسية / اقتصاد / أسواق", ("اقتصاد", "أسواق")),
        ("منوعات", ("منوعات",)),
        ("أخبار سوريا عربي", ("أخبار", "سوريا", "عربي")),
        ("بشار الأسد يزور روسيا", None),
        ("أخبارغيرمعروفة", None),
        ("وزير الخارجية / دمشق", None),
    ],
)
def test_section_strips(line: str, sections: tuple[str, ...] | None) -> None:
    assert split_sections(line) == sections


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("دقيقه – وكالات", "وكالات"),
        ("(رويترز)", "رويترز"),
        ("المصدر: وكالات", "وكالات"),
        ("- أ ف ب", "أ ف ب"),
        ("أ.ف.ب", "أ ف ب"),
        ("د.ب.أ", "د ب أ"),
        ("القاهرة - أ ش أ", "أ ش أ"),
        ("المصدر: سكاي نيوز عربية", "سكاي نيوز عربية"),
        ("واس", "واس"),
        ("فرانس برس", "أ ف ب"),
        ("اتصل بنا", None),
        ("مبادئ ومصالح", None),
        ("وقال الناطق باسم الحكومة إن رويترز نقلت الخبر بدقة.", None),
    ],
)
def test_credit_lines(line: str, agency: str | None) -> None:
    got = find_credit(line)
    assert (got.agency if got else None) == agency


def test_credit_at_paragraph_edges() -> None:
    lead = "دمشق (رويترز) - قال مسؤولون إن الهجوم أسفر عن مقتل خمسة"
    para, credit, city = strip_credit_lead(lead)
    assert para.startswith("قال مسؤولون") and credit and credit.agency == "رويترز"
    assert city == "دمشق"
    para, credit, _ = strip_credit_lead("قال مسؤولون (رويترز) إن الهجوم أسفر عن مقتل خمسة")
    assert credit is None and para.startswith("قال مسؤولون (رويترز)")
    para, credit = strip_credit_tail("وأكد أن المفاوضات مستمرة حتى التوصل إلى اتفاق. (أ ف ب)")
    assert para.endswith("اتفاق.") and credit and credit.agency == "أ ف ب"
    para, credit = strip_credit_tail("وقال إن الاجتماع سيعقد في (جنيف)")
    assert credit is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("بقلم: سامر الخطيب", "سامر الخطيب"),
        ("كتبت: ريم حداد", "ريم حداد"),
        ("كتب - أحمد علي", "أحمد علي"),
        ("بواسطة محمد سعيد", "محمد سعيد"),
        ("By Jane Doe", "Jane Doe"),
        ("كتب الوزير رسالة إلى نظيره الفرنسي يدعوه فيها إلى زيارة بيروت في أقرب وقت", None),
    ],
)
def test_byline(line: str, author: str | None) -> None:
    assert parse_author_line(line) == author


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("admin", None),
        ("كتب: أحمد علي | 12/01/2023", "أحمد علي"),
        ("رويترز", None),
        ("نبض بيروت", None),  # the site's own name
        ("https://x.com/someone سارة منصور", "سارة منصور"),
    ],
)
def test_clean_author(raw: str, name: str | None) -> None:
    assert clean_author(raw, sitename="نبض بيروت") == name


def test_dates() -> None:
    iso = parse_date("2023-01-12T10:00:00+03:00")
    assert iso is not None and iso.utcoffset() is not None and iso.hour == 10
    assert parse_date("2023-01-12T07:00:00Z").tzinfo is not None  # type: ignore[union-attr]
    assert parse_date("12/01/2023") is not None
    assert parse_date("") is None and parse_date("ليس تاريخا") is None


def test_arabic_dates_via_timex() -> None:
    pytest.importorskip("marsad.timex")
    cases = [("الخميس 12 يناير 2023", "2023-01-12"), ("١٢ كانون الثاني ٢٠٢٣", "2023-01-12"),
             ("08 جانفي 2024", "2024-01-08")]
    for text, day in cases:
        got = parse_date(text)
        assert got is not None and got.date().isoformat() == day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>نص</p></body></html>", "html"),
        ("<div><p>فقرة أولى</p><p>فقرة ثانية</p><span>x</span><a href='#'>y</a><br></div>", "html"),
        ("أخبارسورياعربي\n\nعنوان الخبر\n\nنص الخبر هنا طويل بما يكفي ليكون فقرة.\n", "textdump"),
        ("فقرة أولى من الخبر تتحدث عن الأحداث.\n\nفقرة ثانية تكمل الحديث عن الأحداث.\n", "text"),
    ],
)
def test_sniff(text: str, kind: str) -> None:
    assert sniff(text) == kind
