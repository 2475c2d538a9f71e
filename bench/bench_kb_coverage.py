#!/usr/bin/env python3
"""How much of ANERcorp's gold LOC / ORG / PERS mentions the KB knows, and which KB names
fire outside gold entities (candidates for the stoplist).

    python bench/bench_kb_coverage.py [--conll ../shared/data/ner/anercorp/train.conll]

A gold mention counts as known when its match form, or that form with a proclitic
stripped from its first word, is a KB alias (surname-only forms included for PERS).
ANERcorp does not tag demonyms (السوري) or "الجيش الإسرائيلي"-style bodies, so most
"outside" hits are annotation conventions, not KB errors.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from marsad.arabic import clitic_splits
from marsad.entities.kb import DEFAULT_KB_DIR, compile_kb
from marsad.entities.kb.aliases import match_form

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/ner/anercorp/train.conll"


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if not line:
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok, tag = line.rsplit(" ", 1)
        cur.append((match_form(tok), tag))
    if cur:
        sents.append(cur)
    return sents


def gold_mentions(sents: list[list[tuple[str, str]]]) -> collections.Counter[tuple[str, str]]:
    out: collections.Counter[tuple[str, str]] = collections.Counter()
    for sent in sents:
        label, words = None, []
        for tok, tag in [*sent, ("", "O")]:
            if tag.startswith("I-") and label == tag[2:]:
                words.append(tok)
                continue
            if label:
                out[(label, " ".join(words))] += 1
            label, words = (tag[2:], [tok]) if tag[:2] in ("B-", "I-") else (None, [])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conll", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=25, help="misses / false hits listed")
    args = parser.parse_args()
    kb = compile_kb(DEFAULT_KB_DIR)
    aliases = {a for a, _, _ in kb.aliases()} | {a for a, _ in kb.short_aliases()}

    def known(text: str) -> bool:
        first, _, rest = text.partition(" ")
        for _, stem in clitic_splits(first):
            if (f"{stem} {rest}" if rest else stem) in aliases:
                return True
        return False

    sents = read_conll(args.conll)
    gold = gold_mentions(sents)
    for label in ("LOC", "ORG", "PERS"):
        total = sum(n for (lab, _), n in gold.items() if lab == label)
        hit = sum(n for (lab, t), n in gold.items() if lab == label and known(t))
        misses = sorted(
            ((n, t) for (lab, t), n in gold.items() if lab == label and not known(t)),
            reverse=True,
        )[: args.show]
        print(f"{label}: {hit:,} of {total:,} gold mentions known ({hit / total:.1%})")
        print("  most frequent misses:", ", ".join(f"{t} ({n})" for n, t in misses))

    longest = max(len(a.split()) for a in aliases)
    inside: collections.Counter[str] = collections.Counter()
    outside: collections.Counter[str] = collections.Counter()
    places = {a for a, eid, _ in kb.aliases() if kb.entities[eid].subtype
              in ("city", "district", "province", "region", "area")}
    for sent in sents:
        toks = [t for t, _ in sent]
        tags = [g for _, g in sent]
        for i in range(len(toks)):
            for n in range(1, min(longest, len(toks) - i) + 1):
                a = " ".join(toks[i : i + n])
                if a in places:
                    (inside if all(t != "O" for t in tags[i : i + n]) else outside)[a] += 1
    print(f"place-name hits inside gold entities {sum(inside.values()):,}, "
          f"outside {sum(outside.values()):,}")
    worst = sorted(outside.items(), key=lambda kv: -kv[1])[: args.show]
    print("  most frequent outside:", ", ".join(f"{a} ({n}/{inside[a]})" for a, n in worst))


if __name__ == "__main__":
    main()
