"""Evaluation gates: the shipped recogniser on data it never saw, with pinned floors.

- our own fixture (tests/ner/data/news_fixture.conll, 40 sentences written for marsad);
- the last 300 sentences of ANERcorp's train file (../shared/data), which the shipped
  CRF was trained without (see data/ner/NOTICE). Skipped when the data is absent.

Floors sit just below the figures measured when the model was shipped (docs/ner.md);
a regression in the gazetteer, the patterns, the features or the model fails here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from marsad.entities.component import load_gazetteer
from marsad.entities.recognize.combine import Recognizer
from marsad.entities.recognize.crf import load_model
from marsad.entities.recognize.evaluate import recognizer_for, score_recognizer
from marsad.eval.ner import read_conll

FIXTURE = Path(__file__).resolve().parent / "data" / "news_fixture.conll"

# measured 0.823 (default recogniser, feature version 5 and the KB of 2026-11-29 with
# clubs, media and public figures); 0.821 (version 4, stacked; 0.832 single-stage:
# its second stage cuts "جامعة القاهرة" to القاهرة, a place elsewhere in the text, one
# name of 93). Lowered from 0.84 (0.859 with the first model): gazetteer places the CRF
# leaves out no longer fill the default (right 1 time in 4 in ANERcorp CV, docs/ner.md).
FIXTURE_FLOOR = 0.81
# last 300 sentences: measured 0.711 (default, feature version 5 and the larger KB;
# 0.686 version 4, 0.677 single-stage, 0.641 first model)
HELDOUT_FLOOR = 0.70
HELDOUT_CRF_FLOOR = 0.70  # measured 0.713 (CRF + consistency; 0.688 version 4)


@lru_cache(maxsize=4)
def recognizer(mode: str) -> Recognizer:
    return recognizer_for(mode, load_gazetteer(), load_model())


def test_shipped_model_metadata() -> None:
    model = load_model()
    assert model.uses_gazetteer
    assert model.meta["holdout_last"] == 300
    assert model.path.stat().st_size < 10_000_000
    # the shipped model is stacked: its second stage is there and was trained alike
    assert model.second is not None and model.meta["stage2_jackknife"] == 5
    assert model.second.path.stat().st_size < 10_000_000


def test_fixture_gate() -> None:
    scores = score_recognizer(recognizer("default").find, read_conll(FIXTURE))
    assert scores.micro.f1 >= FIXTURE_FLOOR, scores.to_dict()


@pytest.mark.shared
def test_anercorp_heldout_gate(shared_data: Path) -> None:
    path = shared_data / "ner" / "anercorp" / "train.conll"
    if not path.is_file():
        pytest.skip("ANERcorp train file absent")
    held_out = read_conll(path)[-300:]
    default = score_recognizer(recognizer("default").find, held_out)
    crf = score_recognizer(recognizer("crf").find, held_out)
    assert default.micro.f1 >= HELDOUT_FLOOR, default.to_dict()
    assert crf.micro.f1 >= HELDOUT_CRF_FLOOR, crf.to_dict()


def test_seed_page_entities_are_recognised(seed_page: str) -> None:
    """The judged entities of the seed page are found, with their KB ids."""
    mentions = recognizer("default").find(seed_page)
    ids = {m.entity_id for m in mentions if m.entity_id}
    for qid in ("Q44329", "Q7747", "Q39259", "Q159", "Q858", "Q43", "Q794", "Q212", "Q649",
                "Q3640"):
        assert qid in ids, qid
    agents = {m.text for m in mentions if m.label == "AGENT"}
    assert {"الرئيس السوري", "الرئيس التركي"} <= agents
    assert any(m.text.endswith("نظيره الروسي") for m in mentions if m.label == "AGENT")
    for m in mentions:
        assert seed_page[m.start : m.end] == m.text
