"""Quote evaluation: detection, content spans, kind, verb and speaker against a gold JSONL.

Gold format (one story a line)::

    {"id": "q001", "published": "2023-06-12", "text": "...",
     "mentions": [{"start": .., "end": .., "text": .., "label": "PER", "entity_id": ..}],
     "quotes": [{"start": .., "end": .., "text": .., "kind": "reported", "verb": "قال",
                 "speaker_text": "..", "speaker_id": "mrs:per:hakan-fidan" | null,
                 "speaker_start": .., "speaker_end": ..}]}

A predicted quote matches a gold quote when their content spans overlap by at least
half of the longer one (greedy, best overlap first). Detection precision / recall / F1
count matches; among matched quotes the content span (exact), kind, verb and speaker
are scored. A speaker is right when the ids agree if the gold has an id, else when the
speaker spans overlap (or both are empty).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.models import Article, Quote

__all__ = ["QuoteScore", "load_quote_gold", "score_quotes"]


@dataclass
class QuoteScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact_span: int = 0
    kind: int = 0
    verb: int = 0
    speaker: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, n: int) -> float:
        return n / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "exact_span": round(self.rate(self.exact_span), 4),
            "kind": round(self.rate(self.kind), 4), "verb": round(self.rate(self.verb), 4),
            "speaker": round(self.rate(self.speaker), 4),
        }


def load_quote_gold(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read gold file: {e}", str(p)) from e
    docs = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            for q in doc["quotes"]:
                if doc["text"][q["start"] : q["end"]] != q["text"]:
                    raise ValueError(f"span {q['start']}:{q['end']} is not {q['text']!r}")
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"line {n}: not a quote gold record ({e})", str(p)) from e
        docs.append(doc)
    return docs


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _speaker_ok(gold: dict[str, Any], pred: Quote) -> bool:
    if gold.get("speaker_id"):
        return pred.speaker_id == gold["speaker_id"]
    if not gold.get("speaker_text"):
        return not pred.speaker_text
    return pred.speaker_start >= 0 and _overlap(
        gold["speaker_start"], gold["speaker_end"], pred.speaker_start, pred.speaker_end
    ) > 0


def score_quotes(docs: Sequence[dict[str, Any]], predicted: Sequence[Article]) -> QuoteScore:
    score = QuoteScore()
    for doc, art in zip(docs, predicted, strict=True):
        golds, preds = list(doc["quotes"]), list(art.quotes)
        score.gold += len(golds)
        score.predicted += len(preds)
        pairs = []
        for gi, g in enumerate(golds):
            for pi, p in enumerate(preds):
                ov = _overlap(g["start"], g["end"], p.start, p.end)
                if ov * 2 >= max(g["end"] - g["start"], p.end - p.start):
                    pairs.append((ov, gi, pi))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = golds[gi], preds[pi]
            score.matched += 1
            score.exact_span += (p.start, p.end) == (g["start"], g["end"])
            score.kind += p.kind == g["kind"]
            score.verb += p.verb == g["verb"]
            ok = _speaker_ok(g, p)
            score.speaker += ok
            if not ok or p.kind != g["kind"] or p.verb != g["verb"]:
                score.errors.append({"doc": doc["id"], "quote": g["text"][:50],
                                     "gold": (g["kind"], g["verb"], g["speaker_text"]),
                                     "pred": (p.kind, p.verb, p.speaker_text)})
        for gi, g in enumerate(golds):
            if gi not in used_g:
                score.errors.append({"doc": doc["id"], "missed": g["text"][:60]})
        for pi, p in enumerate(preds):
            if pi not in used_p:
                score.errors.append({"doc": doc["id"], "spurious": p.text[:60]})
    return score
