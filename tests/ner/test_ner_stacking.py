"""The stacked CRF: document features of first-stage tags, training, tagging, CV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.entities.recognize.combine import Recognizer
from marsad.entities.recognize.crf import CRFModel, TrainParams, stage2_path, train_crf
from marsad.entities.recognize.evaluate import cross_validate_modes
from marsad.entities.recognize.stacking import document_features
from marsad.errors import ModelError
from marsad.eval.ner import join_tokens, read_conll

FIXTURE = Path(__file__).resolve().parent / "data" / "news_fixture.conll"


def test_word_named_elsewhere_gets_its_type_and_is_retagged() -> None:
    tokens = [
        ["قال", "الروائي", "نجيب", "محفوظ", "إن", "الرواية", "اكتملت"],
        ["وأضاف", "محفوظ", "أن", "الرواية", "تأخرت"],
        ["وكان", "لمحفوظ", "رأي"],
    ]
    tags = [
        ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"],
        ["O", "O", "O", "O", "O"],
        ["O", "B-PERS", "O"],
    ]
    feats, retag = document_features(tokens, tags)
    # محفوظ: PERS in sentence 0 and (as لمحفوظ) in 2, O in 1
    assert feats[1][1] == ["dt=PERS", "dm=PERS"]  # both other occurrences are PERS
    assert feats[0][3] == ["dt=PERS"]  # one PERS, one O: not a majority
    assert feats[0][5] == ["dO"]  # الرواية: elsewhere, never in a name
    assert feats[0][0] == []  # قال: nowhere else
    assert retag == [False, True, False]  # sentence 1 leaves out a word named elsewhere


def test_most_frequent_type_wins() -> None:
    tokens = [["زار", "كافنديش"], ["وقال", "كافنديش"], ["ورد", "كافنديش"], ["في", "كافنديش"],
              ["من", "كافنديش"]]
    tags = [["O", "B-ORG"], ["O", "B-ORG"], ["O", "B-PERS"], ["O", "O"], ["O", "O"]]
    feats, retag = document_features(tokens, tags)
    assert feats[3][1] == ["dt=ORG"]  # ORG twice of four others: not a majority
    assert feats[2][1] == ["dt=ORG"]
    assert feats[4][1] == ["dt=ORG"]
    assert retag == [False] * 5  # no majority elsewhere: nothing to correct
    feats, retag = document_features(tokens[:4], tags[:4])
    assert feats[3][1] == ["dt=ORG", "dm=ORG"]  # two of three
    assert feats[2][1] == ["dt=ORG", "dm=ORG"]
    assert retag == [False, False, True, True]  # PERS and O where most others say ORG


def test_multiword_name_found_again_is_marked() -> None:
    tokens = [["أعلن", "البنك", "التجاري", "أرباحه"], ["وقال", "البنك", "التجاري", "إن"]]
    tags = [["O", "B-ORG", "I-ORG", "O"], ["O", "O", "O", "O"]]
    feats, retag = document_features(tokens, tags)
    assert "de=B-ORG" in feats[1][1] and "de=I-ORG" in feats[1][2]
    assert not any(f.startswith("de=") for fs in feats[0] for f in fs)  # itself
    assert retag == [False, True]


def test_agreeing_document_is_not_retagged() -> None:
    tokens = [["زار", "بوتين", "دمشق"], ["وغادر", "بوتين", "دمشق"]]
    tags = [["O", "B-PER", "B-LOC"], ["O", "B-PER", "B-LOC"]]
    assert document_features(tokens, tags)[1] == [False, False]


@pytest.fixture(scope="module")
def stacked(tmp_path_factory: pytest.TempPathFactory) -> CRFModel:
    path = tmp_path_factory.mktemp("stack") / "s.crfsuite"
    return train_crf(read_conll(FIXTURE), path, params=TrainParams(max_iterations=40),
                     stacked=2)


def test_stacked_model_files_and_metadata(stacked: CRFModel) -> None:
    assert stacked.meta["stage2"] == "s.stack.crfsuite"
    assert stacked.meta["stage2_jackknife"] == 2
    assert stage2_path(stacked.path).is_file()
    assert stacked.second is not None
    # the second stage learned weights for the document features
    assert any(a.startswith("dt=") for a in stacked.second._known)
    assert not any(a.startswith("dt=") for a in stacked._known)


def test_stacked_tagging_runs_the_second_stage_where_told(stacked: CRFModel) -> None:
    sents = read_conll(FIXTURE)[:20]
    toks = [s.tokens for s in sents]
    first = [stacked.tag(t) for t in toks]
    both = stacked.tag_document(toks)
    _, retag = document_features(toks, first)
    assert len(both) == len(toks)
    for i, redo in enumerate(retag):
        if not redo:
            assert both[i] == first[i]
    # the recogniser uses the document tagging (no consistency pass, CRF mentions only)
    rec = Recognizer(crf=stacked, patterns=False, consistency=False)
    texts = [join_tokens(t)[0] for t in toks]
    text = "\n".join(texts)
    spans, pos = [], 0
    for t in texts:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    n_tags = sum(1 for tags in both for t in tags if t.startswith("B-"))
    assert len(rec.find(text, spans)) == n_tags


def test_single_stage_training_removes_a_stale_second_stage(
    stacked: CRFModel, tmp_path: Path
) -> None:
    path = tmp_path / "s.crfsuite"
    stage2_path(path).write_bytes(stage2_path(stacked.path).read_bytes())
    model = train_crf(read_conll(FIXTURE)[:10], path, params=TrainParams(max_iterations=5))
    assert model.second is None and not stage2_path(path).exists()


def test_feature_versions_read(stacked: CRFModel, tmp_path: Path) -> None:
    meta = json.loads(stacked.path.with_suffix(".json").read_text())
    assert meta["features_version"] == 5
    for version, ok in ((4, True), (3, True), (2, False)):
        path = tmp_path / f"v{version}.crfsuite"
        path.write_bytes(stacked.path.read_bytes())
        path.with_suffix(".json").write_text(json.dumps({"features_version": version}))
        if ok:
            assert CRFModel.open(path).second is None
        else:
            with pytest.raises(ModelError):
                CRFModel.open(path)


def test_stacked_cross_validation() -> None:
    sents = read_conll(FIXTURE)
    res = cross_validate_modes(sents, 2, None, params=TrainParams(max_iterations=20),
                               modes=("crf",), stacked=2)
    micro = res["crf"].micro
    assert micro.tp + micro.fn == sum(1 for s in sents for t in s.tags if t.startswith("B-"))
    assert micro.tp > 0
