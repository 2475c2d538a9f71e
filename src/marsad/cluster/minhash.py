"""Near-duplicate articles with MinHash LSH (datasketch).

Syndicated agency copy and republished pieces differ by a dateline, a credit line or
a trimmed paragraph; over word 3-gram shingles of the search form their Jaccard
similarity stays high. Signatures are computed where the text is (worker
processes) and stored (``articles.minhash``) so a resumed run rebuilds the index.
"""

from __future__ import annotations

import inspect
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from marsad.store.textindex import index_terms

__all__ = ["NearDuplicateIndex", "signature", "signature_from_bytes", "signature_to_bytes"]

SHINGLE = 3
_SEED = 1


def shingles(text: str | list[str], size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-grams of the search form (``text`` or its terms already computed)."""
    terms = index_terms(text) if isinstance(text, str) else text
    if len(terms) < size:
        return {" ".join(terms).encode("utf-8")} if terms else set()
    return {" ".join(terms[i : i + size]).encode("utf-8") for i in range(len(terms) - size + 1)}


# datasketch >= 2 keeps 32-bit values under a named scheme; 1.x had no scheme argument
_SCHEME: dict[str, str] = (
    {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash.__init__).parameters else {}
)


def _hash32(b: bytes) -> int:
    # stable across processes (unlike hash()) and cheap; the affine permutations on
    # top give MinHash its independence
    return zlib.crc32(b)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    return MinHash(num_perm=num_perm, seed=_SEED).permutations


def signature(text: str | list[str], num_perm: int = 128) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=_SEED, hashfunc=_hash32,
                permutations=_permutations(num_perm), **_SCHEME)  # type: ignore[arg-type]
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m


def signature_to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()




def signature_from_bytes(data: bytes, num_perm: int = 128) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint32).astype(np.uint64)
    return LeanMinHash(seed=_SEED, hashvalues=values, **_SCHEME)


@dataclass
class DupGroup:
    id: str
    first_seen: str | None
    last_seen: str | None
    size: int
    label: str


class NearDuplicateIndex:
    """Online near-duplicate grouping: each new article joins the group of its most
    similar earlier article above ``threshold`` (estimated Jaccard), or none."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}
        self._group_of: dict[str, str | None] = {}
        self.groups: dict[str, DupGroup] = {}
        # (stored article id, group id) pairs for articles that started a group
        self.pending_updates: list[tuple[str, str]] = []

    def __len__(self) -> int:
        return len(self._sigs)

    def add_existing(self, article_id: str, group: str | None, sig: bytes) -> None:
        """Load an already-stored article (resume)."""
        if article_id in self._sigs or len(sig) != 4 * self.num_perm:
            return
        m = signature_from_bytes(sig, self.num_perm)
        self._lsh.insert(article_id, m)
        self._sigs[article_id] = m
        self._group_of[article_id] = group

    def load_group(self, group: DupGroup) -> None:
        self.groups[group.id] = group

    def match(self, sig: bytes) -> tuple[str, float] | None:
        """The most similar stored article at or above the threshold."""
        m = signature_from_bytes(sig, self.num_perm)
        best: tuple[str, float] | None = None
        for cand in self._lsh.query(m):
            j = float(m.jaccard(self._sigs[cand]))
            if j >= self.threshold and (best is None or j > best[1] or
                                        (j == best[1] and cand < best[0])):
                best = (cand, j)
        return best

    def add(
        self, article_id: str, sig: bytes, when: str | None, title: str,
        hit: tuple[str, float] | None = None,
    ) -> str | None:
        """Index the article; return its group id (None when it has no near-duplicate).
        ``hit``: the result of :meth:`match` when the caller already has it."""
        if article_id in self._sigs:
            return self._group_of.get(article_id)
        hit = hit if hit is not None else self.match(sig)
        group_id: str | None = None
        if hit is not None:
            other = hit[0]
            group_id = self._group_of.get(other)
            if group_id is None:  # the earlier article starts the group
                group_id = "dup-" + other
                self._group_of[other] = group_id
                self.pending_updates.append((other, group_id))
                self.groups[group_id] = DupGroup(group_id, when, when, 1, title)
            g = self.groups.setdefault(group_id, DupGroup(group_id, when, when, 1, title))
            g.size += 1
            if when and (g.last_seen is None or when > g.last_seen):
                g.last_seen = when
        m = signature_from_bytes(sig, self.num_perm)
        self._lsh.insert(article_id, m)
        self._sigs[article_id] = m
        self._group_of[article_id] = group_id
        return group_id
