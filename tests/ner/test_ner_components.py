"""ner.* components in a pipeline, the CRF (train / tag / CV) and the CLI commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.entities.component import NERComponent
from marsad.entities.recognize.crf import CRFModel, TrainParams, cross_validate, folds, train_crf
from marsad.entities.recognize.crf_features import word_features
from marsad.entities.recognize.gazetteer import Gazetteer
from marsad.errors import ModelError
from marsad.eval.ner import read_conll, score
from marsad.models import Article
from marsad.pipeline import Pipeline
from marsad.registry import components

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "data" / "news_fixture.conll"


def test_names_are_registered() -> None:
    for name in ("ner.gazetteer.v1", "ner.patterns.v1", "ner.crf.v1", "ner.transformers.v1",
                 "ner.default.v1"):
        assert name in components


def test_component_in_pipeline_keeps_earlier_mentions(small_gazetteer: Gazetteer) -> None:
    gaz = NERComponent("ner.gazetteer.v1", gazetteer=small_gazetteer, crf=False, patterns=False)
    pats = NERComponent("ner.patterns.v1", gazetteer=small_gazetteer, crf=False,
                        gazetteer_mentions=False)
    pipe = Pipeline([gaz, pats], on_error="raise")
    text = "وقالت وزارة الخارجية إن بوتين وصل إلى حلب."
    out = pipe(Article(id="a", text=text))
    got = [(m.label, m.text, m.source) for m in out.mentions]
    assert got == [
        ("ORG", "وزارة الخارجية", "ner.patterns.v1"),
        ("PER", "بوتين", "ner.gazetteer.v1"),
        ("LOC", "حلب", "ner.gazetteer.v1"),
    ]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> CRFModel:
    sents = read_conll(FIXTURE)
    path = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    return train_crf(sents, path, params=TrainParams(max_iterations=60))


def test_crf_learns_its_training_data(tiny_model: CRFModel) -> None:
    sents = read_conll(FIXTURE)
    pred = [tiny_model.tag(s.tokens) for s in sents]
    assert score([s.tags for s in sents], pred).micro.f1 > 0.9
    assert tiny_model.meta["sentences"] == len(sents)
    assert tiny_model.meta["gazetteer"] is False


def test_crf_mentions_have_marsad_labels(tiny_model: CRFModel) -> None:
    from marsad.arabic import tokenize

    text = "وقال الرئيس التركي رجب طيب أردوغان إن أنقرة لن تسمح"
    ms = tiny_model.mentions(text, tokenize(text))
    assert all(m.label in {"PER", "LOC", "ORG", "MISC"} for m in ms)
    assert all(text[m.start : m.end] == m.text for m in ms)


def test_cross_validation_predicts_every_sentence() -> None:
    sents = read_conll(FIXTURE)[:20]
    assert folds(20, 3) == [(0, 7), (7, 14), (14, 20)]
    pred = cross_validate(sents, 2, params=TrainParams(max_iterations=20))
    assert [len(p) for p in pred] == [len(s.tokens) for s in sents]


def test_bad_model_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        CRFModel.open(tmp_path / "absent.crfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        CRFModel.open(bad)


def test_cli_train_and_eval(tmp_path: Path, tiny_model: Any) -> None:
    runner = CliRunner()
    out = tmp_path / "m.crfsuite"
    res = runner.invoke(cli, ["train", "ner", "--conll", str(FIXTURE), "-o", str(out),
                              "--no-gazetteer", "--max-iterations", "30", "--holdout", "5"])
    assert res.exit_code == 0, res.output
    assert out.is_file() and out.with_suffix(".json").is_file()
    res = runner.invoke(cli, ["eval", "ner", "--conll", str(FIXTURE), "--model", str(out),
                              "--recognizer", "crf", "--no-kb", "--json",
                              "--tagset-map", "PERS=PER"])
    assert res.exit_code == 0, res.output
    assert '"micro"' in res.output
    res = runner.invoke(cli, ["eval", "ner", "--conll", str(FIXTURE), "--tagset-map", "PERS"])
    assert res.exit_code != 0


@pytest.mark.parametrize(
    ("word", "cue"),
    [
        ("دولارا", "c=Y"),  # currency
        ("بالدولار", "c=Y"),  # through the clitic-stripped stem
        ("الإسلام", "c=R"),  # religion
        ("الشيعة", "c=M"),  # community named as a group
        ("الأكراد", "c=M"),
    ],
)
def test_cue_classes_are_word_features(word: str, cue: str) -> None:
    assert cue in word_features(word)


def test_plain_words_get_no_new_cue_class() -> None:
    feats = word_features("الحكومة")
    assert not {"c=Y", "c=R", "c=M"} & set(feats)
