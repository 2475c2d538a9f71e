"""Scoring the event coder: sentence detection, actor spans, QuadClass, and marsad's gold.

Pure functions over files in the public formats:

- detection CSVs (the OEDA Arabic GSR ``*_detection.csv`` layout: ``label`` in yes /
  easy no / difficult no / ambiguous; ambiguous rows are left out);
- span JSON (the GSR ``*_spans.json`` layout: ``source_role`` / ``target_role`` with
  ``main`` country and ``role`` sector per annotated span);
- QuadClass TSV (the UN QuadClass layout: text, label 0..4 in UN numbering);
- marsad's own gold JSONL (``tests/events/gold_events.jsonl``).

``analyze`` is any callable turning one text into an :class:`Article` with events, so
the same scorers run on the rule coder alone or on the full pipeline.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marsad.arabic import PROCLITICS, split_sentences
from marsad.errors import InputError
from marsad.eval.scoring import PRFCounts
from marsad.events.actors import SECTORS, UNKNOWN
from marsad.events.coder import Coder
from marsad.models import Article, Mention, TimeExpression

__all__ = [
    "COUNTED",
    "PRF",
    "Analyzer",
    "coder_analyzer",
    "gold_article",
    "load_gold",
    "macro_f1",
    "score_detection",
    "score_gold",
    "score_quadclass",
    "score_spans",
]

Analyzer = Callable[[str], Article]
# statuses that report a new event as having happened: the issue's "only asserted events
# count" (background, claims, denials, plans and conditions are kept but flagged)
COUNTED = frozenset({"asserted"})


@dataclass
class PRF(PRFCounts):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def coder_analyzer(coder: Coder | None = None) -> Analyzer:
    """Rules only: sentences split here, no mentions (actors stay unknown)."""
    coder = coder or Coder()

    def run(text: str) -> Article:
        a = Article(id="eval", text=text, sentences=tuple(split_sentences(text)))
        return a.replace(events=tuple(coder.code(a)))

    return run


# -- (a) detection ------------------------------------------------------------------


def read_detection(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}", str(path)) from e
    if rows and not {"label", "text"} <= set(rows[0]):
        raise InputError(f"{path}: expected columns label and text", str(path))
    return rows


def score_detection(
    rows: Iterable[dict[str, str]],
    analyze: Analyzer,
    category: str | None = None,
    counted: frozenset[str] = COUNTED,
) -> dict[str, Any]:
    """P/R/F1 of "does the sentence report a <category>?" (ambiguous rows excluded)."""
    prf = PRF()
    by_label: Counter[str] = Counter()
    hits_by_label: Counter[str] = Counter()
    for row in rows:
        label = row["label"].strip().lower()
        if label == "ambiguous":
            continue
        cat = (category or row.get("event_type") or "").upper()
        article = analyze(row["text"])
        predicted = any(e.category == cat and e.status in counted for e in article.events)
        gold = label == "yes"
        by_label[label] += 1
        hits_by_label[label] += predicted
        if predicted and gold:
            prf.tp += 1
        elif predicted:
            prf.fp += 1
        elif gold:
            prf.fn += 1
    out: dict[str, Any] = dict(prf.as_dict())
    out["positives_by_label"] = {k: f"{hits_by_label[k]}/{n}" for k, n in by_label.items()}
    return out


# -- (b) spans ----------------------------------------------------------------------


def _split_code(code: str) -> tuple[str | None, str | None]:
    if not code or code == UNKNOWN:
        return None, None
    if len(code) == 3 and code.isalpha() and code.isupper() and code not in SECTORS:
        return code, None
    if code[:3] == "IGO":  # GSR codes intergovernmental actors as main "IGO"
        return "IGO", (code[3:6] or None)
    if code[:3] in SECTORS:
        return None, code[:3]
    return code[:3], (code[3:6] or None)




def _gold_value(v: Any) -> str | None:
    v = (v or "").strip() if isinstance(v, str) else None
    return None if not v or v.lower() == "none" else v.upper()


def score_spans(records: Sequence[dict[str, Any]], analyze: Analyzer) -> dict[str, Any]:
    """Agreement of the first coded event's actor / recipient country and sector with
    any annotator's span coding, over sentences where the event was detected."""
    agree: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    given: Counter[str] = Counter()
    detected = 0
    for rec in records:
        cat = rec.get("event_type", "").upper()
        article = analyze(rec["text"])
        events = [e for e in article.events if e.category == cat]
        if not events:
            continue
        detected += 1
        ev = events[0]
        src = _split_code(ev.actors[0].code) if ev.actors else (None, None)
        tgt = _split_code(ev.recipients[0].code) if ev.recipients else (None, None)
        for side, (country, sector) in (("source", src), ("target", tgt)):
            golds = [s.get(f"{side}_role") for s in rec.get("spans", [])]
            golds = [g for g in golds if isinstance(g, dict)]  # a few are the string UNKNOWN
            g_countries = {_gold_value(g.get("main")) for g in golds} - {None}
            g_sectors = {_gold_value(g.get("role")) for g in golds} - {None}
            if g_countries:
                asked[f"{side}_country"] += 1
                agree[f"{side}_country"] += country in g_countries
                given[f"{side}_country"] += country is not None
            if g_sectors:
                asked[f"{side}_sector"] += 1
                agree[f"{side}_sector"] += sector in g_sectors
                given[f"{side}_sector"] += sector is not None
    out: dict[str, Any] = {"records": len(records), "detected": detected}
    for key in sorted(asked):
        # given: how often the coder had any value where an annotator gave one
        out[key] = {"agree": agree[key], "of": asked[key], "given": given[key],
                    "rate": round(agree[key] / asked[key], 4)}
    return out


# -- (c) QuadClass ------------------------------------------------------------------


def read_quadclass(path: Path) -> tuple[list[str], list[int]]:
    texts: list[str] = []
    labels: list[int] = []
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f, delimiter="\t")
            header = next(reader, None)
            for row in reader:
                if len(row) < 2 or not row[1].strip().isdigit():
                    continue
                texts.append(row[0])
                labels.append(int(row[1]))
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}", str(path)) from e
    if header is None or not texts:
        raise InputError(f"{path}: no labelled rows", str(path))
    return texts, labels


def macro_f1(gold: Sequence[int], pred: Sequence[int]) -> tuple[float, dict[int, float]]:
    labels = sorted(set(gold))
    per: dict[int, float] = {}
    for lab in labels:
        prf = PRF()
        for g, p in zip(gold, pred, strict=True):
            prf.tp += g == lab and p == lab
            prf.fp += g != lab and p == lab
            prf.fn += g == lab and p != lab
        per[lab] = round(prf.f1, 4)
    return (sum(per.values()) / len(per) if per else 0.0), per


def score_quadclass(gold: Sequence[int], pred: Sequence[int]) -> dict[str, Any]:
    macro, per = macro_f1(gold, pred)
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    return {"macro_f1": round(macro, 4), "accuracy": round(acc, 4), "per_class_f1": per,
            "n": len(gold)}


# -- (d) marsad gold ----------------------------------------------------------------


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}", str(path)) from e
    return [json.loads(ln) for ln in lines if ln.strip()]


def _find_all(text: str, sub: str) -> Iterable[int]:
    """Whole-word occurrences of ``sub`` (a proclitic before it is allowed)."""
    i = text.find(sub)
    while i >= 0:
        end = i + len(sub)
        tok = i
        while tok > 0 and text[tok - 1].isalpha():
            tok -= 1
        if (end == len(text) or not text[end].isalpha()) and text[tok:i] in _CLITICS:
            yield i
        i = text.find(sub, end)


_CLITICS = frozenset({"", *PROCLITICS, "ل"})


def gold_article(item: dict[str, Any]) -> Article:
    """An article from a gold item, with its hand-given mentions and time expressions."""
    text = item["text"]
    mentions: list[Mention] = []
    for surface, label, eid, code in item.get("mentions", []):
        for i in _find_all(text, surface):
            mentions.append(Mention(i, i + len(surface), label, surface, "gold", eid, code))
    mentions.sort(key=lambda m: (m.start, -m.end))
    timexes = []
    for surface, value, gran, kind in item.get("timexes", []):
        i = text.find(surface)
        if i >= 0:
            timexes.append(TimeExpression(i, i + len(surface), surface, value, gran, kind))
    published = datetime.fromisoformat(item.get("published", "2023-03-16")).replace(tzinfo=UTC)
    return Article(
        id=item.get("id", "gold"), text=text, published=published,
        sentences=tuple(split_sentences(text)), mentions=tuple(mentions),
        timexes=tuple(sorted(timexes, key=lambda t: t.start)),
    )


@dataclass
class GoldReport:
    per_category: dict[str, PRF] = field(default_factory=dict)
    status_right: int = 0
    actors_right: int = 0
    recipients_right: int = 0
    matched: int = 0

    def as_dict(self) -> dict[str, Any]:
        total = PRF()
        for prf in self.per_category.values():
            total.tp += prf.tp
            total.fp += prf.fp
            total.fn += prf.fn
        m = self.matched or 1
        return {
            "micro": total.as_dict(),
            "per_category": {k: v.as_dict() for k, v in sorted(self.per_category.items())},
            "status_accuracy": round(self.status_right / m, 4),
            "actor_accuracy": round(self.actors_right / m, 4),
            "recipient_accuracy": round(self.recipients_right / m, 4),
            "matched": self.matched,
        }


def _codes(parts: Iterable[Any]) -> set[str]:
    return {p.code for p in parts if p.code != UNKNOWN}


def _same_codes(predicted: set[str], gold: set[str]) -> bool:
    """Equal code sets, where a gold code with a sector and no country ("CVL", written
    when the sentence names none) leaves the country open: EGYCVL satisfies it."""
    if len(predicted) != len(gold):
        return False
    rest = predicted - gold
    for g in sorted(gold - predicted):
        if g not in SECTORS:
            return False
        hit = next((p for p in sorted(rest) if p[3:] == g and p[:3] not in SECTORS), None)
        if hit is None:
            return False
        rest.discard(hit)
    return not rest


def score_gold(
    items: Sequence[dict[str, Any]], analyze: Callable[[dict[str, Any]], Article]
) -> dict[str, Any]:
    """Per-category P/R over gold items; status / actor / recipient accuracy on matches.

    A predicted event matches a gold event of the same item with the same category
    (greedily, preferring the one whose actors agree); participant codes compare with
    :func:`_same_codes`."""
    rep = GoldReport()
    for item in items:
        article = analyze(item)
        predicted = list(article.events)
        for g in item.get("events", []):
            cat = g["category"]
            prf = rep.per_category.setdefault(cat, PRF())
            cands = [e for e in predicted if e.category == cat]
            if not cands:
                prf.fn += 1
                continue
            want = set(g.get("actors", []))
            best = max(cands, key=lambda e: len(_codes(e.actors) & want))
            predicted.remove(best)
            prf.tp += 1
            rep.matched += 1
            rep.status_right += best.status == g.get("status", "asserted")
            rep.actors_right += _same_codes(_codes(best.actors), want)
            rep.recipients_right += _same_codes(_codes(best.recipients),
                                                set(g.get("recipients", [])))
        for e in predicted:
            rep.per_category.setdefault(e.category, PRF()).fp += 1
    return rep.as_dict()
