"""Build the quote gold JSONL files from their authoring sources (``*_src.py``).

    python tests/quotes/quotes_markup.py      # quotes_gold.jsonl and quotes_heldout.jsonl

Substrings (mentions, quote contents, speakers) are located in order of appearance and
turned into character offsets; the JSONL is what ``marsad eval quotes`` reads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _find(text: str, sub: str, pos: int) -> int:
    i = text.find(sub, pos)
    if i < 0:
        i = text.find(sub)
    if i < 0:
        raise ValueError(f"{sub!r} not in {text[:40]!r}...")
    return i


def build(stories: list[Any]) -> list[dict[str, Any]]:
    docs = []
    for n, (day, text, mentions, quotes) in enumerate(stories, 1):
        ms, pos = [], 0
        for surface, label, eid in mentions:
            i = _find(text, surface, pos)
            ms.append({"start": i, "end": i + len(surface), "text": surface, "label": label,
                       "entity_id": eid})
            pos = i + len(surface)
        qs, pos = [], 0
        for content, kind, verb, speaker, sid in quotes:
            i = _find(text, content, pos)
            q: dict[str, Any] = {"start": i, "end": i + len(content), "text": content,
                                 "kind": kind, "verb": verb, "speaker_text": speaker,
                                 "speaker_id": sid}
            if speaker:
                j = text.rfind(speaker, 0, i) if text.rfind(speaker, 0, i) >= 0 else text.find(
                    speaker)
                q["speaker_start"], q["speaker_end"] = j, j + len(speaker)
            qs.append(q)
            pos = i + len(content)
        docs.append({"id": f"q{n:03d}", "published": day, "text": text, "mentions": ms,
                     "quotes": qs})
    return docs


def to_jsonl(docs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


SETS = ("quotes_gold", "quotes_heldout")


def load_source(name: str) -> list[Any]:
    namespace: dict[str, Any] = {}
    exec((HERE / f"{name}_src.py").read_text("utf-8"), namespace)
    return list(namespace["STORIES"])


if __name__ == "__main__":
    for name in SETS:
        (HERE / f"{name}.jsonl").write_text(to_jsonl(build(load_source(name))), "utf-8")
