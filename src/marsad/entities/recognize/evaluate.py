"""Run recognisers on CoNLL sentences, and cross-validate them on a training file.

A CoNLL sentence is scored by joining its tokens with spaces, running a recogniser on
that text (as one sentence), projecting the mentions back onto the tokens and
scoring strict spans (:mod:`marsad.eval.ner`). Cross-validation uses contiguous
folds (news is sequential, so random folds would leak stories across folds); each
fold's CRF is trained on the other folds only, and the gazetteer comes from the KB,
never from the training file.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from marsad.arabic import Token, normalize
from marsad.entities.recognize.combine import Recognizer
from marsad.entities.recognize.crf import (
    CRFModel,
    TrainParams,
    _fold_job,
    _train_to,
    fold_splits,
    folds,
    jackknife_jobs,
    run_jobs,
    stage2_path,
    train_stage2_to,
)
from marsad.entities.recognize.gazetteer import Gazetteer
from marsad.entities.recognize.stacking import DOC_SENTENCES
from marsad.eval.ner import (
    ANERCORP_MAP,
    ConllSentence,
    Scores,
    join_tokens,
    mentions_to_tags,
    score,
)
from marsad.models import Mention

__all__ = [
    "DOC_SENTENCES",
    "MODES",
    "cross_validate_modes",
    "predict_conll",
    "score_recognizer",
]

MODES = ("crf", "gazetteer", "patterns", "crf+gazetteer", "default")
FindFn = Callable[[str, Sequence[tuple[int, int]]], list[Mention]]


def predict_conll(
    find: FindFn, sentences: Sequence[ConllSentence], doc_sentences: int = DOC_SENTENCES
) -> list[list[str]]:
    """IOB2 tags our recogniser gives each CoNLL sentence (labels as it names them).

    CoNLL files have no document ids: every ``doc_sentences`` consecutive sentences are
    read as one text (one sentence per line), as an article would be, so the
    document-level passes see their neighbours; 1 reads each sentence alone.
    """
    out: list[list[str]] = []
    step = max(1, doc_sentences)
    for first in range(0, len(sentences), step):
        block = sentences[first : first + step]
        parts, spans, offsets = [], [], []
        pos = 0
        for sent in block:
            text, offs = join_tokens(sent.tokens)
            parts.append(text)
            spans.append((pos, pos + len(text)))
            offsets.append([(s + pos, e + pos) for s, e in offs])
            pos += len(text) + 1
        mentions = find("\n".join(parts), spans)
        for (start, end), offs in zip(spans, offsets, strict=True):
            inside = [(m.start, m.end, m.label) for m in mentions
                      if m.start >= start and m.end <= end]
            out.append(mentions_to_tags(offs, inside))
    return out


def score_recognizer(
    find: FindFn,
    sentences: Sequence[ConllSentence],
    mapping: Mapping[str, str] = ANERCORP_MAP,
) -> Scores:
    pred = predict_conll(find, sentences)
    return score([s.tags for s in sentences], pred, mapping)


def recognizer_for(mode: str, gaz: Gazetteer | None, crf: CRFModel | None) -> Recognizer:
    if mode == "crf":
        return Recognizer(gazetteer=gaz, crf=crf, patterns=False, gazetteer_mentions=False)
    if mode == "gazetteer":
        return Recognizer(gazetteer=gaz, crf=None, patterns=False)
    if mode == "patterns":
        return Recognizer(gazetteer=gaz, crf=None, patterns=True, gazetteer_mentions=False)
    if mode == "crf+gazetteer":  # the default without the patterns
        return Recognizer(gazetteer=gaz, crf=crf, patterns=False)
    if mode == "default":
        return Recognizer(gazetteer=gaz, crf=crf, patterns=True)
    raise ValueError(f"unknown recogniser mode {mode!r} (known: {', '.join(MODES)})")


def _train_job(
    args: tuple[list[ConllSentence], list[list[str]] | None, str, TrainParams,
                list[list[str]] | None],
) -> str:
    """Train a first stage, or a second one when jackknifed first-stage tags are given."""
    train, gaz_tags, path, params, stage1 = args
    if stage1 is None:
        _train_to(train, gaz_tags, path, params)
    else:
        train_stage2_to(train, gaz_tags, stage1, str(stage2_path(path)), params)
    return path


def _train_folds(
    sents: list[ConllSentence], gaz_tags: list[list[str]] | None, k: int, tmp: str,
    params: TrainParams, stacked: int, workers: int,
) -> list[str]:
    """Each fold's model trained on the other folds (stacked: with its second stage,
    trained on tags jackknifed within those folds)."""
    jobs: list[tuple] = []  # type: ignore[type-arg]
    stage1: list[list[list[str]] | None] = [None] * k
    trains = [(train, tg) for _, _, train, tg in fold_splits(sents, gaz_tags, k)]
    if stacked:
        inner = [jackknife_jobs(train, tg, stacked, params) for train, tg in trains]
        flat = run_jobs(_fold_job, [j for fold in inner for j in fold], workers)
        for i in range(k):
            stage1[i] = [t for part in flat[i * stacked:(i + 1) * stacked] for t in part]
    for i, (train, tg) in enumerate(trains):
        path = str(Path(tmp) / f"fold{i}.crfsuite")
        jobs.append((train, tg, path, params, None))
        if stacked:
            jobs.append((train, tg, path, params, stage1[i]))
            meta = {"gazetteer": gaz_tags is not None, "stage2": stage2_path(path).name}
            Path(path).with_suffix(".json").write_text(json.dumps(meta))
    run_jobs(_train_job, jobs, workers)
    return [str(Path(tmp) / f"fold{i}.crfsuite") for i in range(k)]


def cross_validate_modes(
    sentences: Sequence[ConllSentence],
    k: int,
    gazetteer: Gazetteer | None,
    *,
    params: TrainParams | None = None,
    modes: Sequence[str] = MODES,
    workers: int = 1,
    mapping: Mapping[str, str] = ANERCORP_MAP,
    progress: Callable[[str], None] | None = None,
    stacked: int = 0,
) -> dict[str, Scores]:
    """K-fold strict-span scores of each recogniser mode on ``sentences``.

    ``stacked=J``: each fold's CRF is a stacked one, its second stage trained on tags
    jackknifed J-fold within the fold's training part (nothing of the fold is seen).
    """
    params = params or TrainParams()
    sents = list(sentences)
    gaz_tags = [gazetteer.tags([t.norm for t in _tok(s)]) for s in sents] if gazetteer else None
    spans = folds(len(sents), k)
    results = {m: Scores() for m in modes}
    with tempfile.TemporaryDirectory() as tmp:
        needs_crf = any("crf" in m or m == "default" for m in modes)
        paths: list[str] = []
        if needs_crf:
            if progress:
                progress(f"training {k} fold models" + (" (stacked)" if stacked else ""))
            paths = _train_folds(sents, gaz_tags, k, tmp, params, stacked, workers)
        for i, (start, end) in enumerate(spans):
            crf = None
            if needs_crf:
                crf = CRFModel.open(paths[i])
                crf.meta["gazetteer"] = gazetteer is not None
            for mode in modes:
                rec = recognizer_for(mode, gazetteer, crf)
                results[mode].add(score_recognizer(rec.find, sents[start:end], mapping))
            if progress:
                progress(f"fold {i + 1}/{k} scored")
    return results


def _tok(sent: ConllSentence) -> list[Token]:
    """The CoNLL tokens as :class:`Token` (the CRF is trained on the file's tokens)."""
    text, offsets = join_tokens(sent.tokens)
    return [Token(s, e, text[s:e], normalize(text[s:e])) for s, e in offsets]
