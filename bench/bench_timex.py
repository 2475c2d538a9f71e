"""Timex throughput on the SaudiNewsNet dumps in ../shared/data (skips when absent).

    python bench/bench_timex.py [--limit N]

Reports documents and characters per second of CPU time for ``find_timexes`` on one
core, and how many expressions it found. The data is read in place, never copied.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from corpus import texts_from_cli

from marsad.timex import find_timexes


def main() -> int:
    texts = texts_from_cli(__doc__)
    if texts is None:
        return 0
    anchor = date(2015, 8, 1)
    find_timexes("أمس", anchor)  # compile the rules outside the timing
    t0 = time.process_time()
    found = sum(len(find_timexes(t, anchor)) for t in texts)
    cpu = time.process_time() - t0
    chars = sum(map(len, texts))
    print(
        f"{len(texts)} documents, {chars / 1e6:.1f}M chars, {found} expressions: "
        f"{len(texts) / cpu:.0f} docs/s, {chars / cpu / 1e3:.0f}k chars/s "
        f"({1e3 * cpu / len(texts):.2f} ms/doc, one core, CPU time)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
