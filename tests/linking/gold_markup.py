"""Build the linking gold JSONL from its markup source (``*.src.tsv``).

Each line of the source is ``DATE<TAB>TEXT`` where TEXT marks mentions as
``{surface|LABEL|entity_id|actor_code}``: ``-`` expects none, ``*`` is not scored,
``A+B`` is a plural's group. Consecutive lines with the same date form one story.

    python tests/linking/gold_markup.py tests/linking/linking_gold.src.tsv \\
        tests/linking/linking_gold.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

MARK = re.compile(r"\{([^|}]+)\|([A-Z]+)\|([^|}]+)\|([^|}]+)\}")


def parse(source: str) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for line in source.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        day, src = line.split("\t")
        text, mentions, pos = "", [], 0
        for m in MARK.finditer(src):
            text += src[pos : m.start()]
            surface, label, eid, code = m.groups()
            start = len(text)
            text += surface
            rec: dict[str, Any] = {"start": start, "end": len(text), "text": surface,
                                   "label": label}
            if "+" in eid:
                rec["group"] = eid.split("+")
            elif eid != "*":
                rec["entity_id"] = None if eid == "-" else eid
            if code != "*":
                rec["actor_code"] = None if code == "-" else code
            mentions.append(rec)
            pos = m.end()
        text += src[pos:]
        if docs and docs[-1]["published"] == day:  # the same story goes on
            doc = docs[-1]
            offset = len(doc["text"]) + 1
            doc["text"] += " " + text
            for r in mentions:
                r["start"] += offset
                r["end"] += offset
            doc["mentions"] += mentions
        else:
            docs.append({"id": f"g{len(docs) + 1:03d}", "published": day, "text": text,
                         "mentions": mentions})
    return docs


def to_jsonl(docs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


if __name__ == "__main__":
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.write_text(to_jsonl(parse(src.read_text("utf-8"))), "utf-8")
