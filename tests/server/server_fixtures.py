"""Hand-made, fully analysed articles for the server tests.

The articles are written here (fictional outlets); their analysis (mentions, events,
quotes) is set by hand so the server tests do not depend on the NLP stages.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from marsad.models import Article, Entity, Event, Mention, Participant, Quote
from marsad.store.records import ClusterRecord

TZ = timezone(timedelta(hours=3))

VISIT = (
    "وصل الرئيس السوري بشار الأسد إلى موسكو أمس الأربعاء في زيارة رسمية.\n\n"
    "وقال الأسد للصحفيين: «العلاقات مع روسيا استراتيجية»."
)
STRIKE = "قصفت طائرات تركية مواقع في شمال سوريا يوم الخميس، بحسب مصادر محلية."
XSS = 'خبر فيه <script>alert("x")</script> و<img src=x onerror="alert(1)"> من دمشق.'

ASSAD = Entity("Q44329", "Bashar al-Assad", "بشار الأسد", "PER", "SYR", "GOV")
MOSCOW = Entity("Q649", "Moscow", "موسكو", "GPE", "RUS", "GOV")
TURKEY = Entity("Q43", "Turkey", "تركيا", "GPE", "TUR", "GOV")
SYRIA = Entity("Q858", "Syria", "سوريا", "GPE", "SYR", "GOV")


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _mention(text: str, needle: str, label: str, entity: Entity, code: str) -> Mention:
    s, e = _span(text, needle)
    return Mention(s, e, label, needle, "test", entity.id, code)


def _event(text: str, eid: str, category: str, trigger: str, actors: list[Participant],
           recipients: list[Participant], quad: int, day: str, status: str = "asserted",
           mode: str | None = None) -> Event:
    ts, te = _span(text, trigger)
    sentence_end = text.find(".", te) + 1 or len(text)
    return Event(
        id=eid, category=category, mode=mode, cameo=None, quad=quad, actors=tuple(actors),
        recipients=tuple(recipients), status=status, sentence_start=0,
        sentence_end=sentence_end, trigger_start=ts, trigger_end=te, trigger=trigger,
        rule="test.rule", confidence=0.9, date=day, date_granularity="day",
    )


def sample_articles() -> list[Article]:
    assad = Participant("SYRGOV", "Q44329", "بشار الأسد")
    russia = Participant("RUSGOV", "Q649", "موسكو")
    turkey = Participant("TURMIL", "Q43", "طائرات تركية")
    syria = Participant("SYR", "Q858", "سوريا")
    qs, qe = _span(VISIT, "العلاقات مع روسيا استراتيجية")
    visit = Article(
        id="art-visit", cluster_id="story-moscow", url="https://gazette.example/a/1",
        source="صحيفة التجربة",
        title="الأسد في موسكو", text=VISIT,
        published=datetime(2023, 3, 16, 10, 0, tzinfo=TZ), lang="ar",
        mentions=(
            _mention(VISIT, "بشار الأسد", "PER", ASSAD, "SYRGOV"),
            _mention(VISIT, "موسكو", "GPE", MOSCOW, "RUSGOV"),
        ),
        entities=(ASSAD, MOSCOW),
        events=(
            _event(VISIT, "e1", "CONSULT", "وصل", [assad], [russia], 1, "2023-03-15",
                   mode="visit"),
        ),
        quotes=(Quote(qs, qe, VISIT[qs:qe], "direct", "قال", "الأسد", "Q44329"),),
    )
    strike = Article(
        id="art-strike", url="https://daily.example/b/2", source="يومية المثال",
        title="قصف تركي في شمال سوريا", text=STRIKE,
        published=datetime(2023, 3, 17, 9, 0, tzinfo=TZ), lang="ar",
        mentions=(_mention(STRIKE, "سوريا", "GPE", SYRIA, "SYR"),),
        entities=(SYRIA, TURKEY),
        events=(
            _event(STRIKE, "e2", "ASSAULT", "قصفت", [turkey], [syria], 4, "2023-03-16",
                   mode="aerial"),
        ),
    )
    xss = Article(
        id="art-xss", url="https://evil.example/x", source="<b>outlet</b>",
        title='<img src=x onerror="alert(2)">عنوان', text=XSS,
        published=datetime(2023, 3, 18, 9, 0, tzinfo=TZ), lang="ar",
    )
    # a second outlet's report of the visit: same story, same event
    visit2 = visit.replace(
        id="art-visit-2", url="https://other.example/c/3", source="نشرة المثال",
        title="الرئيس السوري يصل إلى موسكو", text=VISIT.replace("رسمية", "رسمية تستمر يومين"),
    )
    return [visit, visit2, strike, xss]


STORY = ClusterRecord(
    id="story-moscow", kind="story", label="الأسد في موسكو", first_seen="2023-03-16",
    last_seen="2023-03-16", size=2,
)
