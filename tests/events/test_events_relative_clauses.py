"""Relative clauses and the status and roles of events (docs/events.md, "Relative clauses").

- a relative clause describes a participant (background), unless it tells, with a recent
  time and a resumptive "خلالها"/"فيها", what happened during an occasion;
- a time inside a relative clause after a verb dates that clause, not the verb;
- "نظيره" (his counterpart) is never the subject of the verb before it."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.eval.events import gold_article
from marsad.events.coder import Coder

CODER = Coder()


def _events(text: str, mentions: Sequence[list[object]] = (),
            timexes: Sequence[list[str]] = ()) -> list[tuple[str, str, list[str]]]:
    art = gold_article({"text": text, "published": "2024-05-14", "mentions": mentions,
                        "timexes": timexes})
    return [(e.category, e.status, sorted(p.code for p in e.actors)) for e in CODER.code(art)]


def test_occasion_clause_with_recent_time_is_news() -> None:
    evs = _events(
        "واختتم وزير الخارجية القطري جولته في المنطقة، التي التقى خلالها أمس نظيره "
        "العماني.",
        [["وزير الخارجية القطري", "AGENT", None, "QATGOV"],
         ["نظيره العماني", "AGENT", None, "OMNGOV"]],
        [["أمس", "2024-05-13", "day", "relative"]],
    )
    assert ("CONSULT", "asserted", ["OMNGOV", "QATGOV"]) in evs


def test_relative_clause_without_occasion_stays_background() -> None:
    # the funeral is the news; the killing is told about the young man
    evs = _events("شيع المئات جثمان الشاب الذي قتل برصاص مجهولين أمس.",
                  timexes=[["أمس", "2024-05-13", "day", "relative"]])
    assert all(status != "asserted" for cat, status, _ in evs if cat == "ASSAULT")


def test_old_time_in_relative_clause_dates_that_clause() -> None:
    evs = _events(
        "وأطلقت السلطات سراح الناشط الذي اعتقلته قبل ثلاثة أعوام.",
        [["السلطات", "AGENT", None, "GOV"]],
        [["قبل ثلاثة أعوام", "2021", "year", "relative"]],
    )
    statuses = {cat: status for cat, status, _ in evs}
    assert statuses.get("RETREAT") == "asserted"
    assert statuses.get("COERCE") == "historical"


def test_counterpart_is_object_unless_the_verb_has_one() -> None:
    mentions: list[list[object]] = [
        ["الرئيس التونسي", "AGENT", None, "TUNGOV"], ["الجزائر", "GPE", None, "DZAGOV"],
        ["نظيره الجزائري", "AGENT", None, "DZAGOV"]]
    # "التقى نظيره": the counterpart is met; the subject is the visitor, dropped
    evs = _events("وصل الرئيس التونسي إلى الجزائر، والتقى أمس نظيره الجزائري.", mentions)
    assert ("CONSULT", "asserted", ["DZAGOV", "TUNGOV"]) in evs
    # "شكره نظيره": ه is the president, the counterpart is the subject
    art = gold_article({"text": "وأشاد الرئيس التونسي بالجزائر، وشكره نظيره الجزائري.",
                        "published": "2024-05-14", "mentions": mentions})
    thanks = [e for e in CODER.code(art) if e.trigger == "شكر"]
    assert [[p.code for p in e.actors] for e in thanks] == [["DZAGOV"]]
