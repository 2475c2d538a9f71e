"""Evaluation gates: pinned floors just below the measured scores (see docs/events.md)."""

from pathlib import Path

import pytest

from marsad.eval.events import (
    coder_analyzer,
    gold_article,
    load_gold,
    read_detection,
    read_quadclass,
    score_detection,
    score_gold,
    score_quadclass,
)
from marsad.events.coder import Coder
from marsad.events.ontology import load_ontology

GOLD = Path(__file__).parent / "gold_events.jsonl"


def test_gold_file_covers_everything():
    items = load_gold(GOLD)
    assert len(items) >= 60
    events = [e for it in items for e in it["events"]]
    assert {e["category"] for e in events} == set(load_ontology().categories)
    assert {e["status"] for e in events} == {
        "asserted", "negated", "future", "hypothetical", "claimed", "historical"}


def test_gold_gate():
    coder = Coder(kb=None)

    def run(item):
        a = gold_article(item)
        return a.replace(events=tuple(coder.code(a)))

    r = score_gold(load_gold(GOLD), run)
    assert r["micro"]["precision"] >= 0.94
    assert r["micro"]["recall"] >= 0.97
    assert r["status_accuracy"] >= 0.97
    assert r["actor_accuracy"] >= 0.93
    # 0.906 on 2026-11-29 after victims and protest targets were coded and the gold of
    # g017 g050 g055 g059 g062 g063 g065 was given the recipients it had left out
    assert r["recipient_accuracy"] >= 0.88
    for cat, prf in r["per_category"].items():
        assert prf["recall"] >= 0.75, cat


def test_heldout_gold_gate():
    """Sentences written after the rules were frozen (docs/events.md: first scoring)."""
    coder = Coder(kb=None)

    def run(item):
        a = gold_article(item)
        return a.replace(events=tuple(coder.code(a)))

    r = score_gold(load_gold(GOLD.with_name("gold_events_heldout.jsonl")), run)
    assert r["micro"]["precision"] >= 0.88
    assert r["micro"]["recall"] >= 0.92
    assert r["status_accuracy"] >= 0.92
    assert r["actor_accuracy"] >= 0.87


@pytest.mark.shared
def test_gsr_detection_gate(shared_data):
    analyze = coder_analyzer()
    gsr = shared_data / "events" / "gsr"
    # measured (docs/events.md, rule coder without time expressions): assault P 0.430
    # R 0.840 F1 0.569; protest P 0.253 R 0.543 F1 0.345 — asserted events only
    r = score_detection(read_detection(gsr / "assault_detection.csv"), analyze)
    assert r["precision"] >= 0.41
    assert r["recall"] >= 0.82
    assert r["f1"] >= 0.55
    r = score_detection(read_detection(gsr / "protest_detection.csv"), analyze)
    assert r["precision"] >= 0.24
    assert r["recall"] >= 0.52
    assert r["f1"] >= 0.33


@pytest.mark.shared
def test_quadclass_rules_gate(shared_data):
    """The rules' own QuadClass view on a slice of the UN set (the model is trained on it,
    so its honest figure is the cross-validated one in docs/events.md)."""
    from collections import Counter

    from marsad.events.ontology import QUAD_TO_UN_FILE

    texts, labels = read_quadclass(shared_data / "events" / "un-quadclass" / "quadclass.tsv")
    analyze = coder_analyzer()
    pred = []
    for t in texts[:400]:
        quads = Counter(e.quad for e in analyze(t).events)
        pred.append(QUAD_TO_UN_FILE[quads.most_common(1)[0][0]] if quads else 0)
    r = score_quadclass(labels[:400], pred)
    assert r["macro_f1"] >= 0.20
    assert r["per_class_f1"][1] >= 0.3  # material conflict: the rules' strongest quad
