"""Linking evaluation: entity ids, groups and actor codes against a gold JSONL.

Gold format (one story a line)::

    {"id": "g001", "published": "2023-03-16", "text": "...",
     "mentions": [{"start": 8, "end": 21, "text": "الرئيس الروسي", "label": "AGENT",
                   "entity_id": "Q7747", "actor_code": "RUSGOV"},
                  {"start": 90, "end": 97, "text": "الزعيمان", "label": "AGENT",
                   "group": ["Q44329", "Q7747"]}, ...]}

A key that is absent is not scored; ``null`` expects *no* entity (an agent such as
الجيش التركي) or no actor code. Two modes:

- ``gold``: the linker gets the gold spans and labels (no ids) — linking alone;
- ``pipeline``: the recogniser finds the mentions itself; a gold mention is matched
  to the predicted mention with the same span, else the one overlapping it most.

A mention counts as correct when every scored field is right; entity, group and
actor-code accuracies are reported separately as well, per label too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.models import Article, Mention

__all__ = [
    "GoldDoc",
    "LinkingScore",
    "gold_articles",
    "load_gold",
    "match_mention",
    "score_linking",
]


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    published: str | None
    mentions: tuple[dict[str, Any], ...]


@dataclass
class Tally:
    total: int = 0
    correct: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class LinkingScore:
    mentions: Tally = field(default_factory=Tally)  # all scored fields right
    entity: Tally = field(default_factory=Tally)
    group: Tally = field(default_factory=Tally)
    actor_code: Tally = field(default_factory=Tally)
    found: Tally = field(default_factory=Tally)  # pipeline mode: a predicted span matched
    by_label: dict[str, Tally] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def t(x: Tally) -> dict[str, Any]:
            return {"total": x.total, "correct": x.correct, "accuracy": round(x.accuracy, 4)}

        return {
            "mentions": t(self.mentions),
            "entity": t(self.entity),
            "group": t(self.group),
            "actor_code": t(self.actor_code),
            "found": t(self.found),
            "by_label": {k: t(v) for k, v in sorted(self.by_label.items())},
        }


def load_gold(path: str | Path) -> list[GoldDoc]:
    docs = []
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read gold file: {e}", str(p)) from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            doc = GoldDoc(rec["id"], rec["text"], rec.get("published"), tuple(rec["mentions"]))
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"line {n}: not a gold record ({e})", str(p)) from e
        for m in doc.mentions:
            if doc.text[m["start"] : m["end"]] != m["text"]:
                raise InputError(f"line {n}: span {m['start']}:{m['end']} is not {m['text']!r}",
                                 str(p))
        docs.append(doc)
    return docs


def _published(day: str | None) -> datetime | None:
    if not day:
        return None
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def gold_articles(docs: Iterable[GoldDoc], with_mentions: bool) -> list[Article]:
    """Articles for the linker: with the gold spans (no ids) or bare text."""
    out = []
    for d in docs:
        mentions: tuple[Mention, ...] = ()
        if with_mentions:
            mentions = tuple(
                Mention(m["start"], m["end"], m["label"], m["text"], "gold") for m in d.mentions
            )
        out.append(Article(id=d.id, text=d.text, published=_published(d.published),
                           mentions=mentions))
    return out


def match_mention(gold: dict[str, Any], predicted: Sequence[Mention]) -> Mention | None:
    """The predicted mention for a gold span: same span, else the largest overlap."""
    best, best_overlap = None, 0
    for m in predicted:
        if (m.start, m.end) == (gold["start"], gold["end"]):
            return m
        overlap = min(m.end, gold["end"]) - max(m.start, gold["start"])
        if overlap > best_overlap or (overlap == best_overlap and best is not None
                                      and m.entity_id and not best.entity_id):
            best, best_overlap = m, overlap
    return best if best_overlap > 0 else None


def score_linking(
    docs: Sequence[GoldDoc],
    predicted: Sequence[Article],
) -> LinkingScore:
    """Score linked articles (same order as ``docs``) against the gold mentions."""
    score = LinkingScore()
    for doc, art in zip(docs, predicted, strict=True):
        for g in doc.mentions:
            m = match_mention(g, art.mentions)
            score.found.add(m is not None)
            pred_id = m.entity_id if m else None
            pred_group = tuple(m.group) if m else ()
            pred_code = m.actor_code if m else None
            oks = []
            if "entity_id" in g:
                ok = pred_id == g["entity_id"]
                score.entity.add(ok)
                oks.append(ok)
            if "group" in g:
                ok = set(pred_group) == set(g["group"])
                score.group.add(ok)
                oks.append(ok)
            if "actor_code" in g:
                ok = pred_code == g["actor_code"]
                score.actor_code.add(ok)
                oks.append(ok)
            if not oks:
                continue
            all_ok = all(oks)
            score.mentions.add(all_ok)
            score.by_label.setdefault(g["label"], Tally()).add(all_ok)
            if not all_ok:
                score.errors.append({
                    "doc": doc.id, "text": g["text"], "label": g["label"],
                    "gold": g.get("entity_id", g.get("group")), "gold_code": g.get("actor_code"),
                    "pred": pred_id if not pred_group else list(pred_group),
                    "pred_code": pred_code, "pred_span": m.text if m else None,
                })
    return score
