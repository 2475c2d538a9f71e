"""Quote scoring and the evaluation gate on the quote gold sets written for marsad."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.eval.quotes import load_quote_gold, score_quotes
from marsad.models import Article, Quote

HERE = Path(__file__).resolve().parent
SETS = ["quotes_gold", "quotes_heldout"]
# Measured 2026-11-29. Development set (27 quotes): gold mentions F1 0.816 before the
# rules were tuned on it, 1.000 after; pipeline speaker 0.963. Held-out set (14 quotes,
# same author, scored once): F1 1.000, speaker 1.000 (gold) / 0.929 (pipeline, before
# a KB-id reconciliation of the gold). Floors leave room for recogniser changes.
FLOORS = {"gold": (0.9, 0.9), "pipeline": (0.85, 0.8)}  # (F1, speaker accuracy)


def _markup():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("quotes_markup", HERE / "quotes_markup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SETS)
def test_jsonl_is_built_from_its_source(name: str) -> None:
    markup = _markup()
    built = markup.to_jsonl(markup.build(markup.load_source(name)))
    assert built == (HERE / f"{name}.jsonl").read_text("utf-8")
    assert len([q for d in load_quote_gold(HERE / f"{name}.jsonl") for q in d["quotes"]]) >= 14


def test_scoring():
    doc = {"id": "d", "text": "قال الوزير إن الوضع مستقر تماما. وأضاف أن الحدود آمنة.",
           "mentions": [], "quotes": [
               {"start": 14, "end": 31, "text": "الوضع مستقر تماما", "kind": "reported",
                "verb": "قال", "speaker_text": "الوزير", "speaker_id": None,
                "speaker_start": 4, "speaker_end": 10},
               {"start": 42, "end": 53, "text": "الحدود آمنة", "kind": "reported",
                "verb": "أضاف", "speaker_text": "الوزير", "speaker_id": "X",
                "speaker_start": 4, "speaker_end": 10}]}
    assert doc["text"][14:31] == "الوضع مستقر تماما" and doc["text"][42:53] == "الحدود آمنة"
    pred = Article(id="d", text=doc["text"], quotes=(
        Quote(14, 31, "الوضع مستقر تماما", "reported", "قال", "الوزير", None, 4, 10),
        Quote(42, 53, "الحدود آمنة", "direct", "أضاف", "الوزير", "Y", 4, 10),
        Quote(0, 3, "قال", "reported", "قال"),
    ))
    s = score_quotes([doc], [pred])
    assert (s.gold, s.predicted, s.matched) == (2, 3, 2)
    assert s.speaker == 1 and s.kind == 1 and s.verb == 2
    assert round(s.precision, 3) == 0.667 and s.recall == 1.0


def _kb_or_skip() -> None:
    from marsad.errors import MarsadError

    try:
        from marsad.entities.kb import load_kb

        load_kb()
    except (ImportError, MarsadError) as e:
        pytest.skip(f"knowledge base not loadable: {e}")


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("mode", ["gold", "pipeline"])
def test_gate(name: str, mode: str) -> None:
    from marsad.cli.eval_quotes import quotes

    args = [str(HERE / f"{name}.jsonl"), "--mode", mode, "--json"]
    if mode == "pipeline":
        _kb_or_skip()
        from marsad.entities.recognize.crf import default_model_path

        if not Path(default_model_path()).is_file():
            args.append("--no-crf")
    res = CliRunner().invoke(quotes, args)
    assert res.exit_code == 0, res.output
    scores = json.loads(res.output)[mode]
    assert scores["f1"] >= FLOORS[mode][0]
    assert scores["speaker"] >= FLOORS[mode][1]


def test_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    from marsad.cli.eval_quotes import quotes

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "قال إن", "mentions": [], "quotes": '
                   '[{"start": 0, "end": 2, "text": "إن"}]}\n', "utf-8")
    res = CliRunner().invoke(quotes, [str(bad), "--mode", "gold"])
    assert res.exit_code != 0
    assert "line 1" in res.output and "Traceback" not in res.output
