"""Evaluation gate: the same-story decision on SemEval-2022 Arabic pairs (eval only)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.eval.clustering import evaluate_pairs, read_pairs

# measured 2026-11-29: precision 0.923, recall 0.462 (threshold 0.3, terms only)
PRECISION_FLOOR = 0.85
RECALL_FLOOR = 0.40


def test_same_story_gate(shared_data: Path) -> None:
    path = shared_data / "clustering" / "semeval2022-ar" / "train_ar_pairs_with_text_sample.csv"
    scores = evaluate_pairs(read_pairs(path))
    assert scores.tp + scores.fn >= 20
    assert scores.precision >= PRECISION_FLOOR
    assert scores.recall >= RECALL_FLOOR


def test_eval_cli_on_pairs_written_here(tmp_path: Path) -> None:
    csv_path = tmp_path / "pairs.csv"
    same_a = ("زلزال بقوة ست درجات يضرب جنوب تركيا. ضرب زلزال قوي مناطق في جنوب تركيا فجر "
              "اليوم وأدى إلى انهيار مبان وإصابة العشرات بحسب هيئة الكوارث.")
    same_b = ("هيئة الكوارث التركية: عشرات المصابين في زلزال الجنوب. أعلنت هيئة الكوارث أن "
              "الزلزال الذي ضرب جنوب تركيا فجراً أسفر عن انهيار مبان وإصابة العشرات.")
    other = ("منتخب المغرب يتأهل إلى نصف النهائي. تأهل منتخب المغرب لكرة القدم إلى الدور نصف "
             "النهائي بعد فوزه على منافسه بهدفين دون رد في مباراة مثيرة.")
    csv_path.write_text(
        "pair_id,text1,text2,Overall\n"
        f"1_2,{same_a},{same_b},1.0\n1_3,{same_a},{other},4.0\n2_3,{same_b},{other},4.0\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["eval", "clustering", str(csv_path), "--json"])
    assert result.exit_code == 0, result.output
    assert '"tp": 1' in result.output and '"fp": 0' in result.output
