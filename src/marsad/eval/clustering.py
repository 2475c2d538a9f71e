"""Pairwise evaluation of the same-story decision (SemEval-2022 Task 8 style pairs).

A pair is gold "same story" when its Overall score is <= ``same_max`` (1.5) and
"different" when >= ``diff_min`` (3); pairs in between are left out. marsad says
"same" when the pair is a near-duplicate (MinHash Jaccard >= the near-duplicate
threshold) or its story score reaches the story threshold — the decisions the
online clusterer makes. Document frequencies come from the texts of the file itself
(no labels are used), as they would from the store in a run.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.cluster.minhash import signature
from marsad.cluster.stories import DocumentFrequencies, content_terms, pair_score
from marsad.eval.scoring import PRFCounts
from marsad.settings import ClusterSettings
from marsad.store.textindex import index_terms

__all__ = ["ClusteringScores", "Pair", "evaluate_pairs", "read_pairs"]


@dataclass(frozen=True)
class Pair:
    id: str
    text1: str
    text2: str
    overall: float


@dataclass
class ClusteringScores(PRFCounts):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    skipped: int = 0
    scores: list[tuple[str, float, float, bool]] = field(default_factory=list)

    def as_dict(self) -> dict[str, float | int]:
        return {"pairs": self.tp + self.fp + self.fn + self.tn, "same": self.tp + self.fn,
                "different": self.fp + self.tn, "skipped": self.skipped, "tp": self.tp,
                "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def read_pairs(path: str | Path) -> list[Pair]:
    """Pairs with text: columns pair_id, text1, text2, Overall."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            Pair(row["pair_id"], row["text1"], row["text2"], float(row["Overall"]))
            for row in csv.DictReader(fh)
            if row.get("text1") and row.get("text2")
        ]


def _split(text: str) -> tuple[list[str], list[str]]:
    """(title terms, body terms): the samples give title + lead; the first line or first
    sentence stands for the title."""
    head, _, rest = text.strip().partition("\n")
    if not rest:
        cut = next((i for i, ch in enumerate(text) if ch in ".!?؟"), -1)
        head, rest = (text[: cut + 1], text[cut + 1 :]) if 0 < cut < 200 else ("", text)
    return index_terms(head), index_terms(rest)


def evaluate_pairs(
    pairs: list[Pair], settings: ClusterSettings | None = None, *, same_max: float = 1.5,
    diff_min: float = 3.0, entities: Callable[[str], set[str]] | None = None,
) -> ClusteringScores:
    s = settings or ClusterSettings()
    dfs = DocumentFrequencies()
    seen: set[str] = set()
    for p in pairs:
        for t in (p.text1, p.text2):
            if t not in seen:
                seen.add(t)
                dfs.add(content_terms(t))
    out = ClusteringScores()
    for p in pairs:
        if same_max < p.overall < diff_min:
            out.skipped += 1
            continue
        gold = p.overall <= same_max
        a, b = _split(p.text1), _split(p.text2)
        ents = (entities(p.text1), entities(p.text2)) if entities else (set(), set())
        score = pair_score(a, b, dfs, entities=ents)
        jac = float(signature(a[0] + a[1], s.minhash_perm).jaccard(
            signature(b[0] + b[1], s.minhash_perm)))
        said = score >= s.story_threshold or jac >= s.near_duplicate_threshold
        out.scores.append((p.id, score, p.overall, said))
        if said and gold:
            out.tp += 1
        elif said:
            out.fp += 1
        elif gold:
            out.fn += 1
        else:
            out.tn += 1
    return out
