"""The CRF sequence labeller (python-crfsuite): training, cross-validation, tagging.

A model is a ``.crfsuite`` file with a JSON sidecar (same stem) that records how it
was trained (feature version, whether gazetteer features were used, the data, the
hyper-parameters, cross-validated scores). The shipped model lives in
``marsad/data/ner/`` (trained on ANERcorp, CC BY-SA 4.0: see the NOTICE there).

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

FEATURES_VERSION = 3
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
        if meta.get("features_version", FEATURES_VERSION) != FEATURES_VERSION:
            raise ModelError(
                f"{path}: trained with feature version {meta['features_version']}, "
                f"this marsad computes version {FEATURES_VERSION}; retrain it"
            )
        return cls(path, meta, tagger)

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

    def tag(self, tokens: Sequence[str], gazetteer_tags: Sequence[str] | None = None) -> list[str]:
        if not tokens:
            return []
        if self.uses_gazetteer and gazetteer_tags is None:
            gazetteer_tags = ["O"] * len(tokens)
        feats = sentence_features(
            tokens, gazetteer_tags if self.uses_gazetteer else None, self._word, self._known
        )
        return list(self._tagger.tag(feats))

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
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, sent in enumerate(sentences):
        g = gaz_tags[k] if gaz_tags is not None else None
        trainer.append(sentence_features(sent.tokens, g), list(sent.tags))
    trainer.set_params(params.crfsuite())
    trainer.train(out)


def train_crf(
    sentences: Sequence[ConllSentence],
    out: str | Path,
    *,
    gazetteer: GazTagger | None = None,
    params: TrainParams | None = None,
    meta: dict[str, Any] | None = None,
) -> CRFModel:
    """Train on CoNLL sentences, write ``out`` and its JSON sidecar, return the model."""
    params = params or TrainParams()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    gaz_tags = [gazetteer(_norms(s.tokens)) for s in sentences] if gazetteer else None
    _train_to(sentences, gaz_tags, str(out), params)
    info = {
        "features_version": FEATURES_VERSION,
        "gazetteer": gazetteer is not None,
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
    jobs = []
    for start, end in folds(len(sents), k):
        train = sents[:start] + sents[end:]
        train_gaz = (gaz[:start] + gaz[end:]) if gaz else None
        jobs.append((train, train_gaz, sents[start:end], gaz[start:end] if gaz else None, params))
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_fold_job, jobs))
    else:
        results = [_fold_job(j) for j in jobs]
    return [tags for fold in results for tags in fold]
