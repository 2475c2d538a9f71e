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
kb = load_kb()
print(time.perf_counter() - t0)
"""


def main() -> None:
    t0 = time.perf_counter()
    kb = compile_kb(DEFAULT_KB_DIR)
    compile_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "MARSAD_CACHE_DIR": cache}
        runs = [
            float(subprocess.run([sys.executable, "-c", CHILD], env=env, check=True,
                                 capture_output=True, text=True).stdout)
            for _ in range(6)
        ]
    cold, warm = runs[0], runs[1:]
    names = [a for a, _, _ in kb.aliases()][:5000]
    t0 = time.perf_counter()
    for n in names:
        kb.lookup(n)
    lookup_us = (time.perf_counter() - t0) / len(names) * 1e6
    stats = kb.stats()
    print(f"entities {stats['entities']:,}  aliases {stats['aliases']:,}  roles {stats['roles']:,}")
    print(f"compile from TSV (no cache)          {compile_s:6.2f} s")
    print(f"first load, new process (compiles)   {cold:6.2f} s")
    print(f"load from cache, new process (median {len(warm)}) {statistics.median(warm):6.2f} s")
    print(f"lookup(name)                         {lookup_us:6.1f} µs")


if __name__ == "__main__":
    main()
