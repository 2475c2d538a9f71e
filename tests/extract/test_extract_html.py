"""The HTML path: metadata from markup, Arabic dates, menus kept out, and the fallbacks."""

from __future__ import annotations

import json

import pytest

from marsad.extract import extract
from marsad.extract import html as html_mod

BODY = [
    "أعلن وزير الطاقة أن محطة الكهرباء الجديدة في جنوب البلاد ستدخل الخدمة قبل نهاية الصيف، "
    "بعد تأخر دام عامين بسبب نقص التمويل.",
    "وقال الوزير في مؤتمر صحفي إن المحطة ستضيف ألف ميغاواط إلى الشبكة الوطنية، "
    "ما يخفف ساعات التقنين في المدن الكبرى.",
    "وتعاني البلاد منذ سنوات من عجز في إنتاج الكهرباء يدفع السكان إلى الاعتماد على "
    "المولدات الخاصة.",
]


def page(head: str = "", before: str = "", after: str = "", title: str = "عنوان الخبر") -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'>"
            f"<title>{title} - موقع الطاقة"
            f"</title>{head}</head><body><header><a href='/'><img alt='شعار موقع الطاقة'></a>"
            "<ul class='menu'><li><a>الرئيسية</a></li><li><a>سياسة</a></li><li><a>اقتصاد</a></li>"
            f"<li><a>رياضة</a></li></ul></header><article>{before}<h1>{title}</h1>"
            f"<div class='entry-content'>{paras}</div>{after}</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


def test_jsonld_metadata() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "محطة &quot;الجنوب&quot; تدخل الخدمة",
          "datePublished": "2024-06-02T09:15:00+03:00", "articleSection": "اقتصاد",
          "author": [{"@type": "Person", "name": "ليلى حسن"}]}
    art = extract(page(head=f"<script type='application/ld+json'>{json.dumps(ld)}</script>"))
    assert art.title == 'محطة "الجنوب" تدخل الخدمة'
    assert art.published is not None and art.published.isoformat() == "2024-06-02T09:15:00+03:00"
    assert art.sections == ("اقتصاد",)
    assert art.author == "ليلى حسن"
    assert art.text.split("\n\n") == BODY


def test_arabic_date_in_markup() -> None:
    pytest.importorskip("marsad.timex")
    art = extract(page(before="<span class='post-date'>الأحد 2 حزيران 2024</span>"))
    assert art.published is not None and art.published.date().isoformat() == "2024-06-02"
    assert art.meta["published_text"] == "الأحد 2 حزيران 2024"


def test_sections_from_theme_links_not_menu() -> None:
    cats = ("<span class='post-cat-wrap'><a class='post-cat'>طاقة</a><a class='post-cat'>اقتصاد</a>"
            "</span>")
    art = extract(page(before=cats))
    assert art.sections == ("طاقة", "اقتصاد")


def test_breadcrumb_sections_skip_home() -> None:
    crumbs = ("<nav class='breadcrumb'><a href='/'>الرئيسية</a> » <a>اقتصاد</a> » "
              "<a>طاقة</a></nav>")
    art = extract(page(before=crumbs))
    assert art.sections == ("اقتصاد", "طاقة")


def test_author_without_logo_or_byline_words() -> None:
    byline = ("<div class='post-author'><img alt='صورة الكاتب'> بقلم: <a>مازن العلي</a></div>")
    art = extract(page(before=byline))
    assert art.author == "مازن العلي"


def test_title_prefers_article_over_logo_h1() -> None:
    logo = "<h1 class='site-logo'>موقع الطاقة</h1>"
    html = page(title="الطاقة تعلن موعد تشغيل المحطة").replace("<header>", f"<header>{logo}")
    html = html.replace("<head>", "<head><meta property='og:site_name' content='موقع الطاقة'>")
    art = extract(html)
    assert art.title == "الطاقة تعلن موعد تشغيل المحطة"
    assert "الطاقة تعلن موعد" not in art.text  # the headline is not repeated as a paragraph


def test_chrome_inside_content_is_removed() -> None:
    after = "<p>اقرأ أيضاً: <a>الحكومة تقر موازنة العام المقبل وسط انتقادات من المعارضة</a></p>"
    html = page().replace(f"<p>{BODY[1]}</p>", f"<p>{BODY[1]}</p>{after}<p>شارك</p>")
    art = extract(html)
    assert art.text.split("\n\n") == BODY
    assert art.meta["dropped"]["read-also"] >= 1


def test_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "_trafilatura_body", lambda *a, **k: ("", None))
    art = extract(page(), source="nothing.html")
    assert "fallback_extraction" in art.flags
    assert art.text.split("\n\n") == BODY
    assert art.title == "عنوان الخبر"


def test_fallback_without_paragraph_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "_trafilatura_body", lambda *a, **k: ("", None))
    divs = "".join(f"<div>{p}</div>" for p in BODY)
    html = (f"<html><body><div>أخبارسياسة</div><div>عنوان الخبر الرئيسي</div>{divs}"
            "<div>شارك</div></body></html>")
    art = extract(html)
    assert art.text.split("\n\n") == BODY
    assert art.sections == ("أخبار", "سياسة")


def test_url_gives_id_and_source() -> None:
    a = extract(page(), url="https://Example.com/news/1?utm_source=x")
    b = extract(page(), url="https://example.com/news/1")
    assert a.id == b.id and a.source == "example.com"
    c = extract(page(), source_name="موقع الطاقة")
    assert c.source == "موقع الطاقة" and c.id != a.id


def test_published_argument_wins() -> None:
    art = extract(page(), published="2024-06-05T10:00:00+03:00")
    assert art.published is not None and art.published.isoformat() == "2024-06-05T10:00:00+03:00"
    bad = extract(page(), published="not a date")
    assert "bad_published" in bad.flags


def test_microdata_section_and_site_as_author() -> None:
    head = ("<meta property='og:site_name' content='شبكة الطاقة نيوز'>"
            "<meta name='author' content='الطاقة نيوز'>")
    before = ("<a itemprop='articleSection' class='cat'>طاقة</a>"
              "<ul class='related'><li><a itemprop='articleSection'>رياضة</a></li></ul>")
    art = extract(page(head=head, before=before))
    assert art.sections == ("طاقة",)  # the first: later ones label related teasers
    assert art.author is None  # the site's own name is not an author
