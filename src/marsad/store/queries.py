"""Reads shared by both backends: filters to SQL, events, entities, clusters, stats."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from marsad.models import Article, Entity
from marsad.store.records import (
    ArticleSummary,
    ClusterRecord,
    EventFilter,
    EventSource,
    Page,
    SearchHit,
    StoredEvent,
    article_from_dict,
)
from marsad.store.textindex import index_text, query_terms, snippet

__all__ = ["QueryMixin"]

_CODE_RE = re.compile(r"^[A-Z]{3,}$")
_KB_ID_RE = re.compile(r"^(Q\d+|[a-z]+:[\w.-]+)$")

_EVENT_COLS = (
    "e.id, e.category, e.mode, e.cameo, e.quad, e.status, e.date, e.day, e.location, "
    "e.location_text, e.story_id, e.n_sources, e.confidence"
)
_SUMMARY_COLS = (
    "a.id, a.title, a.url, a.source, a.published, a.story_id, a.dup_group, a.n_events, a.error"
)
_INTERVALS = {"day": 10, "month": 7, "year": 4}


def _summary(r: Sequence[Any]) -> ArticleSummary:
    return ArticleSummary(*r)


class QueryMixin:
    """Read methods; expects ``_q`` and the full-text hooks of :class:`SQLStore`."""

    dialect: str

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _fts(
        self, query: str, restrict: str | None, restrict_params: list[Any]
    ) -> tuple[str, list[Any], str, list[Any]] | None:
        """(count SQL, its params, ranked page SQL, its params) for a text query, or
        None for an empty query. ``restrict`` is a subquery of allowed article row ids
        taking ``restrict_params``; the page SQL selects (rowid, score), best first, and
        ends with LIMIT ? OFFSET ?."""
        raise NotImplementedError

    # -- filters ---------------------------------------------------------------------
    def _participant_clause(self, value: str, role: str | None) -> tuple[str, list[Any]]:
        role_sql = "" if role is None else " AND p.role = ?"
        role_params: list[Any] = [] if role is None else [role]
        if _KB_ID_RE.match(value):
            cond, params = "p.entity_id = ?", [value]
        elif _CODE_RE.match(value):
            # a code and every code it prefixes ("SYR": SYR, SYRGOV, ...) as an index range
            upper = value[:-1] + chr(ord(value[-1]) + 1)
            cond, params = "p.code >= ? AND p.code < ?", [value, upper]
        else:
            ids = [e.id for e, _ in self.search_entities(value, limit=50)]
            if not ids:
                return "1 = 0", []
            cond, params = f"p.entity_id IN ({','.join('?' * len(ids))})", ids
        # IN (subquery) is evaluated once; a correlated EXISTS would probe per event
        return (
            f"e.id IN (SELECT p.event_id FROM event_participants p WHERE {cond}{role_sql})",
            params + role_params,
        )

    def _event_where(
        self, f: EventFilter, involving: str | None = None
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("e.category", f.category), ("e.quad", f.quad), ("e.status", f.status),
            ("e.story_id", f.story),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(str(value).upper() if column == "e.category" else value)
        if f.date_from:
            where.append("e.day >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append("e.day <= ?")
            params.append(f.date_to)
        for value, role in ((f.actor, "actor"), (f.recipient, "recipient"), (involving, None)):
            if value:
                sql, p = self._participant_clause(value, role)
                where.append(sql)
                params += p
        if f.country:
            where.append("e.id IN (SELECT event_id FROM event_participants WHERE country = ?)")
            params.append(f.country.upper())
        if f.outlet:
            where.append(
                "e.id IN (SELECT s.event_id FROM event_sources s"
                " JOIN articles a2 ON a2.id = s.article_id WHERE a2.source = ?)"
            )
            params.append(f.outlet)
        return where, params

    def _article_where(self, f: EventFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.outlet:
            where.append("a.source = ?")
            params.append(f.outlet)
        if f.date_from:
            where.append("a.day >= ?")
            params.append(f.date_from)
        if f.date_to:
            where.append("a.day <= ?")
            params.append(f.date_to)
        if f.story:
            where.append("a.story_id = ?")
            params.append(f.story)
        if f.is_event_filter():
            inner = EventFilter(
                actor=f.actor, recipient=f.recipient, category=f.category, quad=f.quad,
                country=f.country, status=f.status,
            )
            ew, ep = self._event_where(inner)
            where.append(
                "EXISTS (SELECT 1 FROM event_sources s JOIN events e ON e.id = s.event_id "
                "WHERE s.article_id = a.id AND " + " AND ".join(ew) + ")"
            )
            params += ep
        return where, params

    # -- articles --------------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None:
        rows = self._q(
            "SELECT id, text, title, url, source, published, lang, sections, author, agency, "
            "flags, error, story_id, dup_group, analysis FROM articles WHERE id = ?",
            (article_id,),
        )
        if not rows:
            return None
        (aid, text, title, url, source, published, lang, sections, author, agency, flags,
         error, story, dup, analysis) = rows[0]
        d: dict[str, Any] = json.loads(analysis)
        d.update(
            id=aid, text=text, title=title, url=url, source=source, published=published,
            lang=lang, sections=json.loads(sections or "[]"), author=author, agency=agency,
            flags=json.loads(flags or "[]"), error=error, cluster_id=story,
        )
        d.setdefault("meta", {})["dup_group"] = dup
        return article_from_dict(d)

    def list_articles(
        self, filters: EventFilter | None = None, *, limit: int = 50, offset: int = 0
    ) -> Page[ArticleSummary]:
        where, params = self._article_where(filters or EventFilter())
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        total = self._q(f"SELECT COUNT(*) FROM articles a{cond}", params)[0][0]
        rows = self._q(
            f"SELECT {_SUMMARY_COLS} FROM articles a{cond} "
            "ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page([_summary(r) for r in rows], int(total), limit, offset)

    def iter_articles(
        self, filters: EventFilter | None = None, *, pipeline_version_not: str | None = None,
        chunk: int = 200,
    ) -> Iterator[Article]:
        """Every matching article, in storage order, read in chunks (bounded memory)."""
        where, params = self._article_where(filters or EventFilter())
        if pipeline_version_not is not None:
            where.append("(a.pipeline_version IS NULL OR a.pipeline_version <> ?)")
            params.append(pipeline_version_not)
        last = -1
        while True:
            cond = " AND ".join([*where, "a.rowid > ?"])
            rows = self._q(
                f"SELECT a.rowid, a.id FROM articles a WHERE {cond} ORDER BY a.rowid LIMIT ?",
                [*params, last, chunk],
            )
            if not rows:
                return
            for _, aid in rows:
                art = self.get_article(aid)
                if art is not None:
                    yield art
            last = rows[-1][0]

    def related_articles(self, article_id: str, limit: int = 10) -> list[ArticleSummary]:
        """Articles of the same story or near-duplicate group, nearest in time first."""
        rows = self._q(
            f"SELECT {_SUMMARY_COLS} FROM articles a JOIN articles b ON b.id = ? "
            "WHERE a.id <> b.id AND ((a.story_id IS NOT NULL AND a.story_id = b.story_id) "
            "OR (a.dup_group IS NOT NULL AND a.dup_group = b.dup_group)) "
            "ORDER BY a.published DESC LIMIT ?",
            (article_id, limit),
        )
        return [_summary(r) for r in rows]

    # -- search ----------------------------------------------------------------------
    def search(
        self, query: str, filters: EventFilter | None = None, *, limit: int = 20,
        offset: int = 0, mark: tuple[str, str] = ("[", "]"),
    ) -> Page[SearchHit]:
        """Ranked full-text search over normalised, clitic-stripped text.

        The full-text index yields the page of row ids (filters are applied as a set of
        row ids from the articles' indexes, so no article row is read while ranking);
        only the page's articles are then read, and snippets cut from their text."""
        where, params = self._article_where(filters or EventFilter())
        restrict = ("SELECT a.rowid FROM articles a WHERE " + " AND ".join(where)) if where \
            else None
        fts = self._fts(query, restrict, params)
        if fts is None:
            return Page([], 0, limit, offset)
        count_sql, count_params, page_sql, page_params = fts
        total = self._q(count_sql, count_params)[0][0]
        ranked = self._q(page_sql, [*page_params, limit, offset])
        if not ranked:
            return Page([], int(total), limit, offset)
        marks = ",".join("?" * len(ranked))
        rows = {
            r[0]: r
            for r in self._q(
                "SELECT a.rowid, a.id, a.title, a.url, a.source, a.published, a.text, "
                f"a.story_id FROM articles a WHERE a.rowid IN ({marks})",
                [r[0] for r in ranked],
            )
        }
        terms = query_terms(query)
        hits = [
            SearchHit(
                id=r[1], title=r[2], url=r[3], source=r[4], published=r[5],
                score=float(score), snippet=snippet(r[6], terms, mark=mark), story_id=r[7],
            )
            for rowid, score in ranked
            if (r := rows.get(rowid)) is not None
        ]
        return Page(hits, int(total), limit, offset)

    # -- entities --------------------------------------------------------------------
    def get_entity(self, entity_id: str) -> Entity | None:
        rows = self._q(
            "SELECT id, label_en, label_ar, type, country, sector FROM entities WHERE id = ?",
            (entity_id,),
        )
        return Entity(*rows[0]) if rows else None

    def search_entities(self, name: str, limit: int = 20) -> list[tuple[Entity, int]]:
        """Entities whose label contains the name (normalised), most mentioned first."""
        norm = index_text(name)
        if not norm:
            return []
        rows = self._q(
            "SELECT n.id, n.label_en, n.label_ar, n.type, n.country, n.sector, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = n.id) AS c "
            "FROM entities n WHERE n.norm_label LIKE ? ORDER BY c DESC, n.id LIMIT ?",
            ("% " + norm + " %", limit),
        )
        return [(Entity(*r[:6]), int(r[6])) for r in rows]

    def iter_entities(self) -> Iterator[Entity]:
        for r in self._q(
            "SELECT id, label_en, label_ar, type, country, sector FROM entities ORDER BY id"
        ):
            yield Entity(*r)

    def counterparts(self, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Who an entity acts on or is acted on by, with event counts."""
        rows = self._q(
            "SELECT o.entity_id, o.code, me.role, COUNT(DISTINCT e.id) AS n "
            "FROM event_participants me "
            "JOIN event_participants o ON o.event_id = me.event_id AND o.role <> me.role "
            "JOIN events e ON e.id = me.event_id "
            "WHERE me.entity_id = ? GROUP BY o.entity_id, o.code, me.role "
            "ORDER BY n DESC LIMIT ?",
            (entity_id, limit),
        )
        return [
            {"entity_id": r[0], "code": r[1], "role": r[2], "events": int(r[3])} for r in rows
        ]

    def quotes(self, speaker_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """What an entity said, newest first, with the article that reports it."""
        rows = self._q(
            "SELECT q.article_id, a.title, a.published, q.text, q.kind, q.verb "
            "FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker_id = ? ORDER BY a.published DESC LIMIT ?",
            (speaker_id, limit),
        )
        keys = ("article_id", "title", "published", "text", "kind", "verb")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    # -- events ----------------------------------------------------------------------
    def _events_from_rows(
        self, rows: list[tuple[Any, ...]], with_sources: bool
    ) -> list[StoredEvent]:
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        parts: dict[str, dict[str, list[dict[str, Any]]]] = {
            i: {"actor": [], "recipient": []} for i in ids
        }
        for eid, role, code, entity_id, country, text in self._q(
            "SELECT event_id, role, code, entity_id, country, text FROM event_participants "
            f"WHERE event_id IN ({marks})",
            ids,
        ):
            parts[eid][role].append(
                {"code": code, "entity_id": entity_id, "country": country, "text": text}
            )
        sources: dict[str, list[EventSource]] = {i: [] for i in ids}
        if with_sources:
            for r in self._q(
                "SELECT s.event_id, s.article_id, s.local_id, s.trigger, s.sentence_start, "
                "s.sentence_end, s.trigger_start, s.trigger_end, s.rule, a.title, a.source, "
                "a.url, a.published FROM event_sources s JOIN articles a ON a.id = s.article_id"
                f" WHERE s.event_id IN ({marks}) ORDER BY a.published",
                ids,
            ):
                sources[r[0]].append(EventSource(*r[1:]))
        return [
            StoredEvent(
                id=r[0], category=r[1], mode=r[2], cameo=r[3], quad=int(r[4]), status=r[5],
                date=r[6], day=r[7], location=r[8], location_text=r[9],
                actors=parts[r[0]]["actor"], recipients=parts[r[0]]["recipient"],
                story_id=r[10], n_sources=int(r[11]), confidence=float(r[12]),
                sources=sources[r[0]],
            )
            for r in rows
        ]

    def list_events(
        self, filters: EventFilter | None = None, *, involving: str | None = None,
        limit: int = 50, offset: int = 0, with_sources: bool = False,
    ) -> Page[StoredEvent]:
        """Deduplicated events, newest first; ``involving`` matches either role."""
        where, params = self._event_where(filters or EventFilter(), involving)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        total = self._q(f"SELECT COUNT(*) FROM events e{cond}", params)[0][0]
        rows = self._q(
            f"SELECT {_EVENT_COLS} FROM events e{cond} ORDER BY e.day DESC, e.id "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page(self._events_from_rows(rows, with_sources), int(total), limit, offset)

    def get_event(self, event_id: str) -> StoredEvent | None:
        rows = self._q(f"SELECT {_EVENT_COLS} FROM events e WHERE e.id = ?", (event_id,))
        events = self._events_from_rows(rows, with_sources=True)
        return events[0] if events else None

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[StoredEvent]:
        offset = 0
        while True:
            page = self.list_events(filters, limit=500, offset=offset, with_sources=True)
            yield from page.items
            offset += len(page.items)
            if len(page.items) < 500:
                return

    # -- clusters --------------------------------------------------------------------
    @staticmethod
    def _cluster(r: Sequence[Any]) -> ClusterRecord:
        return ClusterRecord(
            id=r[0], kind=r[1], label=r[2], first_seen=r[3], last_seen=r[4], size=int(r[5]),
            state=json.loads(r[6] or "{}"),
        )

    def list_clusters(
        self, kind: str = "story", *, min_size: int = 1, date_from: str | None = None,
        date_to: str | None = None, limit: int = 50, offset: int = 0,
    ) -> Page[ClusterRecord]:
        where = ["kind = ?", "size >= ?"]
        params: list[Any] = [kind, min_size]
        if date_from:
            where.append("last_seen >= ?")
            params.append(date_from)
        if date_to:
            where.append("first_seen <= ?")
            params.append(date_to + "T99")
        cond = " AND ".join(where)
        total = self._q(f"SELECT COUNT(*) FROM clusters WHERE {cond}", params)[0][0]
        rows = self._q(
            "SELECT id, kind, label, first_seen, last_seen, size, '{}' FROM clusters "
            f"WHERE {cond} ORDER BY size DESC, last_seen DESC, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page([self._cluster(r) for r in rows], int(total), limit, offset)

    def get_cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """The cluster record, its articles and (for stories) its events."""
        rows = self._q(
            "SELECT id, kind, label, first_seen, last_seen, size, state FROM clusters "
            "WHERE id = ?",
            (cluster_id,),
        )
        if not rows:
            return None
        cluster = self._cluster(rows[0])
        column = "story_id" if cluster.kind == "story" else "dup_group"
        arts = self._q(
            f"SELECT {_SUMMARY_COLS} FROM articles a WHERE a.{column} = ? ORDER BY a.published",
            (cluster_id,),
        )
        events: list[StoredEvent] = []
        if cluster.kind == "story":
            events = self.list_events(
                EventFilter(story=cluster_id), limit=500, with_sources=True
            ).items
        return {"cluster": cluster, "articles": [_summary(r) for r in arts], "events": events}

    def recent_clusters(self, kind: str, since: str) -> list[ClusterRecord]:
        rows = self._q(
            "SELECT id, kind, label, first_seen, last_seen, size, state FROM clusters "
            "WHERE kind = ? AND last_seen >= ? ORDER BY last_seen",
            (kind, since),
        )
        return [self._cluster(r) for r in rows]

    def recent_signatures(
        self, since: str
    ) -> list[tuple[str, str | None, str | None, bytes]]:
        """(article id, near-duplicate group, story, MinHash signature) of recent articles."""
        rows = self._q(
            "SELECT id, dup_group, story_id, minhash FROM articles WHERE day >= ? "
            "AND minhash IS NOT NULL ORDER BY rowid",
            (since,),
        )
        return [(r[0], r[1], r[2], bytes(r[3])) for r in rows]

    def latest_day(self) -> str | None:
        rows = self._q("SELECT MAX(day) FROM articles")
        return rows[0][0] if rows and rows[0][0] else None

    # -- statistics ------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("articles", "entities", "mentions", "events", "event_sources", "quotes"):
            out[table] = int(self._q(f"SELECT COUNT(*) FROM {table}")[0][0])
        for kind in ("dup", "story"):
            out[f"clusters_{kind}"] = int(
                self._q("SELECT COUNT(*) FROM clusters WHERE kind = ?", (kind,))[0][0]
            )
        out["failed"] = int(
            self._q("SELECT COUNT(*) FROM ingest_log WHERE status = 'failed'")[0][0]
        )
        return out

    def stats(
        self, by: str = "category", *, interval: str = "day",
        filters: EventFilter | None = None, happened_only: bool = True,
    ) -> list[dict[str, Any]]:
        """Event counts per period and ``by`` (category | quad | dyad | actor | country | status).

        Negated, future and hypothetical events are left out unless ``happened_only``
        is false or a status filter asks for them.
        """
        if interval not in _INTERVALS:
            raise ValueError(f"interval must be one of {', '.join(_INTERVALS)}")
        f = filters or EventFilter()
        where, params = self._event_where(f)
        if happened_only and f.status is None:
            where.append("e.status NOT IN ('negated', 'future', 'hypothetical')")
        period = f"substr(e.day, 1, {_INTERVALS[interval]})"
        join = ""
        if by in ("category", "quad", "status"):
            key = f"e.{by}"
        elif by == "country":
            join = " JOIN event_participants p0 ON p0.event_id = e.id"
            key = "p0.country"
            where.append("p0.country IS NOT NULL")
        elif by == "actor":
            join = " JOIN event_participants pa ON pa.event_id = e.id AND pa.role = 'actor'"
            key = "pa.code"
        elif by == "dyad":
            join = (
                " JOIN event_participants pa ON pa.event_id = e.id AND pa.role = 'actor'"
                " JOIN event_participants pr ON pr.event_id = e.id AND pr.role = 'recipient'"
            )
            key = "pa.code || '>' || pr.code"
        else:
            raise ValueError("by must be category, quad, status, country, actor or dyad")
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        rows = self._q(
            f"SELECT {period} AS period, {key} AS k, COUNT(DISTINCT e.id) FROM events e{join}"
            f"{cond} GROUP BY {period}, {key} ORDER BY period, k",
            params,
        )
        return [{"period": r[0], "key": r[1], "count": int(r[2])} for r in rows]
