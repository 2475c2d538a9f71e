#!/usr/bin/env python3
"""Knowledge-base load times: compile from TSV, load from the pickle cache, lookups.

    python bench/bench_kb.py            # prints a small table of timings

The cache load is timed in fresh interpreters (what a new ``marsad`` process pays),
including the import of ``marsad.entities.kb``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from marsad.entities.kb import DEFAULT_KB_DIR, compile_kb

CHILD = """
import time
t0 = time.perf_counter()
from marsad.entities.kb import load_kb
t1 = time.perf_counter()
kb = load_kb()
t2 = time.perf_counter()
print(t2 - t0, t1 - t0, t2 - t1)
"""


def main() -> None:
    t0 = time.perf_counter()
    kb = compile_kb(DEFAULT_KB_DIR)
    compile_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "MARSAD_CACHE_DIR": cache}
        runs = [
            [float(x) for x in subprocess.run(
                [sys.executable, "-c", CHILD], env=env, check=True, capture_output=True,
                text=True).stdout.split()]
            for _ in range(6)
        ]
    cold, warm = runs[0][0], runs[1:]
    names = [a for a, _, _ in kb.aliases()][:5000]
    t0 = time.perf_counter()
    for n in names:
        kb.lookup(n)
    lookup_us = (time.perf_counter() - t0) / len(names) * 1e6
    stats = kb.stats()
    print(f"entities {stats['entities']:,}  aliases {stats['aliases']:,}  roles {stats['roles']:,}")
    print(f"compile from TSV (no cache)          {compile_s:6.2f} s")
    print(f"first load, new process (compiles)   {cold:6.2f} s")
    total = statistics.median(r[0] for r in warm)
    imports = statistics.median(r[1] for r in warm)
    unpickle = statistics.median(r[2] for r in warm)
    print(f"load from cache, new process (median of {len(warm)}) {total:6.2f} s")
    print(f"  of which: import marsad.entities.kb {imports:6.2f} s, load_kb() {unpickle:6.2f} s")
    print(f"lookup(name)                         {lookup_us:6.1f} µs")


if __name__ == "__main__":
    main()
