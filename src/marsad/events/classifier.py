"""A sentence-level QuadClass classifier that assists the rules.

Character n-gram TF-IDF on the match form, the counts of lexicon triggers per PLOVER
category and quad (the rules' view of the sentence) and hand-written cue counts
(:mod:`marsad.events.quad_cues`) feed a linear SVM; naive Bayes over word stems and
binary SVMs for the QuadClass factors add their views, and a logistic regression fitted
on the views' out-of-fold scores weighs them (:class:`QuadClassifier`). It is fitted
only on the UN QuadClass set (Osorio et al., MIT licence, "train or eval") and predicts
the labels of its training file, which number the classes alphabetically (0 irrelevant,
1 material conflict, 2 material cooperation, 3 verbal conflict, 4 verbal cooperation;
:data:`UN_FILE_TO_QUAD` in :mod:`marsad.events.ontology` maps them to marsad's quads).
The rules stay the source of actors and provenance: the classifier only labels a
sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from marsad.arabic import normalize
from marsad.errors import ModelError
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.events.ontology import QUAD_TO_UN, UN_FILE_TO_QUAD, load_ontology
from marsad.events.quad_cues import cue_features, stems

__all__ = [
    "MODEL_FILE",
    "QuadClassifier",
    "cross_validate",
    "load_quad_classifier",
    "near_duplicate_groups",
    "relevance_only",
]

log = logging.getLogger(__name__)

MODEL_FILE = "quadclass.joblib"
FORMAT = 2  # the saved blob's layout; 1 was the char-SVM-only model (2 may add a stacker)
MAX_FEATURES = 60000
NB_ALPHA = 0.3
NB_WEIGHT = 0.5
SIDE_WEIGHTS = {"conflict": 0.5, "verbal": 0.5, "relevant": 1.0}
SIDES = ("conflict", "verbal", "relevant")
STACK_FOLDS = 5  # inner folds whose out-of-fold view scores train the stacker
STACK_C = 1.0
DUPLICATE_THRESHOLD = 0.6  # cosine of char 3-5 grams above which two sentences are one


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


def dense_features(norm: Sequence[str]) -> np.ndarray:
    """The rule features and the cue features of match-form texts, side by side."""
    return np.hstack([rule_features(norm, load_lexicon()).toarray(), cue_features(norm)])


@dataclass
class _Rows:
    """Training rows in match form with their dense features, computed once and shared
    by the inner models of the stacker."""

    norm: list[str]
    y: np.ndarray
    dense: np.ndarray
    extra_norm: list[str]
    extra_relevant: np.ndarray
    extra_dense: np.ndarray | None

    @classmethod
    def of(cls, texts: Sequence[str], labels: Sequence[int], extra_texts: Sequence[str],
           extra_relevant: Sequence[int]) -> _Rows:
        norm = [normalize(t) for t in texts]
        extra = [normalize(t) for t in extra_texts]
        return cls(norm, np.asarray(labels), dense_features(norm), extra,
                   np.asarray(extra_relevant, dtype=int), dense_features(extra) if extra else None)

    def norm_at(self, idx: np.ndarray) -> list[str]:
        return [self.norm[i] for i in idx]

    def subset(self, idx: np.ndarray, groups: np.ndarray, held_out: set[int]) -> _Rows:
        """Rows ``idx``, and the extra rows whose group is not ``held_out``."""
        n = len(self.y)
        keep = [j for j in range(len(self.extra_norm)) if groups[n + j] not in held_out]
        extra_dense = self.extra_dense[keep] if keep and self.extra_dense is not None else None
        return _Rows(self.norm_at(idx), self.y[idx], self.dense[idx],
                     [self.extra_norm[j] for j in keep], self.extra_relevant[keep], extra_dense)


class QuadClassifier:
    """Linear views of a sentence whose scores a stacker combines.

    - a linear SVM over character n-grams (char_wb 2-5) plus the rule features and the
      cue features (:mod:`marsad.events.quad_cues`), one-vs-rest over the five labels;
    - complement naive Bayes over word 1-2 grams of clitic- and suffix-stripped stems,
      which votes at :data:`NB_WEIGHT` (it is weaker alone, but errs elsewhere);
    - the QuadClass factors as binary SVMs on the same features (:data:`SIDE_WEIGHTS`):
      conflict vs cooperation and verbal vs material, each fitted on all relevant
      sentences (so "conflict" pools both conflict quads), and relevant vs irrelevant,
      which may also learn from extra sentences labelled for relevance only. A margin
      pushes the labels on its side up and the others down. The factors read labels
      in the UN files' numbering (:data:`UN_FILE_TO_QUAD`; 0 irrelevant).

    The stacker is a multinomial logistic regression (balanced classes) over the views'
    scores (:meth:`_views`), fitted on out-of-fold scores from :attr:`stack_folds` inner
    folds of the training data, so it learns how far to trust each view from scores on
    sentences the views did not see, including a bias per class. Without it (too few
    rows, ``stack_folds=0``, or a model saved before it) the views are summed with the
    fixed weights above.
    """

    def __init__(self, c: float = 0.5, stack_folds: int = STACK_FOLDS) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.naive_bayes import ComplementNB

        self.c = c
        self.stack_folds = stack_folds
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
            max_features=MAX_FEATURES, dtype=np.float32,
        )
        self.words = TfidfVectorizer(
            analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2,
            token_pattern=r"\S+", dtype=np.float32,
        )
        self.svm = self._linear_svm()
        self.nb = ComplementNB(alpha=NB_ALPHA)
        self.sides: dict[str, Any] = {}
        self.stacker: Any = None
        self.meta: dict[str, Any] = {}

    def _linear_svm(self) -> Any:
        from sklearn.svm import LinearSVC

        return LinearSVC(C=self.c, class_weight="balanced", random_state=0)

    def _svm_x(self, norm: Sequence[str], fit: bool = False,
               dense: np.ndarray | None = None) -> Any:
        chars = self.chars.fit_transform(norm) if fit else self.chars.transform(norm)
        if dense is None:
            dense = dense_features(norm)
        return sparse.hstack([chars, sparse.csr_matrix(dense)]).tocsr()

    def _nb_x(self, norm: Sequence[str], fit: bool = False) -> Any:
        words = [stems(n) for n in norm]
        return self.words.fit_transform(words) if fit else self.words.transform(words)

    def fit(
        self, texts: Sequence[str], labels: Sequence[int],
        extra_texts: Sequence[str] = (), extra_relevant: Sequence[int] = (),
        duplicate_threshold: float = DUPLICATE_THRESHOLD,
    ) -> QuadClassifier:
        """Fit on labelled texts; ``extra_texts`` with 0/1 ``extra_relevant`` only teach
        the relevance factor. With :attr:`stack_folds` > 1 the views are also
        cross-validated inside the training data (near-duplicates grouped at
        ``duplicate_threshold``) and a logistic regression learns from their out-of-fold
        scores how to weigh them."""
        rows = _Rows.of(texts, labels, extra_texts, extra_relevant)
        self._fit_views(rows)
        self.stacker = None
        oof = self._out_of_fold_views(rows, duplicate_threshold) if self.stack_folds > 1 else None
        if oof is not None:
            from sklearn.linear_model import LogisticRegression

            self.stacker = LogisticRegression(
                C=STACK_C, class_weight="balanced", max_iter=3000).fit(oof, rows.y)
        self.meta.update(n_train=len(texts), n_extra=len(extra_texts),
                         stacked=self.stacker is not None)
        return self

    def _fit_views(self, rows: _Rows) -> None:
        x = self._svm_x(rows.norm, fit=True, dense=rows.dense)
        y = rows.y
        self.svm.fit(x, y)
        self.nb.fit(self._nb_x(rows.norm, fit=True), y)
        quads = [UN_FILE_TO_QUAD.get(int(label)) for label in y]
        relevant = np.array([q is not None for q in quads])
        self.sides = {}
        for side, quads_on_side in _SIDE_QUADS.items():
            target = np.array([q in quads_on_side for q in quads])[relevant]
            if 0 < target.sum() < len(target):
                self.sides[side] = self._linear_svm().fit(x[relevant], target)
        rel_x, rel_y = x, relevant
        if len(rows.extra_norm):
            extra_x = self._svm_x(rows.extra_norm, dense=rows.extra_dense)
            rel_x = sparse.vstack([x, extra_x]).tocsr()
            rel_y = np.concatenate([relevant, rows.extra_relevant.astype(bool)])
        if 0 < rel_y.sum() < len(rel_y):
            self.sides["relevant"] = self._linear_svm().fit(rel_x, rel_y)

    def _out_of_fold_views(self, rows: _Rows, duplicate_threshold: float) -> np.ndarray | None:
        """Each training row's views from a model fitted on the other folds, or None when
        the data are too few to split (fewer rows per label or groups than folds)."""
        k = self.stack_folds
        groups = _groups([*rows.norm, *rows.extra_norm], duplicate_threshold)
        n = len(rows.y)
        if np.unique(rows.y, return_counts=True)[1].min() < k or len(set(groups[:n])) < k:
            return None
        from sklearn.model_selection import StratifiedGroupKFold

        oof = np.zeros((n, 2 * len(np.unique(rows.y)) + len(SIDES)))
        for tr, te in StratifiedGroupKFold(k, shuffle=True, random_state=0).split(
                np.zeros(n), rows.y, groups[:n]):
            inner = QuadClassifier(self.c, stack_folds=0)
            inner._fit_views(rows.subset(tr, groups, set(groups[te])))
            if inner.labels != self.labels:
                return None
            oof[te] = inner._views(rows.norm_at(te), rows.dense[te])
        return oof

    def _views(self, norm: Sequence[str], dense: np.ndarray | None = None) -> np.ndarray:
        """The views' scores side by side: SVM and naive Bayes per label (standardised),
        then the factor margins (:data:`SIDES`; 0 for a factor not fitted)."""
        x = self._svm_x(norm, dense=dense)
        svm = self.svm.decision_function(x)
        if svm.ndim == 1:  # a two-label model gives one margin
            svm = np.column_stack([-svm, svm])
        nb = self.nb.predict_log_proba(self._nb_x(norm))
        sides = [self.sides[s].decision_function(x) if s in self.sides else np.zeros(len(norm))
                 for s in SIDES]
        return np.column_stack([_standardise(svm), _standardise(nb), *sides])

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per label (``self.labels``): higher is likelier.
        The stacker's log-probabilities, or the views' fixed-weight sum without one."""
        views = self._views([normalize(t) for t in texts])
        if self.stacker is not None:
            return np.asarray(self.stacker.predict_log_proba(views))
        n_labels = len(self.labels)
        total = views[:, :n_labels] + NB_WEIGHT * views[:, n_labels:2 * n_labels]
        for j, side in enumerate(SIDES):
            if side in self.sides:
                signs = np.array([_side_sign(side, label) for label in self.labels])
                total += SIDE_WEIGHTS[side] * np.outer(views[:, 2 * n_labels + j], signs)
        return total

    @property
    def labels(self) -> list[int]:
        return [int(x) for x in self.svm.classes_]

    def predict(self, texts: Sequence[str]) -> list[int]:
        """UN QuadClass labels (0..4) for the texts."""
        if not texts:
            return []
        labels = self.labels
        return [labels[i] for i in self.scores(texts).argmax(axis=1)]

    def save(self, path: Path) -> None:
        import joblib

        joblib.dump({"format": FORMAT, "chars": self.chars, "words": self.words,
                     "svm": self.svm, "nb": self.nb, "sides": self.sides,
                     "stacker": self.stacker, "meta": self.meta},
                    path, compress=3)

    @classmethod
    def load(cls, path: Path | Any) -> QuadClassifier:
        import joblib

        try:
            with open(path, "rb") as f:
                blob = joblib.load(f)
        except (OSError, ValueError, KeyError, EOFError) as e:
            raise ModelError(f"cannot load QuadClass model {path}: {e}") from e
        if not isinstance(blob, dict) or blob.get("format") != FORMAT:
            raise ModelError(f"{path}: not a QuadClass model of format {FORMAT}; retrain it "
                             "with `marsad train quadclass`")
        clf = cls()
        clf.chars, clf.words, clf.meta = blob["chars"], blob["words"], blob["meta"]
        clf.svm, clf.nb, clf.sides = blob["svm"], blob["nb"], blob["sides"]
        clf.stacker = blob.get("stacker")  # absent in models saved before the stacker
        return clf


# marsad quads on the positive side of each factor (1 verbal cooperation, 2 material
# cooperation, 3 verbal conflict, 4 material conflict)
_SIDE_QUADS = {"conflict": frozenset({3, 4}), "verbal": frozenset({1, 3})}


def _side_sign(side: str, label: int) -> int:
    """+1 when ``label`` lies on the factor's positive side, -1 on the other, else 0."""
    quad = UN_FILE_TO_QUAD.get(label)
    if side == "relevant":
        return -1 if quad is None else 0  # a relevant margin lowers "irrelevant" only
    if quad is None:
        return 0
    return 1 if quad in _SIDE_QUADS[side] else -1


def _standardise(scores: np.ndarray) -> np.ndarray:
    """Each row to mean 0, deviation 1, so margins and log-probabilities can be added."""
    centred = scores - scores.mean(axis=1, keepdims=True)
    return centred / (centred.std(axis=1, keepdims=True) + 1e-9)


def near_duplicate_groups(texts: Sequence[str], threshold: float = DUPLICATE_THRESHOLD
                          ) -> np.ndarray:
    """A group id per text: texts whose char 3-5 gram TF-IDF cosine reaches ``threshold``
    are linked, and linked texts share a group (UN documents repeat boilerplate)."""
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                        dtype=np.float32).fit_transform([normalize(t) for t in texts])
    sim = (x @ x.T).tocsr()
    sim.data[sim.data < threshold] = 0
    sim.eliminate_zeros()
    return connected_components(sim, directed=False)[1]


def _groups(texts: Sequence[str], threshold: float) -> np.ndarray:
    """Near-duplicate groups, or with ``threshold`` 0 groups of exact copies (match form)."""
    if threshold > 0:
        return near_duplicate_groups(texts, threshold)
    ids: dict[str, int] = {}
    return np.array([ids.setdefault(normalize(t), len(ids)) for t in texts])


def relevance_only(
    texts: Sequence[str], rel_texts: Sequence[str], rel_labels: Sequence[int]
) -> tuple[list[str], list[int]]:
    """The rows of a relevance set (text, 0/1) that are not among ``texts`` (the UN
    relevance file holds every QuadClass sentence too), as extra training rows."""
    known = {normalize(t) for t in texts}
    rows = [(t, int(r)) for t, r in zip(rel_texts, rel_labels, strict=True)
            if normalize(t) not in known]
    return [t for t, _ in rows], [r for _, r in rows]


def cross_validate(
    texts: Sequence[str], labels: Sequence[int], folds: int = 5, seed: int = 0,
    duplicate_threshold: float = DUPLICATE_THRESHOLD,
    extra_texts: Sequence[str] = (), extra_relevant: Sequence[int] = (),
    stack_folds: int = STACK_FOLDS,
) -> list[int]:
    """Out-of-fold predictions: an honest estimate on training data.

    Near-duplicates (:func:`near_duplicate_groups`) stay in one fold, so a sentence is
    never scored against its own copy, and an extra relevance-only sentence is left out
    of a fold's training when it copies one of that fold's test sentences;
    ``duplicate_threshold=0`` gives plain stratified folds (exact copies still left out)."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    y = np.asarray(labels)
    n = len(y)
    pred = np.zeros_like(y)
    groups = _groups([*texts, *extra_texts], duplicate_threshold)
    if duplicate_threshold > 0:
        log.info("%d near-duplicate groups among %d texts", len(set(groups)), len(groups))
        splits = StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(
            np.zeros(n), y, groups[:n])
    else:  # exact copies still share a group, for leaving extras out only
        splits = StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(n), y)
    for train_idx, test_idx in splits:
        held_out = set(groups[test_idx])
        extra = [j for j in range(len(extra_texts)) if groups[n + j] not in held_out]
        clf = QuadClassifier(stack_folds=stack_folds).fit(
            [texts[i] for i in train_idx], y[train_idx],
            [extra_texts[j] for j in extra], [extra_relevant[j] for j in extra],
            duplicate_threshold=duplicate_threshold)
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
