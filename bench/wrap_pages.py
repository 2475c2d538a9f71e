"""Wrap SaudiNewsNet articles in page chrome: HTML pages and text dumps for the extraction bench.

The SaudiNewsNet dumps (../shared/data/corpus/saudinewsnet/*.zip) hold clean article text.
To time extraction on realistic pages, each article is wrapped in the furniture of one of
a few common Arabic news themes (Jannah-like, Newspaper-like, Drupal-like): menus, a
category strip, share rows, "اقرأ أيضاً", tags, related posts, comment forms. The article's
own text is the gold body, so the same pages also give a body F1.

    python bench/wrap_pages.py --limit 200 --out /tmp/marsad-pages   # write pages to look at

Nothing from the corpus is written into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from corpus import CORPUS, iter_records

SECTIONS = {  # SaudiNewsNet source id -> a plausible section strip
    "alriyadh": ("محليات", "السعودية"), "aljazirah": ("أخبار", "محليات"),
    "alyaum": ("أخبار", "الخليج"), "aleqtisadiya": ("اقتصاد", "أسواق"),
    "okaz": ("أخبار", "السعودية"), "aawsat": ("أخبار", "العالم"),
    "alwatan": ("أخبار", "محليات"), "3alyoum": ("منوعات",), "alweeam": ("أخبار", "عاجل"),
    "almadina": ("محليات",), "sabq": ("أخبار", "محليات"), "was": ("أخبار", "السعودية"),
}
MENU = ("الرئيسية", "أخبار", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "فيديو")
RELATED = (
    "أمطار غزيرة على عدة مناطق وتحذيرات من الدفاع المدني",
    "ارتفاع مؤشر السوق في ختام تعاملات الأسبوع بدعم من قطاع البنوك",
    "افتتاح معرض الكتاب بمشاركة أكثر من خمسمئة دار نشر",
)


@dataclass(frozen=True)
class Wrapped:
    """One article as a page: the HTML, the text dump, and the gold body."""

    id: str
    title: str
    body: str
    html: str
    dump: str


def read_articles(corpus: Path = CORPUS, limit: int = 0) -> Iterator[dict[str, str]]:
    """SaudiNewsNet articles with a title and a body of some length, in file order."""
    found = (
        rec for _, _, rec in iter_records(corpus)
        if len(rec["content"]) >= 200 and rec.get("title")
    )
    yield from islice(found, limit) if limit else found


def _paragraphs(content: str) -> list[str]:
    return [" ".join(p.split()) for p in content.split("\n") if p.strip()]


def _theme(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3


def wrap_html(art: dict[str, str], paras: list[str], theme: int) -> str:
    title = html.escape(art["title"])
    sections = SECTIONS.get(art.get("source", ""), ("أخبار",))
    menu = "".join(f"<li><a href='/c/{i}'>{m}</a></li>" for i, m in enumerate(MENU))
    body = [f"<p>{html.escape(p)}</p>" for p in paras]
    if len(body) > 3:
        body.insert(2, f"<p><strong>اقرأ أيضاً:</strong> <a href='/r/1'>{RELATED[0]}</a></p>")
    related = "".join(f"<li><a href='/r/{i}'>{t}</a></li>" for i, t in enumerate(RELATED))
    date = (art.get("date_extracted") or "2015-08-01 00:00:00").replace(" ", "T")
    head = (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>{title} | صحيفة</title><meta property='og:title' content='{title}'>"
            f"<meta property='article:published_time' content='{date}+03:00'></head><body>")
    nav = (f"<header><div class='logo'><img alt='شعار الصحيفة'></div>"
           f"<ul class='menu'>{menu}</ul></header>")
    cats = "".join(f"<a class='post-cat' href='/c/{s}'>{s}</a>" for s in sections)
    share = ("<div class='share-links'><a>فيسبوك</a><a>تويتر</a><a>واتساب</a><a>طباعة</a>"
             "</div>")
    comments = ("<div id='comments'><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني."
                "</p><textarea></textarea></div>")
    sidebar = f"<aside class='sidebar'><h4>الأكثر قراءة</h4><ul>{related}</ul></aside>"
    content = "\n".join(body)
    if theme == 0:  # Jannah-like
        return (f"{head}{nav}<div class='main'><article><span class='post-cat-wrap'>{cats}</span>"
                f"<h1 class='post-title entry-title'>{title}</h1>{share}"
                f"<div class='entry-content entry clearfix'>{content}</div>"
                f"<div class='post-bottom-tags'>الوسوم <a>السعودية</a></div></article>"
                f"<div id='related-posts'><h3>مقالات ذات صلة</h3><ul>{related}</ul></div>"
                f"{comments}</div>{sidebar}<footer>© 2015 جميع الحقوق محفوظة</footer>"
                "</body></html>")
    if theme == 1:  # Newspaper-like
        return (f"{head}{nav}<div class='td-container'><div class='entry-crumbs'><a>الرئيسية</a>"
                f" » <a>{sections[0]}</a></div><article><ul class='td-category'>"
                f"<li class='entry-category'>{cats}</li></ul><h1 class='entry-title'>{title}</h1>"
                f"<div class='td-post-sharing-top'>{share}</div><div class='td-post-content'>"
                f"{content}<p>تابعونا على تويتر لمتابعة آخر الأخبار</p></div></article>"
                f"<div class='td_block_related_posts'><h4>مقالات ذات صلة</h4><ul>{related}</ul>"
                f"</div>{sidebar}</div><footer>جميع الحقوق محفوظة</footer></body></html>")
    # Drupal-like
    return (f"{head}{nav}<nav class='breadcrumb'><ol><li><a>الرئيسية</a></li>"
            f"<li><a>{sections[0]}</a></li></ol></nav><main><article class='node'>"
            f"<h1 class='page-title'>{title}</h1><div class='field field--name-body'>{content}"
            f"</div><div class='field--name-field-tags'>الوسوم <a>السعودية</a></div></article>"
            f"<div class='views-element-container'><h2>أخبار ذات صلة</h2><ul>{related}</ul></div>"
            f"</main><footer>جميع الحقوق محفوظة</footer></body></html>")


def wrap_dump(art: dict[str, str], paras: list[str]) -> str:
    sections = SECTIONS.get(art.get("source", ""), ("أخبار",))
    body: list[str] = []
    for i, p in enumerate(paras):
        body += [p, "\u00a0"]
        if i == 1 and len(paras) > 3:
            body += ["اقرأ أيضاً:", RELATED[0], "\u00a0"]
    lines = ["".join(sections), "", art["title"], "", "فيسبوك تويتر واتساب طباعة", "\u00a0",
             *body, "المصدر: وكالات", "", "الوسوم", "السعودية", "مقالات ذات صلة", *RELATED,
             "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.", "زر الذهاب إلى الأعلى"]
    return "\n".join(lines) + "\n"


def wrap(art: dict[str, str]) -> Wrapped:
    paras = _paragraphs(art["content"])
    key = art.get("url") or art["title"]
    return Wrapped(
        id=hashlib.sha1(key.encode()).hexdigest()[:12],
        title=" ".join(art["title"].split()),
        body="\n\n".join(paras),
        html=wrap_html(art, paras, _theme(key)),
        dump=wrap_dump(art, paras),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--out", type=Path, required=True, help="directory for page.html/.txt/.json")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for art in read_articles(limit=args.limit):
        w = wrap(art)
        (args.out / f"{w.id}.html").write_text(w.html, "utf-8")
        (args.out / f"{w.id}.txt").write_text(w.dump, "utf-8")
        gold = {"title": w.title, "body": w.body}
        (args.out / f"{w.id}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
