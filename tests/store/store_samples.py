"""Sample articles for the store tests, written for marsad (not taken from any outlet)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.models import Article, Entity, Event, Mention, Participant, Quote

ASSAD = Entity("Q44329", "Bashar al-Assad", "بشار الأسد", "PER", "SYR", "GOV")
PUTIN = Entity("Q7747", "Vladimir Putin", "فلاديمير بوتين", "PER", "RUS", "GOV")
ERDOGAN = Entity("Q39259", "Recep Tayyip Erdoğan", "رجب طيب أردوغان", "PER", "TUR", "GOV")


def visit(actor: Entity, host_code: str, host: Entity | None = None, *, eid: str = "e1",
          category: str = "CONSULT", date: str | None = None, status: str = "asserted"
          ) -> Event:
    return Event(
        id=eid, category=category, mode="visit", cameo="042", quad=1,
        actors=(Participant(f"{actor.country}GOV", actor.id, actor.label_ar, 0, 10),),
        recipients=(Participant(host_code, host.id if host else None, "", 12, 17),),
        status=status, sentence_start=0, sentence_end=40, trigger_start=0, trigger_end=3,
        trigger="زار", rule="test.v1", date=date, date_granularity="day" if date else None,
    )


def article(
    aid: str, text: str, *, title: str = "", url: str | None = None, source: str = "sana",
    day: int = 27, events: tuple[Event, ...] = (), entities: tuple[Entity, ...] = (),
    story: str | None = None,
) -> Article:
    mentions = tuple(
        Mention(text.find(e.label_ar.split()[-1]), text.find(e.label_ar.split()[-1])
                + len(e.label_ar.split()[-1]), "PER", e.label_ar.split()[-1],
                entity_id=e.id, actor_code=f"{e.country}GOV")
        for e in entities if e.label_ar.split()[-1] in text
    )
    return Article(
        id=aid, text=text, title=title, url=url or f"https://{source}.example/{aid}",
        source=source, published=datetime(2015, 7, day, 9, 30, tzinfo=UTC), lang="ar",
        mentions=mentions, entities=entities, events=events, cluster_id=story,
        quotes=(Quote(0, 10, text[:10], "reported", "قال", "الأسد", ASSAD.id),)
        if "قال" in text else (),
    )


VISIT_1 = article(
    "a1", "زار الرئيس السوري بشار الأسد موسكو أمس حيث التقى الرئيس الروسي فلاديمير بوتين.",
    title="الأسد في موسكو", source="sana", story="s1", entities=(ASSAD, PUTIN),
    events=(visit(ASSAD, "RUSGOV", PUTIN),),
)
VISIT_2 = article(
    "a2", "وصل الرئيس بشار الأسد إلى العاصمة الروسية في زيارة يلتقي خلالها بوتين.",
    title="بالأسد يصل موسكو", source="rt", day=28, story="s1", entities=(ASSAD, PUTIN),
    events=(visit(ASSAD, "RUSGOV", PUTIN),),
)
ERDOGAN_1 = article(
    "a3", "قال الرئيس التركي إردوغان إن أنقرة لن تسمح بإقامة منطقة عازلة على حدودها.",
    title="إردوغان يحذر", source="anadolu", day=29, story="s2", entities=(ERDOGAN,),
    events=(visit(ERDOGAN, "SYRGOV", ASSAD, category="THREATEN", eid="t1"),),
)
