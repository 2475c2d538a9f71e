"""Benchmark: ingest the SaudiNewsNet days end to end (read, extract, analyse, cluster, store).

    python bench/bench_ingest.py --workers 2 --db /tmp/bench_ingest.db
    python bench/bench_ingest.py --components sentences.rules.v1   # a lighter pipeline

Prints articles/s, peak memory of the whole process tree (parent + workers, sampled
from /proc), database size, near-duplicate groups and story clusters, and 20 random
multi-article stories (fixed seed) with their titles for a hand spot-check.
Reads ../shared/data/corpus/saudinewsnet/*.zip (not shipped; skipped when absent).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"


def tree_rss_mb(pid: int) -> float:
    """Memory of a process and all its descendants, in MB: the sum of their
    proportional set sizes (PSS: a page shared by n processes counts 1/n in each), so
    copy-on-write sharing is not counted twice."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total / 1024


class PeakSampler(threading.Thread):
    def __init__(self, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak = 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, tree_rss_mb(os.getpid()))
            self._stop_event.wait(self.interval)

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return self.peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/marsad_bench_ingest.db")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--components", default=None,
                    help="comma-separated components (default: the configured pipeline); "
                    "'none' for extraction only")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--spot-check", type=int, default=20)
    args = ap.parse_args()
    zips = sorted(CORPUS.glob("*.zip"))[:4]
    if not zips:
        sys.exit(f"no corpus at {CORPUS}")

    from marsad.cli.ingest import build_pipeline
    from marsad.ingest.run import ingest
    from marsad.settings import load_settings
    from marsad.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    comps: tuple[str, ...] | None
    if args.components is None:
        comps = None
    elif args.components == "none":
        comps = ()
    else:
        comps = tuple(args.components.split(","))
    factory = functools.partial(build_pipeline, comps, None)
    names = factory().names
    store = open_store(f"sqlite:///{args.db}")
    sampler = PeakSampler()
    sampler.start()
    t0 = time.perf_counter()
    cpu0 = os.times()
    summary = ingest([str(z) for z in zips], store, workers=args.workers,
                     batch_size=args.batch_size, pipeline_factory=factory,
                     source_options={"field_map": "text=content,published=date_extracted"},
                     cluster_settings=load_settings().cluster, limit=args.limit)
    elapsed = time.perf_counter() - t0
    cpu1 = os.times()
    # parent + (finished) worker processes: what the run cost, whatever else the
    # machine was doing at the time
    cpu = sum(b - a for a, b in zip(cpu0[:4], cpu1[:4], strict=True))
    cpu_parent = sum(b - a for a, b in zip(cpu0[:2], cpu1[:2], strict=True))
    peak = sampler.stop()
    store.vacuum()  # type: ignore[attr-defined]
    counts = store.counts()
    stories = store.list_clusters("story", min_size=2, limit=100_000)
    dups = store.list_clusters("dup", min_size=2, limit=100_000)
    size_mb = sum(Path(args.db + s).stat().st_size for s in ("", "-wal")
                  if Path(args.db + s).exists()) / 1e6
    result = {
        "inputs": [z.name for z in zips],
        "components": names,
        "workers": args.workers,
        "cpu_count": os.cpu_count(),
        "seconds": round(elapsed, 1),
        "items_read": summary.read,
        "articles_stored": summary.new,
        "articles_per_s": round(summary.read / elapsed, 1),
        "cpu_seconds": round(cpu, 1),
        "cpu_seconds_writer": round(cpu_parent, 1),
        "articles_per_cpu_s": round(summary.read / cpu, 1),
        "load_average_1min_after": round(os.getloadavg()[0], 1),
        "peak_pss_mb": round(peak),
        "db_mb": round(size_mb, 1),
        "duplicates": summary.duplicates,
        "failed": summary.failed,
        "failure_reasons": dict(summary.reasons.most_common(8)),
        "near_duplicate_groups": dups.total,
        "articles_in_near_duplicate_groups": sum(c.size for c in dups.items),
        "story_clusters_2plus": stories.total,
        "articles_in_stories_2plus": sum(c.size for c in stories.items),
        "largest_story": max((c.size for c in stories.items), default=0),
        "events": counts["events"],
        "event_sources": counts["event_sources"],
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    rng = random.Random(20151)
    sample = rng.sample(stories.items, min(args.spot_check, len(stories.items)))
    print("\n# spot-check: random stories with 2+ articles (judge each by hand)")
    for c in sample:
        got = store.get_cluster(c.id)
        assert got is not None
        print(f"\n## {c.id} ({c.size} articles)")
        for a in got["articles"][:8]:
            print(f"  - [{a.source}] {a.title[:90]}")
    store.close()


if __name__ == "__main__":
    main()
