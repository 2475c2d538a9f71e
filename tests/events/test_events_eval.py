"""The scorers on tiny hand-written inputs (no shared data needed)."""

from marsad.eval.events import (
    coder_analyzer,
    macro_f1,
    score_detection,
    score_quadclass,
    score_spans,
)


def test_detection_scores_and_skips_ambiguous():
    rows = [
        {"label": "yes", "event_type": "ASSAULT", "text": "وشن الجيش غارات على القرية أمس."},
        {"label": "easy no", "event_type": "ASSAULT", "text": "وافتتح الوزير معرض الكتاب."},
        {"label": "difficult no", "event_type": "ASSAULT",
         "text": "ولم يشن الجيش أي غارات على القرية."},
        {"label": "ambiguous", "event_type": "ASSAULT", "text": "وقصف الجيش القرية."},
    ]
    r = score_detection(rows, coder_analyzer())
    assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 0)  # the negated raid is not reported
    assert r["positives_by_label"] == {"yes": "1/1", "easy no": "0/1", "difficult no": "0/1"}


def test_spans_agreement():
    from marsad.models import Article, Event, Participant

    def analyze(text):
        ev = Event("e", "ASSAULT", None, "190", 4, (Participant("ISRMIL"),),
                   (Participant("LBNREB"),), "asserted", 0, 5, 0, 3, "x", "r")
        return Article(id="a", text=text, events=(ev,))

    recs = [{"text": "نص", "event_type": "ASSAULT", "spans": [
        {"source_role": {"main": "ISR", "role": "MIL"}, "target_role": {"main": "LBN",
                                                                        "role": "CVL"}},
        {"source_role": "UNKNOWN", "target_role": {"main": "None", "role": "None"}}]}]
    r = score_spans(recs, analyze)
    assert r["detected"] == 1
    assert r["source_country"]["rate"] == 1.0 and r["source_sector"]["rate"] == 1.0
    assert r["target_country"]["rate"] == 1.0 and r["target_sector"]["rate"] == 0.0


def test_macro_f1():
    macro, per = macro_f1([0, 1, 1, 2], [0, 1, 2, 2])
    assert per == {0: 1.0, 1: 0.6667, 2: 0.6667}
    assert abs(macro - (1 + 2 / 3 + 2 / 3) / 3) < 1e-3
    assert score_quadclass([1, 1], [1, 1])["accuracy"] == 1.0
