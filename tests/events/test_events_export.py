import json
from datetime import UTC, datetime

from marsad.eval.events import gold_article
from marsad.events.coder import Coder
from marsad.events.export import GDELT_COLUMNS, to_gdelt, to_plover


def _article():
    item = {
        "id": "x1",
        "text": "زار الرئيس السوري بشار الأسد موسكو أمس. واجتمع الأسد مع بوتين في الكرملين.",
        "published": "2023-03-16",
        "mentions": [["الرئيس السوري بشار الأسد", "PER", "Q44329", "SYRGOV"],
                     ["الأسد", "PER", "Q44329", "SYRGOV"], ["بوتين", "PER", "Q7747", "RUSGOV"],
                     ["موسكو", "GPE", "Q649", "RUSGOV"]],
        "timexes": [["أمس", "2023-03-15", "day", "relative"]],
    }
    a = gold_article(item).replace(url="https://example.org/a", source="example.org",
                                   title="الأسد في موسكو")
    return a.replace(events=tuple(Coder(kb=None).code(a)))


def test_plover_records():
    a = _article()
    recs = to_plover(a)
    assert len(recs) == len(a.events) == 2
    visit = next(r for r in recs if r["mode"] == "visit")
    assert visit["event"] == "CONSULT" and visit["quad"] == 1 and visit["cameo"] == "042"
    assert visit["actor"] == ["SYRGOV"] and visit["recipient"] == ["RUSGOV"]
    assert visit["date"] == "2023-03-15" and visit["status"] == "asserted"
    assert visit["event_loc"]["text"] == "موسكو"
    s, e = visit["text_offsets"]["sentence"]
    assert a.text[s:e] == visit["event_text"]
    ts, te = visit["text_offsets"]["trigger"]
    assert a.text[ts:te] == visit["trigger"] == "زار"
    assert visit["cite_info"]["url"] == "https://example.org/a"
    assert visit["coder_version"] == "events.rules.v1"
    meeting = next(r for r in recs if r["mode"] is None)
    assert meeting["actor"] == ["SYRGOV", "RUSGOV"]  # a list, never "SYRGOVRUSGOV"
    json.dumps(recs, ensure_ascii=False)  # JSON-ready


def test_gdelt_rows():
    a = _article()
    rows = to_gdelt(a, added=datetime(2023, 3, 16, 12, tzinfo=UTC))
    assert all(list(r) == list(GDELT_COLUMNS) for r in rows)
    visit = next(r for r in rows if r["marsad_mode"] == "visit")
    assert visit["SQLDATE"] == "20230315" and visit["Year"] == "2023"
    assert visit["Actor1Code"] == "SYRGOV" and visit["Actor1CountryCode"] == "SYR"
    assert visit["Actor1Type1Code"] == "GOV"
    assert visit["Actor2Code"] == "RUSGOV"
    assert visit["EventCode"] == "042" and visit["EventRootCode"] == "04"
    assert visit["QuadClass"] == 1 and visit["GoldsteinScale"] == 1.9
    assert visit["SOURCEURL"] == "https://example.org/a"
    assert visit["DATEADDED"] == "20230316120000"
    meeting = next(r for r in rows if r["marsad_mode"] == "")
    assert meeting["Actor2Code"] == "RUSGOV"  # symmetric: the second party is Actor2
    assert len({r["GLOBALEVENTID"] for r in rows}) == 2


def test_only_asserted_events_count():
    from marsad.events.export import counted

    a = _article()
    flagged = a.events[0].__class__(**{**{f: getattr(a.events[0], f) for f in (
        "id", "category", "mode", "cameo", "quad", "actors", "recipients", "sentence_start",
        "sentence_end", "trigger_start", "trigger_end", "trigger", "rule")}, "status": "future"})
    assert counted([*a.events, flagged]) == list(a.events)


def test_gdelt_place_country_from_kb():
    from types import SimpleNamespace

    kb = SimpleNamespace(entities={"Q649": SimpleNamespace(country="RUS")})
    rows = to_gdelt(_article(), kb=kb)
    visit = next(r for r in rows if r["marsad_mode"] == "visit")
    assert visit["ActionGeo_CountryCode"] == "RUS" and visit["ActionGeo_FullName"] == "موسكو"


def test_gdelt_codes_split():
    from marsad.events.export import _country, _type

    assert (_country("SYRGOV"), _type("SYRGOV")) == ("SYR", "GOV")
    assert (_country("GOV"), _type("GOV")) == ("", "GOV")
    assert (_country("IGOUNO"), _type("IGOUNO")) == ("", "IGO")
    assert (_country("RUS"), _type("RUS")) == ("RUS", "")
