"""The CRF sequence labeller (python-crfsuite): training, cross-validation, tagging.

A model is a ``.crfsuite`` file with a JSON sidecar (same stem) that records how it
was trained (feature version, whether gazetteer features were used, the data, the
hyper-parameters, cross-validated scores). The shipped model lives in
``marsad/data/ner/`` (trained on ANERcorp, CC BY-SA 4.0: see the NOTICE there).

A stacked model (``"stage2"`` in the sidecar) has a second CRF next to it
(``NAME.stack.crfsuite``) that re-tags a document's sentences with the first stage's
labels of the same words elsewhere in the document (:mod:`.stacking`).

Tags are the training data's (ANERcorp: PERS, LOC, ORG, MISC in IOB2); mentions
use marsad labels (PERS → PER).
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.arabic import Token, normalize
from marsad.entities.recognize.crf_features import known_features, sentence_features
from marsad.entities.recognize.stacking import DOC_SENTENCES, document_features
from marsad.errors import ModelError
from marsad.eval.ner import ConllSentence, chunks
from marsad.models import Mention

__all__ = [
    "FEATURES_VERSION",
    "LABELS",
    "CRFModel",
    "TrainParams",
    "cross_validate",
    "default_model_path",
    "load_model",
    "tags_to_mentions",
    "train_crf",
]

log = logging.getLogger(__name__)

# 4: version 3's features, plus the second stage's document features (a version-3
# model is a single-stage one and computes the same features: still read)
# 5: version 4's, plus the cue classes currencies, religions and communities (an older
# model has no weights for them, so it tags as before: still read)
FEATURES_VERSION = 5
READS_VERSIONS = frozenset({3, 4, 5})
NAME = "ner.crf.v1"
# training-data types -> marsad labels
LABELS = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "GPE": "GPE"}

GazTagger = Callable[[Sequence[str]], list[str]]  # match-form tokens -> BIO tags


@dataclass(frozen=True, slots=True)
class TrainParams:
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 200
    minfreq: float = 1.0
    possible_transitions: bool = True

    def crfsuite(self) -> dict[str, Any]:
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.max_iterations,
            "feature.minfreq": self.minfreq,
            "feature.possible_transitions": self.possible_transitions,
        }


def default_model_path() -> Path:
    return Path(str(resources.files("marsad.data").joinpath("ner/anercorp.crfsuite")))


@dataclass
class CRFModel:
    """A trained CRF with its metadata."""

    path: Path
    meta: dict[str, Any] = field(default_factory=dict)
    _tagger: Any = None
    second: CRFModel | None = None  # the stacked second stage, if any

    @classmethod
    def open(cls, path: str | Path) -> CRFModel:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"CRF model not found: {path}")
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except Exception as e:
            raise ModelError(f"{path}: not a CRFsuite model: {e}") from e
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        if meta.get("features_version", FEATURES_VERSION) not in READS_VERSIONS:
            raise ModelError(
                f"{path}: trained with feature version {meta['features_version']}, "
                f"this marsad computes version {FEATURES_VERSION}; retrain it"
            )
        model = cls(path, meta, tagger)
        if meta.get("stage2"):
            second = cls.open(path.with_name(meta["stage2"]))
            second.meta = {"gazetteer": meta.get("gazetteer", False)}
            model.second = second
        return model

    @cached_property
    def _known(self) -> frozenset[str]:
        """The model's attributes (features it has weights for)."""
        return frozenset(self._tagger.info().attributes)

    @cached_property
    def _word(self) -> Callable[[str], Any]:
        """Word features cut to the model's attributes, cached per model (speed only)."""
        known = self._known
        return lru_cache(maxsize=200_000)(lambda text: known_features(text, known))

    @property
    def uses_gazetteer(self) -> bool:
        return bool(self.meta.get("gazetteer", False))

    def tag(
        self,
        tokens: Sequence[str],
        gazetteer_tags: Sequence[str] | None = None,
        extra: Sequence[Sequence[str]] | None = None,
    ) -> list[str]:
        """IOB tags of one sentence; ``extra``: more features per token (second stage)."""
        if not tokens:
            return []
        if self.uses_gazetteer and gazetteer_tags is None:
            gazetteer_tags = ["O"] * len(tokens)
        feats = sentence_features(
            tokens, gazetteer_tags if self.uses_gazetteer else None, self._word, self._known
        )
        return list(self._tagger.tag(_with_extra(feats, extra)))

    def tag_document(
        self,
        sentences: Sequence[Sequence[str]],
        gazetteer_tags: Sequence[Sequence[str] | None] | None = None,
    ) -> list[list[str]]:
        """IOB tags of a document's sentences: first stage, then the second if stacked."""
        gaz = list(gazetteer_tags) if gazetteer_tags is not None else [None] * len(sentences)
        tags = [self.tag(toks, g) for toks, g in zip(sentences, gaz, strict=True)]
        if self.second is None:
            return tags
        extra, retag = document_features(sentences, tags, every=False)
        for i, redo in enumerate(retag):
            if redo:
                tags[i] = self.second.tag(sentences[i], gaz[i], extra[i])
        return tags

    def mentions(
        self,
        text: str,
        tokens: Sequence[Token],
        gazetteer_tags: Sequence[str] | None = None,
    ) -> list[Mention]:
        """Mentions over ``tokens`` (offsets into ``text``)."""
        return tags_to_mentions(text, tokens, self.tag([t.text for t in tokens], gazetteer_tags))


def tags_to_mentions(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[Mention]:
    """The CRF's IOB tags over ``tokens`` as mentions (training types → marsad labels)."""
    out = []
    for start, end, typ in chunks(tags):
        s, e = tokens[start].start, tokens[end - 1].end
        out.append(Mention(s, e, LABELS.get(typ, typ), text[s:e], NAME))
    return out


@lru_cache(maxsize=4)
def load_model(path: str = "") -> CRFModel:
    """The model at ``path`` (the shipped one when empty), opened once."""
    return CRFModel.open(path or default_model_path())


def _norms(tokens: Sequence[str]) -> list[str]:
    return [normalize(t) for t in tokens]


def _train_to(
    sentences: Sequence[ConllSentence],
    gaz_tags: Sequence[Sequence[str]] | None,
    out: str,
    params: TrainParams,
    extra: Sequence[Sequence[Sequence[str]]] | None = None,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, sent in enumerate(sentences):
        g = gaz_tags[k] if gaz_tags is not None else None
        feats = sentence_features(sent.tokens, g)
        trainer.append(_with_extra(feats, extra[k] if extra is not None else None),
                       list(sent.tags))
    trainer.set_params(params.crfsuite())
    trainer.train(out)


def _with_extra(
    feats: list[list[str]], extra: Sequence[Sequence[str]] | None
) -> list[list[str]]:
    """Each token's features, with its second-stage document features appended."""
    if extra is not None:
        for fs, more in zip(feats, extra, strict=True):
            fs.extend(more)
    return feats


def stage2_path(out: str | Path) -> Path:
    """Where a stacked model's second stage lives: ``NAME.stack.crfsuite`` next to it."""
    out = Path(out)
    return out.with_name(out.stem + ".stack.crfsuite")


def stage2_features(
    sentences: Sequence[ConllSentence], tags: Sequence[Sequence[str]],
    doc_sentences: int = DOC_SENTENCES,
) -> list[list[list[str]]]:
    """Document features of first-stage ``tags``, reading ``doc_sentences`` as a text."""
    out: list[list[list[str]]] = []
    for first in range(0, len(sentences), doc_sentences):
        block = range(first, min(first + doc_sentences, len(sentences)))
        feats, _ = document_features([sentences[i].tokens for i in block],
                                     [tags[i] for i in block])
        out.extend(feats)
    return out


def train_stage2_to(
    sentences: Sequence[ConllSentence],
    gaz_tags: Sequence[Sequence[str]] | None,
    stage1_tags: Sequence[Sequence[str]],
    out: str,
    params: TrainParams,
) -> None:
    """Train the second stage on first-stage tags that were jackknifed (see .stacking)."""
    _train_to(sentences, gaz_tags, out, params, stage2_features(sentences, stage1_tags))


def train_crf(
    sentences: Sequence[ConllSentence],
    out: str | Path,
    *,
    gazetteer: GazTagger | None = None,
    params: TrainParams | None = None,
    meta: dict[str, Any] | None = None,
    stacked: int = 0,
    workers: int = 1,
) -> CRFModel:
    """Train on CoNLL sentences, write ``out`` and its JSON sidecar, return the model.

    ``stacked=K`` also trains the second stage on K-fold jackknifed first-stage tags.
    """
    params = params or TrainParams()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    gaz_tags = [gazetteer(_norms(s.tokens)) for s in sentences] if gazetteer else None
    second: dict[str, Any] = {}
    if stacked:
        s1 = jackknife(sentences, gaz_tags, stacked, params, workers)
        train_stage2_to(sentences, gaz_tags, s1, str(stage2_path(out)), params)
        second = {"stage2": stage2_path(out).name, "stage2_jackknife": stacked,
                  "stage2_doc_sentences": DOC_SENTENCES}
    else:
        stage2_path(out).unlink(missing_ok=True)
    _train_to(sentences, gaz_tags, str(out), params)
    info = {
        "features_version": FEATURES_VERSION,
        "gazetteer": gazetteer is not None,
        **second,
        "sentences": len(sentences),
        "tokens": sum(len(s.tokens) for s in sentences),
        "params": params.crfsuite(),
        **(meta or {}),
    }
    out.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    return CRFModel.open(out)


def _fold_job(
    args: tuple[list[ConllSentence], list[list[str]] | None, list[ConllSentence],
                list[list[str]] | None, TrainParams],
) -> list[list[str]]:
    train, train_gaz, test, test_gaz, params = args
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "fold.crfsuite")
        _train_to(train, train_gaz, path, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        out = []
        for k, sent in enumerate(test):
            g = test_gaz[k] if test_gaz is not None else None
            out.append(list(tagger.tag(sentence_features(sent.tokens, g))))
        tagger.close()
    return out


def folds(n: int, k: int) -> list[tuple[int, int]]:
    """Contiguous folds ``[(start, end), ...]`` over ``n`` sentences (news is sequential)."""
    size, extra = divmod(n, k)
    out, start = [], 0
    for i in range(k):
        end = start + size + (1 if i < extra else 0)
        out.append((start, end))
        start = end
    return out


def cross_validate(
    sentences: Sequence[ConllSentence],
    k: int = 5,
    *,
    gazetteer: GazTagger | None = None,
    params: TrainParams | None = None,
    workers: int = 1,
) -> list[list[str]]:
    """Predicted tags for every sentence, each from a model that did not see its fold."""
    params = params or TrainParams()
    sents = list(sentences)
    gaz = [gazetteer(_norms(s.tokens)) for s in sents] if gazetteer else None
    return jackknife(sents, gaz, k, params, workers)


def fold_splits(
    sents: Sequence[ConllSentence], gaz: Sequence[list[str]] | None, k: int,
) -> list[tuple[int, int, list[ConllSentence], list[list[str]] | None]]:
    """Per contiguous fold: its span and the other folds' sentences and gazetteer tags."""
    sl = list(sents)
    gl = list(gaz) if gaz is not None else None
    return [(start, end, sl[:start] + sl[end:], (gl[:start] + gl[end:]) if gl else None)
            for start, end in folds(len(sl), k)]


def run_jobs(fn: Callable[[Any], Any], jobs: Sequence[Any], workers: int) -> list[Any]:
    """``fn`` over ``jobs``, in ``workers`` processes when more than one."""
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(fn, jobs))
    return [fn(j) for j in jobs]


def jackknife_jobs(
    sents: Sequence[ConllSentence], gaz: Sequence[list[str]] | None, k: int, params: TrainParams,
) -> list[Any]:
    """One :func:`_fold_job` per contiguous fold (train on the others, tag the fold)."""
    return [(train, train_gaz, list(sents[start:end]),
             list(gaz[start:end]) if gaz is not None else None, params)
            for start, end, train, train_gaz in fold_splits(sents, gaz, k)]


def jackknife(
    sents: Sequence[ConllSentence], gaz: Sequence[list[str]] | None, k: int,
    params: TrainParams, workers: int = 1,
) -> list[list[str]]:
    """First-stage tags of every sentence from a model that did not see its fold."""
    results = run_jobs(_fold_job, jackknife_jobs(sents, gaz, k, params), workers)
    return [tags for fold in results for tags in fold]
