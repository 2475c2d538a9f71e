"""Synthetic news items for run tests, written for marsad (templates × places × days)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from marsad.models import Article, article_id

PLACES = ["دمشق", "بغداد", "عمان", "القاهرة", "الرياض", "بيروت", "تونس", "الرباط", "صنعاء",
          "الخرطوم", "طرابلس", "الدوحة", "مسقط", "أنقرة", "طهران"]
TOPICS = [
    "افتتح وزير الصحة في {p} مستشفى جديداً بسعة مئتي سرير ضمن خطة لتوسيع الخدمات الطبية "
    "في المحافظات الشمالية، وقال إن المشروع كلف أكثر من خمسين مليون دولار.",
    "شهدت {p} اليوم مظاهرات حاشدة احتجاجاً على ارتفاع أسعار الوقود، ورفع المحتجون لافتات "
    "تطالب الحكومة بالتراجع عن قرارها الأخير وفتح حوار مع النقابات.",
    "وقعت {p} اتفاقية تعاون اقتصادي مع الاتحاد الأوروبي تشمل دعم المشاريع الصغيرة وتمويل "
    "برامج تدريب الشباب على مدى خمس سنوات بقيمة إجمالية تبلغ مئة مليون يورو.",
    "أعلنت الأرصاد الجوية في {p} عن موجة حر شديدة تضرب البلاد خلال الأيام المقبلة، ودعت "
    "المواطنين إلى تجنب التعرض المباشر لأشعة الشمس في ساعات الذروة.",
]


def fake_extract(raw: str | bytes, *, url: str | None = None, published: Any = None,
                 title: str | None = None, source: str | None = None) -> Article:
    """A stand-in for marsad.extract in run tests: the text as given."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    if "!!boom!!" in text:
        raise ValueError("cannot extract this one")
    pub = datetime.fromisoformat(published) if isinstance(published, str) else published
    return Article(id=article_id(url, text), text=text.strip(), title=title or "", url=url,
                   source=source, published=pub)


def write_items(path: Path, n_places: int = 15, days: int = 2) -> dict[str, int]:
    """JSONL of every topic × place × day, plus copies; returns what to expect."""
    rows: list[dict[str, Any]] = []
    for day in range(days):
        for t, topic in enumerate(TOPICS):
            for p in PLACES[:n_places]:
                text = topic.format(p=p) + f" (يوم {day + 1})"
                rows.append({"url": f"https://news{t}.example/{day}/{p}", "text": text,
                             "title": text[:40], "published": f"2015-07-{27 + day}T10:00:00",
                             "source": f"outlet{t}"})
    n_unique = len(rows)
    # an exact copy under another URL, and a near-duplicate with an agency credit line
    rows.append({**rows[0], "url": "https://copy.example/0"})
    rows.append({**rows[1], "url": "https://copy.example/1",
                 "text": rows[1]["text"] + " — وكالات"})
    rows.append({"url": "https://bad.example/x", "text": "!!boom!!", "title": "x"})
    rows.append({"url": "https://empty.example/x", "text": "   "})
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(5, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"new": n_unique + 1, "duplicates": 1, "failed": 3}
