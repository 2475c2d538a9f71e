"""The clustering step of a run: near-duplicate groups and stories, batch by batch.

:class:`Clusterer` lives in the writer process. It is rebuilt from the store when a
run starts (recent signatures, dup groups and stories within the window; document
frequencies from the full-text index), so a resumed run continues where the
killed one stopped.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from marsad.cluster.minhash import DupGroup, NearDuplicateIndex, signature, signature_to_bytes
from marsad.cluster.stories import DocumentFrequencies, Story, StoryClusterer
from marsad.models import Article
from marsad.settings import ClusterSettings
from marsad.store.base import Store
from marsad.store.records import ClusterRecord, iso_utc

__all__ = ["BatchClusters", "Clusterer", "article_entities", "article_time"]

log = logging.getLogger(__name__)


def article_time(a: Article) -> datetime:
    if a.published is None:
        return datetime.now(UTC)
    return a.published if a.published.tzinfo else a.published.replace(tzinfo=UTC)


def article_entities(a: Article) -> set[str]:
    return {m.entity_id for m in a.mentions if m.entity_id} | {e.id for e in a.entities}


@dataclass
class BatchClusters:
    articles: list[Article]
    clusters: list[ClusterRecord] = field(default_factory=list)
    dup_updates: list[tuple[str, str]] = field(default_factory=list)


class Clusterer:
    def __init__(self, settings: ClusterSettings | None = None,
                 dfs: DocumentFrequencies | None = None) -> None:
        s = settings or ClusterSettings()
        self.settings = s
        self.dups = NearDuplicateIndex(s.near_duplicate_threshold, s.minhash_perm)
        self.stories = StoryClusterer(
            threshold=s.story_threshold, window_days=s.story_window_days, dfs=dfs
        )
        self._story_of: dict[str, str | None] = {}
        self._latest: datetime | None = None

    @classmethod
    def from_store(cls, store: Store, settings: ClusterSettings | None = None) -> Clusterer:
        s = settings or ClusterSettings()
        n, df = store.term_frequencies()
        self = cls(s, DocumentFrequencies(n, df))
        latest = store.latest_day()
        if latest is None:
            return self
        since = (datetime.fromisoformat(latest) - timedelta(days=2 * s.story_window_days))
        since_day = since.date().isoformat()
        for aid, group, story, sig in store.recent_signatures(since_day):
            self.dups.add_existing(aid, group, sig)
            self._story_of[aid] = story
        for c in store.recent_clusters("dup", since_day):
            self.dups.load_group(DupGroup(c.id, c.first_seen, c.last_seen, c.size, c.label))
        for c in store.recent_clusters("story", since_day):
            state = c.state
            self.stories.load(
                Story(
                    id=c.id, label=c.label,
                    first_seen=datetime.fromisoformat(c.first_seen or latest),
                    last_seen=datetime.fromisoformat(c.last_seen or latest),
                    size=c.size, centroid=dict(state.get("centroid", {})),
                    entities=Counter(state.get("entities", {})),
                    members=list(state.get("members", [])),
                )
            )
        log.info("clusterer: %d signatures, %d stories loaded", len(self.dups),
                 len(self.stories.stories))
        return self

    def process(self, articles: Sequence[Article]) -> BatchClusters:
        """Assign dup groups and stories to new articles (in order)."""
        out: list[Article] = []
        touched_stories: dict[str, Story] = {}
        touched_groups: set[str] = set()
        self.dups.pending_updates = []
        for a in articles:
            if a.error or not a.text.strip():
                out.append(a)
                continue
            sig = a.meta.get("minhash")
            if not isinstance(sig, bytes):
                sig = signature_to_bytes(signature(a.text, self.settings.minhash_perm))
            when = article_time(a)
            match = self.dups.match(sig)
            group = self.dups.add(a.id, sig, iso_utc(when), a.title, hit=match)
            forced = self._story_of.get(match[0]) if match else None
            terms = a.meta.get("terms")
            story = self.stories.assign(
                a.id, a.text, a.title, article_entities(a), when, forced=forced,
                terms=Counter(terms) if isinstance(terms, dict) else None,
            )
            self._story_of[a.id] = story.id
            touched_stories[story.id] = story
            if group:
                touched_groups.add(group)
            meta = {**a.meta, "minhash": sig, "dup_group": group}
            meta.pop("terms", None)
            out.append(a.replace(cluster_id=story.id, meta=meta))
            if self._latest is None or when > self._latest:
                self._latest = when
        if self._latest is not None:
            self.stories.expire(self._latest)
        records = [
            ClusterRecord(
                id=s.id, kind="story", label=s.label, first_seen=iso_utc(s.first_seen),
                last_seen=iso_utc(s.last_seen), size=s.size, state=s.state(),
            )
            for s in touched_stories.values()
        ]
        for gid in sorted(touched_groups):
            g = self.dups.groups[gid]
            records.append(
                ClusterRecord(id=g.id, kind="dup", label=g.label, first_seen=g.first_seen,
                              last_seen=g.last_seen, size=g.size)
            )
        return BatchClusters(out, records, list(self.dups.pending_updates))
