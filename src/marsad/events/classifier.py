"""A sentence-level QuadClass classifier that assists the rules.

Character n-gram TF-IDF on the match form plus the counts of lexicon triggers per
PLOVER category and quad (the rules' view of the sentence), fed to a linear SVM. It is
fitted only on the UN QuadClass set (Osorio et al., MIT licence, "train or eval") and
predicts labels in the UN numbering (0 irrelevant, 1 verbal conflict, 2 material
conflict, 3 verbal cooperation, 4 material cooperation); :data:`UN_TO_QUAD` maps them
to marsad's quads. The rules stay the source of actors and provenance: the classifier
only labels a sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from marsad.arabic import normalize
from marsad.errors import ModelError
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.events.ontology import QUAD_TO_UN, load_ontology

__all__ = ["MODEL_FILE", "QuadClassifier", "cross_validate", "load_quad_classifier"]

log = logging.getLogger(__name__)

MODEL_FILE = "quadclass.joblib"
MAX_FEATURES = 60000
RULE_WEIGHT = 1.0


def rule_features(texts: Sequence[str], lexicon: Lexicon) -> sparse.csr_matrix:
    """log(1 + count) of trigger matches per category and per UN quad, plus "none"."""
    onto = load_ontology()
    cats = sorted(onto.categories)
    width = len(cats) + 5
    m = np.zeros((len(texts), width))
    for i, t in enumerate(texts):
        for match in lexicon.find(t):
            cat = match.trigger.category
            m[i, cats.index(cat)] += 1
            m[i, len(cats) + QUAD_TO_UN[onto.quad(cat)]] += 1
        if not m[i].any():
            m[i, len(cats)] = 1  # slot of UN label 0: no trigger at all
    return sparse.csr_matrix(np.log1p(m))


class QuadClassifier:
    """TF-IDF char n-grams + rule features → LinearSVC over the UN QuadClass labels."""

    def __init__(self, c: float = 0.5) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
            max_features=MAX_FEATURES, dtype=np.float32,
        )
        self.model = LinearSVC(C=c, class_weight="balanced")
        self.meta: dict[str, Any] = {}

    def _features(self, texts: Sequence[str], fit: bool) -> Any:
        norm = [normalize(t) for t in texts]
        chars = self.vectorizer.fit_transform(norm) if fit else self.vectorizer.transform(norm)
        rules = rule_features(norm, load_lexicon())
        return sparse.hstack([chars, RULE_WEIGHT * rules]).tocsr()

    def fit(self, texts: Sequence[str], labels: Sequence[int]) -> QuadClassifier:
        self.model.fit(self._features(texts, fit=True), np.asarray(labels))
        self.meta["n_train"] = len(texts)
        return self

    def predict(self, texts: Sequence[str]) -> list[int]:
        """UN QuadClass labels (0..4) for the texts."""
        if not texts:
            return []
        return [int(x) for x in self.model.predict(self._features(texts, fit=False))]

    def save(self, path: Path) -> None:
        import joblib

        joblib.dump({"vectorizer": self.vectorizer, "model": self.model, "meta": self.meta},
                    path, compress=3)

    @classmethod
    def load(cls, path: Path | Any) -> QuadClassifier:
        import joblib

        try:
            with open(path, "rb") as f:
                blob = joblib.load(f)
        except (OSError, ValueError, KeyError, EOFError) as e:
            raise ModelError(f"cannot load QuadClass model {path}: {e}") from e
        clf = cls()
        clf.vectorizer, clf.model, clf.meta = blob["vectorizer"], blob["model"], blob["meta"]
        return clf


def cross_validate(
    texts: Sequence[str], labels: Sequence[int], folds: int = 5, seed: int = 0
) -> list[int]:
    """Out-of-fold predictions (stratified K folds): an honest estimate on training data."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels)
    pred = np.zeros_like(y)
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=seed).split(
        np.zeros(len(y)), y
    ):
        clf = QuadClassifier().fit([texts[i] for i in train_idx], y[train_idx])
        pred[test_idx] = clf.predict([texts[i] for i in test_idx])
    return [int(x) for x in pred]


@lru_cache(maxsize=1)
def load_quad_classifier() -> QuadClassifier | None:
    """The shipped model, or None when it is not installed."""
    ref = resources.files("marsad.data").joinpath("events", MODEL_FILE)
    if not ref.is_file():
        log.info("no shipped QuadClass model (%s)", MODEL_FILE)
        return None
    with resources.as_file(ref) as path:
        return QuadClassifier.load(path)
