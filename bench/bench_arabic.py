"""Arabic text layer throughput on the SaudiNewsNet dumps in ../shared/data (skips when absent).

    python bench/bench_arabic.py [--limit N]

Reports ms per document and characters per second of CPU time, on one core, for
``normalize_with_map``, ``tokenize`` and ``split_sentences``. The data is read in place.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from corpus import texts_from_cli

from marsad.arabic import normalize_with_map, split_sentences, tokenize


def main() -> int:
    texts = texts_from_cli(__doc__)
    if texts is None:
        return 0
    chars = sum(map(len, texts))
    funcs: list[Callable[[str], object]] = [normalize_with_map, tokenize, split_sentences]
    print(f"{len(texts)} documents, {chars / 1e6:.1f}M chars (one core, CPU time)")
    for f in funcs:
        t0 = time.process_time()
        for t in texts:
            f(t)
        cpu = time.process_time() - t0
        name = getattr(f, "__name__", str(f))
        per_doc, rate = 1e3 * cpu / len(texts), chars / cpu / 1e6
        print(f"  {name:20s} {per_doc:.2f} ms/doc  {rate:.2f}M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
