"""Same-story clustering across outlets: online, single pass, time-windowed.

An article is a TF-IDF vector over its search-form terms (normalised and
clitic-stripped, function words out, top ``max_terms`` kept), plus the set of KB
entities it mentions. A story keeps the summed vector of its members (its
centroid), its entities and its time span. A new article joins the most similar
story active within ``window_days`` when

    cosine(article, centroid) + entity_weight * overlap(entities) >= threshold

else it starts a story. Document frequencies come from the store's full-text index
and grow as articles arrive, so the weights need no training data.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources

from marsad.arabic import normalize
from marsad.store.textindex import index_form, index_terms

MEMBER_TERMS = 40  # = the article vector size: a member is kept whole
MAX_MEMBERS = 12

__all__ = [
    "DocumentFrequencies", "Story", "StoryClusterer", "content_terms", "cosine", "pair_score",
    "stopwords", "story_terms",
    "term_vector",
]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("marsad.data").joinpath("cluster/stopwords.txt").read_text("utf-8")
    words = (ln.strip() for ln in text.splitlines())
    return frozenset(index_form(normalize(w)) for w in words if w and not w.startswith("#"))


def content_terms(text: str | list[str]) -> Counter[str]:
    """Counts of the content-bearing search terms (``text`` or its terms)."""
    stop = stopwords()
    terms = index_terms(text) if isinstance(text, str) else text
    return Counter(t for t in terms if len(t) > 2 and t not in stop and not t.isdigit())


def story_terms(title_terms: list[str], body_terms: list[str]) -> Counter[str]:
    """What an article is about: the body's content terms, the title's counted twice."""
    return content_terms(title_terms + title_terms + body_terms)


class DocumentFrequencies:
    """Running document frequencies (seeded from the store, updated online)."""

    def __init__(self, n_docs: int = 0, df: dict[str, int] | None = None) -> None:
        self.n = n_docs
        self.df: Counter[str] = Counter(df or {})

    def add(self, terms: Counter[str]) -> None:
        self.n += 1
        self.df.update(terms.keys())

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0


def term_vector(
    terms: Counter[str], dfs: DocumentFrequencies, max_terms: int = 40
) -> dict[str, float]:
    """Unit-length TF-IDF vector (sublinear tf) of the ``max_terms`` heaviest terms."""
    weights = {t: (1.0 + math.log(c)) * dfs.idf(t) for t, c in terms.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values())) or 1.0
    nb = math.sqrt(sum(w * w for w in b.values())) or 1.0
    return dot / (na * nb)


def entity_overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class Story:
    id: str
    label: str
    first_seen: datetime
    last_seen: datetime
    size: int = 0
    centroid: dict[str, float] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    # the latest members' vectors (trimmed): a newcomer must also be close to one of
    # them, so a story cannot drift along a chain of loosely related articles
    members: list[dict[str, float]] = field(default_factory=list)

    norm: float = 0.0

    def add(self, vec: dict[str, float], entities: set[str], when: datetime,
            max_terms: int) -> None:
        for t, w in vec.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + w
        if len(self.centroid) > max_terms:
            keep = sorted(self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms]
            self.centroid = dict(keep)
        self.norm = math.sqrt(sum(w * w for w in self.centroid.values()))
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:MEMBER_TERMS]
        self.members = [*self.members, dict(top)][-MAX_MEMBERS:]
        self.entities.update(entities)
        self.size += 1
        self.first_seen = min(self.first_seen, when)
        self.last_seen = max(self.last_seen, when)

    def state(self) -> dict[str, object]:
        return {
            "centroid": {t: round(w, 5) for t, w in self.centroid.items()},
            "entities": dict(self.entities.most_common(30)),
            "members": [{t: round(w, 4) for t, w in m.items()} for m in self.members],
        }

    def member_similarity(self, vec: dict[str, float]) -> float:
        """The best cosine between ``vec`` and a kept member (1.0 when none is kept)."""
        if not self.members:
            return 1.0
        return max(cosine(vec, m) for m in self.members)


class StoryClusterer:
    """Online story assignment (see the module docstring for the rule)."""

    def __init__(
        self, *, threshold: float = 0.3, window_days: int = 3, entity_weight: float = 0.15,
        max_terms: int = 40, centroid_terms: int = 120, probe_terms: int = 12,
        posting_terms: int = 30, max_candidates: int = 40,
        dfs: DocumentFrequencies | None = None,
    ) -> None:
        self.threshold = threshold
        self.window = timedelta(days=window_days)
        self.entity_weight = entity_weight
        self.max_terms = max_terms
        self.centroid_terms = centroid_terms
        self.probe_terms = probe_terms
        self.posting_terms = posting_terms
        self.max_candidates = max_candidates
        self.dfs = dfs or DocumentFrequencies()
        self.stories: dict[str, Story] = {}
        self._postings: dict[str, set[str]] = {}
        self._posted: dict[str, set[str]] = {}

    def load(self, story: Story) -> None:
        self.stories[story.id] = story
        self._index(story)

    def best(
        self, vec: dict[str, float], entities: set[str], when: datetime
    ) -> tuple[Story, float] | None:
        """The most similar active story that the article may join (or None): looked up
        through the postings of the article's heaviest terms (only the
        ``max_candidates`` stories sharing most of them are scored); joining needs the
        score against the centroid AND against at least one kept member to reach the
        threshold."""
        probes = sorted(vec, key=lambda t: -vec[t])[: self.probe_terms]
        shared: Counter[str] = Counter()
        for t in probes:
            shared.update(self._postings.get(t, ()))
        best: tuple[Story, float] | None = None
        for sid, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[
            : self.max_candidates
        ]:
            story = self.stories[sid]
            if when - story.last_seen > self.window or story.first_seen - when > self.window:
                continue
            if not story.norm:
                story.norm = math.sqrt(sum(w * w for w in story.centroid.values()))
            centroid = story.centroid
            # vec is unit length; the centroid's norm is cached
            dot = sum(w * centroid.get(t, 0.0) for t, w in vec.items())
            score = dot / (story.norm or 1.0)
            if entities and story.entities:
                score += self.entity_weight * entity_overlap(entities, set(story.entities))
            if score < self.threshold:
                continue
            # linkage check against the actual members (entities count here too)
            bonus = score - dot / (story.norm or 1.0)
            if story.member_similarity(vec) + bonus < self.threshold:
                continue
            if best is None or score > best[1]:
                best = (story, score)
        return best

    def _index(self, story: Story) -> None:
        """Post the story under its heaviest ``posting_terms`` centroid terms."""
        top = sorted(story.centroid, key=lambda t: -story.centroid[t])[: self.posting_terms]
        old = self._posted.get(story.id, set())
        new = set(top)
        for t in old - new:
            self._postings.get(t, set()).discard(story.id)
        for t in new - old:
            self._postings.setdefault(t, set()).add(story.id)
        self._posted[story.id] = new

    def assign(
        self, article_id: str, text: str, title: str, entities: set[str], when: datetime,
        forced: str | None = None, terms: Counter[str] | None = None,
    ) -> Story:
        """Put one article in a story (``forced``: the story of its near-duplicate;
        ``terms``: its :func:`story_terms` when already computed)."""
        if terms is None:
            terms = story_terms(index_terms(title), index_terms(text))
        self.dfs.add(terms)
        vec = term_vector(terms, self.dfs, self.max_terms)
        story: Story | None = self.stories.get(forced) if forced else None
        if story is None:
            hit = self.best(vec, entities, when)
            if hit is not None and hit[1] >= self.threshold:
                story = hit[0]
        if story is None:
            story = Story("story-" + article_id, title[:200], when, when)
            self.stories[story.id] = story
        story.add(vec, entities, when, self.centroid_terms)
        self._index(story)
        return story

    def expire(self, now: datetime) -> int:
        """Forget stories idle for more than two windows (bounded memory)."""
        old = [s for s in self.stories.values() if now - s.last_seen > 2 * self.window]
        for s in old:
            for t in self._posted.pop(s.id, set()):
                self._postings.get(t, set()).discard(s.id)
            del self.stories[s.id]
        return len(old)


def pair_score(
    a: tuple[list[str], list[str]], b: tuple[list[str], list[str]], dfs: DocumentFrequencies,
    *, entities: tuple[set[str], set[str]] = (set(), set()), entity_weight: float = 0.15,
    max_terms: int = 40,
) -> float:
    """The story score of article ``b`` against a story made of article ``a`` alone
    (each given as (title terms, body terms)): the quantity :class:`StoryClusterer`
    compares with its threshold."""
    va = term_vector(story_terms(*a), dfs, max_terms)
    vb = term_vector(story_terms(*b), dfs, max_terms)
    return cosine(vb, va) + entity_weight * entity_overlap(*entities)
