"""The shipped QuadClass classifier (trained on the UN set; labels in the files' numbering)."""

import joblib
import numpy as np
import pytest

from marsad.arabic import normalize
from marsad.errors import ModelError
from marsad.events.classifier import QuadClassifier, load_quad_classifier, near_duplicate_groups
from marsad.events.ontology import UN_FILE_TO_QUAD
from marsad.events.quad_cues import CUE_GROUPS, cue_features, stems

SENTENCES = [  # written for marsad, one per quad
    ("قصفت الطائرات الحربية القرية وقتلت عشرة مدنيين وجرحت آخرين.", 4),
    ("يرحب مجلس الأمن بالتعاون البناء بين الحكومة والبعثة ويشيد بجهودها.", 1),
    ("وأدان المجلس بشدة الهجمات وطالب الأطراف بوقفها فورا.", 3),
    ("قدمت الدول المانحة مساعدات غذائية وطبية للاجئين في المخيمات.", 2),
]


def test_shipped_model_predicts_each_quad():
    model = load_quad_classifier()
    if model is None:
        pytest.skip("no shipped model")
    labels = model.predict([s for s, _ in SENTENCES])
    assert all(0 <= x <= 4 for x in labels)
    assert [UN_FILE_TO_QUAD.get(x) for x in labels] == [q for _, q in SENTENCES]
    # 5-fold CV at training, near-duplicates grouped (docs/events.md: 0.570 on 2026-11-29)
    assert model.meta.get("cv_macro_f1", 0) > 0.55
    assert model.meta.get("cv_dup_threshold", 0) > 0
    assert model.stacker is not None and model.meta.get("stacked")


def test_fit_save_load_round_trip(tmp_path):
    texts = [s for s, _ in SENTENCES] * 3
    labels = [1, 4, 3, 2] * 3
    model = QuadClassifier().fit(texts, labels)
    path = tmp_path / "m.joblib"
    model.save(path)
    again = QuadClassifier.load(path)
    assert again.predict(texts[:4]) == model.predict(texts[:4])
    assert again.scores(texts[:4]).shape == (4, 4)
    assert again.labels == [1, 2, 3, 4]


def test_old_or_foreign_model_file_is_refused(tmp_path):
    path = tmp_path / "old.joblib"
    joblib.dump({"vectorizer": None, "model": None, "meta": {}}, path)  # format 1 layout
    with pytest.raises(ModelError, match="retrain"):
        QuadClassifier.load(path)
    with pytest.raises(ModelError):
        QuadClassifier.load(tmp_path / "missing.joblib")


def test_cue_groups_fire_on_their_side():
    rows = cue_features([normalize(s) for s, _ in SENTENCES])
    width = len(CUE_GROUPS)
    col = {name: i for i, name in enumerate(CUE_GROUPS)}
    assert rows[0, col["material_conflict"]] > 0 and rows[0, col["verbal_coop"]] == 0
    assert rows[1, col["verbal_coop"]] > 0
    assert rows[1, width + col["verbal_coop"]] == 1  # يرحب opens the sentence
    assert rows[2, col["verbal_conflict"]] > 0  # وأدان: the conjunction is stripped
    assert rows[3, col["material_coop"]] > 0 and rows[3, col["verbal_conflict"]] == 0


def test_stems_strip_clitics_and_suffixes():
    # one stem for the forms of a word: clitics and plural / feminine endings go
    assert stems(normalize("والمساعدات")) == stems(normalize("مساعدة")) == "مساعد"
    assert stems(normalize("وبالتعاون")) == stems(normalize("التعاون"))
    assert stems(normalize("بشار")) == "بشار"  # a short word keeps its letters


def test_near_duplicates_share_a_group():
    texts = [
        "يدين مجلس الأمن بأشد العبارات الهجوم الإرهابي الذي وقع في العاصمة أمس.",
        "٣ - يدين مجلس الأمن بأشد العبارات الهجوم الإرهابي الذي وقع في العاصمة أمس",
        "قدمت الحكومة اليابانية منحة لبناء مدارس في المناطق الريفية.",
    ]
    groups = near_duplicate_groups(texts)
    assert groups[0] == groups[1] != groups[2]
    assert len(np.unique(near_duplicate_groups(texts, threshold=1.01))) == 3


def test_factors_and_relevance_only_rows(tmp_path):
    from click.testing import CliRunner

    from marsad.cli.main import cli
    from marsad.events.classifier import relevance_only

    texts = [s for s, _ in SENTENCES] * 3
    labels = [1, 4, 3, 2] * 3
    extra = ["استأنف المجلس نظره في البند في جلسته المعقودة صباح اليوم.", SENTENCES[0][0]]
    extra_texts, extra_relevant = relevance_only(texts, extra, [0, 1])
    assert extra_texts == extra[:1] and extra_relevant == [0]  # the copy is left out
    # no irrelevant label in the main rows: the relevance factor exists only with extras
    assert "relevant" not in QuadClassifier().fit(texts, labels).sides
    model = QuadClassifier().fit(texts, labels, extra_texts * 3, extra_relevant * 3)
    assert set(model.sides) == {"conflict", "verbal", "relevant"}
    assert model.meta["n_extra"] == 3

    tsv, rel, out = tmp_path / "q.tsv", tmp_path / "r.tsv", tmp_path / "m.joblib"
    rows = "".join(f"{t}\t{y}\n" for t, y in zip(texts, labels, strict=True))
    tsv.write_text("ar\tQuadClass\n" + rows, "utf-8")
    rel.write_text("ar\tRelevant\n" + f"{extra[0]}\t0\n{extra[1]}\t1\n", "utf-8")
    result = CliRunner().invoke(cli, ["train", "quadclass", "--tsv", str(tsv), "--relevance",
                                      str(rel), "--cv", "0", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert QuadClassifier.load(out).meta["n_relevance_only"] == 1


# distinct sentences per quad (written for marsad), for the stacker's inner folds
_PLACES = ["المدينة", "الإقليم", "العاصمة", "الحدود", "الجنوب", "الشمال"]
_TEMPLATES = [
    ("قتلت القوات المسلحة خمسة مدنيين في هجوم على {}.", 4),
    ("يرحب المجلس بالحوار الجاري بين الأطراف في {} ويشيد بالتزامها.", 1),
    ("أدان الوزير بشدة الاعتداءات الأخيرة في {} وحذر من عواقبها.", 3),
    ("وزعت الوكالة مساعدات غذائية على الأسر النازحة في {}.", 2),
]


def test_stacker_learns_weights_from_inner_folds(tmp_path):
    texts = [t.format(p) for p in _PLACES for t, _ in _TEMPLATES]
    labels = [y for _ in _PLACES for _, y in _TEMPLATES]
    model = QuadClassifier(stack_folds=2).fit(texts, labels, duplicate_threshold=0)
    assert model.stacker is not None and model.meta["stacked"]
    scores = model.scores(texts[:4])
    # the stacker's log-probabilities: each row sums to 1 as probabilities
    assert np.allclose(np.exp(scores).sum(axis=1), 1.0)
    assert model.predict(texts[:4]) == labels[:4]
    path = tmp_path / "m.joblib"
    model.save(path)
    again = QuadClassifier.load(path)
    assert again.stacker is not None
    assert np.allclose(again.scores(texts[:4]), scores)
    # without inner folds, or with too few rows per label, the views are summed
    assert QuadClassifier(stack_folds=0).fit(texts, labels).stacker is None
    few = QuadClassifier(stack_folds=7).fit(texts, labels, duplicate_threshold=0)
    assert few.stacker is None and not few.meta["stacked"]
    assert few.predict(texts[:4]) == labels[:4]


def test_model_saved_before_the_stacker_still_loads(tmp_path):
    model = QuadClassifier(stack_folds=0).fit([s for s, _ in SENTENCES] * 3, [4, 1, 3, 2] * 3)
    path = tmp_path / "old.joblib"
    model.save(path)
    blob = joblib.load(path)
    del blob["stacker"]  # the layout of format 2 before the stacker
    joblib.dump(blob, path)
    again = QuadClassifier.load(path)
    assert again.stacker is None
    assert again.predict([s for s, _ in SENTENCES]) == model.predict([s for s, _ in SENTENCES])


def test_eval_cv_with_seed_and_stack_folds(tmp_path):
    import json

    from click.testing import CliRunner

    from marsad.cli.main import cli

    tsv = tmp_path / "q.tsv"
    rows = "".join(f"{t.format(p)}\t{y}\n" for p in _PLACES for t, y in _TEMPLATES)
    tsv.write_text("ar\tQuadClass\n" + rows, "utf-8")
    scores = {}
    for stack in ("0", "2"):
        result = CliRunner().invoke(cli, [
            "eval", "events", "--quadclass", str(tsv), "--cv", "3", "--seed", "1",
            "--dup-threshold", "0", "--stack-folds", stack, "--json"])
        assert result.exit_code == 0, result.output
        scores[stack] = json.loads(result.stdout)["quadclass:q.tsv:cv3"]
    # one template per quad: every held-out place is labelled like its template
    assert scores["0"]["macro_f1"] == scores["2"]["macro_f1"] == 1.0
    assert scores["2"]["n"] == len(_PLACES) * len(_TEMPLATES)
