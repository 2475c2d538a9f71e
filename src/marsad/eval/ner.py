"""Strict-span NER scoring with CoNLL semantics (as ``conlleval``), pure functions.

A gold or predicted sentence is a list of tags; :func:`chunks` turns tags into
``(start, end, type)`` token spans the way ``conlleval`` does, which reads IOB1 and
IOB2 alike (a chunk starts at ``B-X``, at ``I-X`` after ``O`` or after another type,
and in IOB1 at ``B-X`` after ``I-X``). A predicted span counts only when start, end
and type all match a gold span. Types are mapped before scoring (``PERS=PER``,
``GPE=LOC``; ``AGENT=O`` and ``NORP=O`` drop a type).

:func:`mentions_to_tags` projects character-offset mentions (what the recogniser
returns) onto tokens, so our recogniser can be scored against CoNLL files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.eval.scoring import PRFCounts

__all__ = [
    "ANERCORP_MAP",
    "ConllSentence",
    "Scores",
    "TypeScore",
    "chunks",
    "join_tokens",
    "map_tags",
    "mentions_to_tags",
    "parse_tag_map",
    "read_conll",
    "score",
    "spans_to_tags",
]

Span = tuple[int, int, str]  # token start, token end (exclusive), type

# Our labels against ANERcorp's: PERS is our PER, GPE folds into LOC, AGENT is not an entity.
ANERCORP_MAP: dict[str, str] = {"PERS": "PER", "GPE": "LOC", "AGENT": "O", "NORP": "O"}


@dataclass(frozen=True, slots=True)
class ConllSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_conll(source: str | Path | Iterable[str]) -> list[ConllSentence]:
    """Sentences of a CoNLL file: ``TOKEN ... TAG`` per line (tag last), blank lines between.

    ``-DOCSTART-`` lines are skipped. A line with a single field is a token tagged ``O``.
    """
    lines: Iterable[str]
    if isinstance(source, (str, Path)):
        lines = Path(source).read_text("utf-8").splitlines()
    else:
        lines = source
    out: list[ConllSentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("-DOCSTART-"):
            if toks:
                out.append(ConllSentence(tuple(toks), tuple(tags)))
                toks, tags = [], []
            continue
        parts = line.split()
        toks.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    if toks:
        out.append(ConllSentence(tuple(toks), tuple(tags)))
    return out


def parse_tag_map(spec: str | None) -> dict[str, str]:
    """``"PERS=PER,GPE=LOC"`` → ``{"PERS": "PER", "GPE": "LOC"}``."""
    if not spec:
        return {}
    out: dict[str, str] = {}
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        src, sep, dst = item.partition("=")
        if not sep or not src.strip():
            raise ValueError(f"bad tag mapping {item!r}: expected SRC=DST")
        out[src.strip()] = dst.strip() or "O"
    return out


def _split(tag: str) -> tuple[str, str]:
    """``"B-PER"`` → ``("B", "PER")``; ``"O"`` → ``("O", "")``; a bare type is ``I``."""
    if tag in ("O", "", "-"):
        return "O", ""
    if len(tag) > 2 and tag[1] in "-_" and tag[0] in "BIES":
        return tag[0], tag[2:]
    return "I", tag


def map_tags(tags: Sequence[str], mapping: Mapping[str, str]) -> list[str]:
    """Rename entity types; a type mapped to ``O`` (or empty) becomes ``O``."""
    out: list[str] = []
    for tag in tags:
        prefix, typ = _split(tag)
        if prefix == "O":
            out.append("O")
            continue
        typ = mapping.get(typ, typ)
        out.append("O" if typ in ("O", "") else f"{prefix}-{typ}")
    return out


def chunks(tags: Sequence[str]) -> list[Span]:
    """Token spans of the tag sequence with conlleval's chunk boundaries.

    E (end) and S (single) prefixes of IOBES are read as well.
    """
    spans: list[Span] = []
    start = -1
    cur = ""
    prev_prefix = "O"
    for i, tag in enumerate(tags):
        prefix, typ = _split(tag)
        # end of the open chunk before token i?
        if cur and (
            prefix in ("O", "B", "S")
            or typ != cur
            or prev_prefix in ("E", "S")
        ):
            spans.append((start, i, cur))
            cur = ""
        if prefix != "O" and not cur:
            start, cur = i, typ
        elif prefix in ("B", "S") and cur:  # pragma: no cover - closed above
            start = i
        prev_prefix = prefix
    if cur:
        spans.append((start, len(tags), cur))
    return spans


def spans_to_tags(spans: Iterable[Span], n: int) -> list[str]:
    """IOB2 tags for ``n`` tokens from non-overlapping token spans (first wins)."""
    tags = ["O"] * n
    for start, end, typ in sorted(spans):
        if start >= end or any(t != "O" for t in tags[start:end]):
            continue
        tags[start] = f"B-{typ}"
        for i in range(start + 1, end):
            tags[i] = f"I-{typ}"
    return tags


def join_tokens(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text (tokens joined with spaces) and each token's char offsets."""
    offsets: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def mentions_to_tags(
    offsets: Sequence[tuple[int, int]], mentions: Iterable[tuple[int, int, str]]
) -> list[str]:
    """Project ``(char_start, char_end, label)`` mentions onto tokens as IOB2 tags.

    A token belongs to a mention when they overlap (a mention of "موسكو" inside the
    token "بموسكو" tags the token). Overlapping mentions: the earlier, longer one wins.
    """
    spans: list[Span] = []
    for cs, ce, label in sorted(mentions, key=lambda m: (m[0], -(m[1] - m[0]))):
        idx = [i for i, (ts, te) in enumerate(offsets) if te > cs and ts < ce]
        if idx:
            spans.append((idx[0], idx[-1] + 1, label))
    return spans_to_tags(spans, len(offsets))


@dataclass(slots=True)
class TypeScore(PRFCounts):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def add(self, other: TypeScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Scores:
    """Per-type counts and the micro average over all types."""

    types: dict[str, TypeScore] = field(default_factory=dict)

    @property
    def micro(self) -> TypeScore:
        total = TypeScore()
        for s in self.types.values():
            total.add(s)
        return total

    def add(self, other: Scores) -> None:
        for typ, s in other.types.items():
            self.types.setdefault(typ, TypeScore()).add(s)

    def to_dict(self) -> dict[str, dict[str, float]]:
        rows = {**dict(sorted(self.types.items())), "micro": self.micro}
        return {
            k: {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for k, s in rows.items()
        }


def score(
    gold: Iterable[Sequence[str]],
    pred: Iterable[Sequence[str]],
    mapping: Mapping[str, str] | None = None,
) -> Scores:
    """Strict-span scores of predicted tag sequences against gold ones."""
    mapping = mapping or {}
    out = Scores()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError(f"sentence lengths differ: {len(g_tags)} gold, {len(p_tags)} pred")
        g = set(chunks(map_tags(g_tags, mapping)))
        p = set(chunks(map_tags(p_tags, mapping)))
        for _, _, typ in g | p:
            out.types.setdefault(typ, TypeScore())
        for _, _, typ in g & p:
            out.types[typ].tp += 1
        for _, _, typ in p - g:
            out.types[typ].fp += 1
        for _, _, typ in g - p:
            out.types[typ].fn += 1
    return out
