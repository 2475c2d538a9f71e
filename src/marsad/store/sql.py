"""Shared SQL store: migrations, transactional batch writes and event merging.

Both backends speak the same SQL (``?`` placeholders, rewritten for psycopg); a
backend subclass supplies the connection, the full-text hooks and blob handling.
Writes happen in one transaction per :meth:`SQLStore.save` call, so a process killed
mid-run leaves whole batches or nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Self

from marsad.cluster.events import EventKey, same_event
from marsad.errors import StoreError
from marsad.ingest.canonical import canonical_url
from marsad.models import Article, Event, Participant
from marsad.store.queries import QueryMixin
from marsad.store.records import (
    ClusterRecord,
    SaveResult,
    content_hash,
    dumps,
    iso_utc,
)
from marsad.store.schema import MIGRATIONS
from marsad.store.textindex import index_text

__all__ = ["SQLStore", "canonical_event_id", "participant_country"]

log = logging.getLogger(__name__)

# meta keys that are run plumbing (or stored in their own column), not article metadata
_TRANSIENT_META = frozenset(
    {"minhash", "item_key", "norm_text", "norm_title", "terms", "dup_group", "input"}
)
_NON_COUNTRY = frozenset({"IGO", "UNO", "NGO", "MNC", "IMG", "UAF", "CVL", "GOV", "MIL"})
_ISO3 = re.compile(r"^[A-Z]{3}")


def participant_country(p: Participant, entity_country: dict[str, str | None]) -> str | None:
    if p.entity_id and entity_country.get(p.entity_id):
        return entity_country[p.entity_id]
    m = _ISO3.match(p.code or "")
    if m and m.group() not in _NON_COUNTRY:
        return m.group()
    return None


def canonical_event_id(article_id: str, event: Event, index: int) -> str:
    key = f"{article_id}:{event.id or index}"
    return "ev" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:14]


def _keys(parts: Sequence[Participant]) -> str:
    keys = sorted({p.entity_id or p.code for p in parts if p.entity_id or p.code})
    return " ".join(keys)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLStore(QueryMixin):
    """Base of the SQLite and PostgreSQL stores (see :class:`marsad.store.base.Store`)."""

    dialect = "sql"

    def __init__(self, url: str) -> None:
        self.url = url
        self._depth = 0

    # -- plumbing (overridden where dialects differ) ------------------------------------
    def _sql(self, sql: str) -> str:
        return sql

    def _cursor(self) -> Any:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _insert_article_row(self, cur: Any, row: dict[str, Any]) -> int:
        raise NotImplementedError

    def _blob(self, data: bytes | None) -> Any:
        return data

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._cursor()
        cur.execute(self._sql(sql), tuple(params))
        rows = cur.fetchall()
        if self._depth == 0:
            self._commit()  # end the implicit read transaction
        return list(rows)

    def _x(self, cur: Any, sql: str, params: Sequence[Any] = ()) -> None:
        cur.execute(self._sql(sql), tuple(params))

    def _xmany(self, cur: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        cur = self._cursor()
        self._depth += 1
        try:
            yield cur
        except BaseException:
            self._depth -= 1
            self._rollback()
            raise
        self._depth -= 1
        try:
            self._commit()
        except Exception as e:
            raise StoreError(f"{self.url}: commit failed: {e}") from e

    # -- migrations ------------------------------------------------------------------
    def _migrate(self) -> None:
        current = self.schema_version()
        for version, statements in MIGRATIONS[self.dialect]:
            if version <= current:
                continue
            try:
                with self._tx() as cur:
                    for stmt in statements:
                        self._x(cur, stmt)
                    self._x(cur, "DELETE FROM schema_version")
                    self._x(cur, "INSERT INTO schema_version (version) VALUES (?)", (version,))
            except Exception as e:
                raise StoreError(f"{self.url}: migration {version} failed: {e}") from e
            log.info("%s: migrated to schema %d", self.url, version)

    def _table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def schema_version(self) -> int:
        if not self._table_exists("schema_version"):
            return 0
        rows = self._q("SELECT version FROM schema_version")
        return int(rows[0][0]) if rows else 0

    # -- runs and the ingest log -----------------------------------------------------
    def start_run(self, sources: Sequence[str], pipeline_version: str) -> int:
        with self._tx() as cur:
            self._x(
                cur,
                "INSERT INTO runs (started, status, sources, pipeline_version) "
                "VALUES (?, 'running', ?, ?) RETURNING id",
                (_now(), json.dumps(list(sources), ensure_ascii=False), pipeline_version),
            )
            return int(cur.fetchone()[0])

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        with self._tx() as cur:
            self._x(
                cur,
                "UPDATE runs SET finished = ?, status = ?, counts = ? WHERE id = ?",
                (_now(), status, json.dumps(counts, ensure_ascii=False), run_id),
            )

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._q(
            "SELECT id, started, finished, status, sources, pipeline_version, counts "
            "FROM runs ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        keys = ("id", "started", "finished", "status", "sources", "pipeline_version", "counts")
        out = []
        for r in rows:
            d = dict(zip(keys, r, strict=True))
            d["sources"] = json.loads(d["sources"] or "[]")
            d["counts"] = json.loads(d["counts"] or "{}")
            out.append(d)
        return out

    def seen_items(self, item_keys: Sequence[str]) -> set[str]:
        """Item keys (source item ids or URLs) already stored or found duplicate; failed
        items are not "seen", so a rerun retries them."""
        seen: set[str] = set()
        for chunk in _chunks(list(item_keys), 500):
            marks = ",".join("?" * len(chunk))
            seen.update(
                r[0]
                for r in self._q(
                    f"SELECT item_key FROM ingest_log WHERE item_key IN ({marks}) "
                    "AND status <> 'failed'",
                    chunk,
                )
            )
        return seen

    def existing(self, hashes: Sequence[str], canonical_urls: Sequence[str]) -> dict[str, str]:
        """Map each known content hash / canonical URL to the stored article id."""
        out: dict[str, str] = {}
        for column, values in (("content_hash", hashes), ("canonical_url", canonical_urls)):
            for chunk in _chunks([v for v in values if v], 500):
                marks = ",".join("?" * len(chunk))
                for value, aid in self._q(
                    f"SELECT {column}, id FROM articles WHERE {column} IN ({marks})", chunk
                ):
                    out[value] = aid
        return out

    # -- writing ---------------------------------------------------------------------
    def save(
        self,
        articles: Sequence[Article],
        *,
        clusters: Sequence[ClusterRecord] = (),
        failures: Sequence[tuple[str, str]] = (),
        duplicates: Sequence[tuple[str, str | None]] = (),
        dup_updates: Sequence[tuple[str, str]] = (),
        run_id: int | None = None,
        pipeline_version: str = "",
    ) -> SaveResult:
        """Write a batch in ONE transaction: articles with their analysis, cluster
        records, near-duplicate groups of earlier articles (``dup_updates``: article
        id, group id), and ingest-log entries for failed and duplicate items.

        An article whose id, content hash or canonical URL is already stored counts
        as a duplicate and changes nothing. ``article.meta["item_key"]`` (if set) is
        logged so a resumed run skips the item without re-reading it.
        """
        result = SaveResult()
        now = _now()
        try:
            with self._tx() as cur:
                for article in articles:
                    existing = self._find_existing(cur, article)
                    key = article.meta.get("item_key")
                    if existing:
                        result.duplicates += 1
                        result.duplicate_ids.append(existing)
                        if key:
                            self._log(cur, key, "duplicate", existing, None, run_id, now)
                        continue
                    self._insert_article(cur, article, pipeline_version, run_id, now, result)
                    result.new += 1
                    if key:
                        self._log(cur, key, "new", article.id, None, run_id, now)
                for key, of in duplicates:
                    self._log(cur, key, "duplicate", of, None, run_id, now)
                    result.duplicates += 1
                for key, reason in failures:
                    self._log(cur, key, "failed", None, reason[:2000], run_id, now)
                    result.failed += 1
                for c in clusters:
                    self._upsert_cluster(cur, c)
                self._xmany(
                    cur,
                    "UPDATE articles SET dup_group = ? WHERE id = ? AND dup_group IS NULL",
                    [(group, aid) for aid, group in dup_updates],
                )
        except StoreError:
            raise
        except Exception as e:
            raise StoreError(f"{self.url}: cannot save batch: {e}") from e
        return result

    def _find_existing(self, cur: Any, article: Article) -> str | None:
        cu = canonical_url(article.url) if article.url else None
        self._x(
            cur,
            "SELECT id FROM articles WHERE id = ? OR content_hash = ? OR canonical_url = ? "
            "LIMIT 1",
            (article.id, content_hash(article.text), cu),
        )
        row = cur.fetchone()
        return str(row[0]) if row else None

    def _log(
        self, cur: Any, key: str, status: str, article_id: str | None, reason: str | None,
        run_id: int | None, now: str,
    ) -> None:
        self._x(
            cur,
            "INSERT INTO ingest_log (item_key, status, article_id, reason, run_id, at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_key) DO UPDATE SET "
            "status = excluded.status, article_id = excluded.article_id, "
            "reason = excluded.reason, run_id = excluded.run_id, at = excluded.at",
            (key, status, article_id, reason, run_id, now),
        )

    def _insert_article(
        self, cur: Any, a: Article, version: str, run_id: int | None, now: str,
        result: SaveResult,
    ) -> None:
        published = iso_utc(a.published)
        minhash = a.meta.get("minhash")
        analysis = {
            "sentences": a.sentences,
            "timexes": a.timexes,
            "mentions": a.mentions,
            "entities": a.entities,
            "events": a.events,
            "quotes": a.quotes,
            "meta": {k: v for k, v in a.meta.items() if k not in _TRANSIENT_META},
        }
        row = {
            "id": a.id,
            "url": a.url,
            "canonical_url": canonical_url(a.url) if a.url else None,
            "content_hash": content_hash(a.text),
            "source": a.source,
            "title": a.title or "",
            "text": a.text,
            "norm_title": a.meta.get("norm_title") or index_text(a.title or ""),
            "norm_text": a.meta.get("norm_text") or index_text(a.text),
            "published": published,
            "day": published[:10] if published else now[:10],
            "lang": a.lang,
            "sections": json.dumps(list(a.sections), ensure_ascii=False),
            "author": a.author,
            "agency": a.agency,
            "flags": json.dumps(list(a.flags), ensure_ascii=False),
            "error": a.error,
            "pipeline_version": "" if a.error else version,
            "dup_group": a.meta.get("dup_group"),
            "story_id": a.cluster_id,
            "n_events": len(a.events),
            "ingested_at": now,
            "run_id": run_id,
            "analysis": dumps(analysis),
            "minhash": self._blob(minhash),
        }
        self._insert_article_row(cur, row)
        self._insert_analysis(cur, a, row["day"], result)

    def _insert_analysis(self, cur: Any, a: Article, day: str, result: SaveResult) -> None:
        self._xmany(
            cur,
            "INSERT INTO entities (id, label_en, label_ar, type, country, sector, norm_label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            [
                (e.id, e.label_en, e.label_ar, e.type, e.country, e.sector,
                 " " + index_text(f"{e.label_ar} {e.label_en}") + " ")
                for e in a.entities
            ],
        )
        self._xmany(
            cur,
            "INSERT INTO mentions (article_id, start_, end_, label, text, entity_id, actor_code,"
            " source, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (a.id, m.start, m.end, m.label, m.text, m.entity_id, m.actor_code, m.source,
                 m.score)
                for m in a.mentions
            ],
        )
        self._xmany(
            cur,
            "INSERT INTO quotes (article_id, start_, end_, text, kind, verb, speaker_text, "
            "speaker_id, speaker_start, speaker_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (a.id, q.start, q.end, q.text, q.kind, q.verb, q.speaker_text, q.speaker_id,
                 q.speaker_start, q.speaker_end)
                for q in a.quotes
            ],
        )
        countries = {e.id: e.country for e in a.entities}
        for i, ev in enumerate(a.events):
            self._insert_event(cur, a, ev, i, day, countries, result)

    def _insert_event(
        self, cur: Any, a: Article, ev: Event, index: int, article_day: str,
        countries: dict[str, str | None], result: SaveResult,
    ) -> None:
        day = ev.date if ev.date and len(ev.date) == 10 else article_day
        key = EventKey(
            category=ev.category, status=ev.status, day=day, story=a.cluster_id,
            actors=frozenset(_keys(ev.actors).split()),
            recipients=frozenset(_keys(ev.recipients).split()),
            trigger=index_text(ev.trigger), articles=frozenset({a.id}),
        )
        target = None
        if a.cluster_id:
            self._x(
                cur,
                "SELECT id, status, day, actor_keys, recipient_keys, payload, "
                "EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = events.id "
                "AND s.article_id = ?) FROM events "
                "WHERE story_id = ? AND category = ? AND day BETWEEN ? AND ?",
                (a.id, a.cluster_id, ev.category, _shift(day, -1), _shift(day, 1)),
            )
            for eid, status, eday, akeys, rkeys, payload, mine in cur.fetchall():
                other = EventKey(
                    category=ev.category, status=status, day=eday, story=a.cluster_id,
                    actors=frozenset(akeys.split()), recipients=frozenset(rkeys.split()),
                    trigger=index_text(json.loads(payload).get("trigger") or ""),
                    articles=frozenset({a.id}) if mine else frozenset(),
                )
                if same_event(key, other):
                    target = str(eid)
                    break
        source_row = (
            a.id, ev.id or str(index), ev.trigger, ev.sentence_start, ev.sentence_end,
            ev.trigger_start, ev.trigger_end, ev.rule,
        )
        if target is not None:
            self._x(
                cur,
                "INSERT INTO event_sources (event_id, article_id, local_id, trigger, "
                "sentence_start, sentence_end, trigger_start, trigger_end, rule) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (target, *source_row),
            )
            self._x(
                cur,
                "UPDATE events SET n_sources = (SELECT COUNT(DISTINCT article_id) FROM "
                "event_sources WHERE event_id = ?) WHERE id = ?",
                (target, target),
            )
            result.events_merged += 1
            return
        eid = canonical_event_id(a.id, ev, index)
        self._x(
            cur,
            "INSERT INTO events (id, category, mode, cameo, quad, status, date, "
            "date_granularity, day, location, location_text, story_id, first_article_id, "
            "n_sources, confidence, actor_keys, recipient_keys, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO NOTHING",
            (
                eid, ev.category, ev.mode, ev.cameo, ev.quad, ev.status, ev.date,
                ev.date_granularity, day, ev.location, ev.location_text, a.cluster_id, a.id,
                ev.confidence, _keys(ev.actors), _keys(ev.recipients), dumps(ev),
            ),
        )
        self._x(
            cur,
            "INSERT INTO event_sources (event_id, article_id, local_id, trigger, "
            "sentence_start, sentence_end, trigger_start, trigger_end, rule) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (eid, *source_row),
        )
        self._xmany(
            cur,
            "INSERT INTO event_participants (event_id, role, code, entity_id, country, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (eid, role, p.code or "", p.entity_id, participant_country(p, countries),
                 p.text)
                for role, parts in (("actor", ev.actors), ("recipient", ev.recipients))
                for p in parts
            ],
        )
        result.events_new += 1

    def _upsert_cluster(self, cur: Any, c: ClusterRecord) -> None:
        self._x(
            cur,
            "INSERT INTO clusters (id, kind, label, first_seen, last_seen, size, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "label = excluded.label, last_seen = excluded.last_seen, size = excluded.size, "
            "state = excluded.state",
            (c.id, c.kind, c.label, c.first_seen, c.last_seen, c.size,
             json.dumps(c.state, ensure_ascii=False)),
        )

    # -- re-analysis -----------------------------------------------------------------
    def replace_analysis(self, articles: Sequence[Article], pipeline_version: str) -> int:
        """Swap the stored analysis of already-stored articles (``marsad reprocess``)."""
        done = 0
        with self._tx() as cur:
            for a in articles:
                self._x(cur, "SELECT day FROM articles WHERE id = ?", (a.id,))
                row = cur.fetchone()
                if row is None:
                    continue
                self._delete_analysis(cur, a.id)
                analysis = {
                    "sentences": a.sentences, "timexes": a.timexes, "mentions": a.mentions,
                    "entities": a.entities, "events": a.events, "quotes": a.quotes,
                    "meta": {k: v for k, v in a.meta.items() if k not in _TRANSIENT_META},
                }
                self._x(
                    cur,
                    "UPDATE articles SET analysis = ?, pipeline_version = ?, n_events = ?, "
                    "error = ?, lang = ?, agency = ?, flags = ? WHERE id = ?",
                    (dumps(analysis), "" if a.error else pipeline_version, len(a.events),
                     a.error, a.lang,
                     a.agency, json.dumps(list(a.flags), ensure_ascii=False), a.id),
                )
                self._insert_analysis(cur, a, row[0], SaveResult())
                done += 1
        return done

    def _delete_analysis(self, cur: Any, article_id: str) -> None:
        self._x(cur, "DELETE FROM mentions WHERE article_id = ?", (article_id,))
        self._x(cur, "DELETE FROM quotes WHERE article_id = ?", (article_id,))
        self._x(cur, "SELECT DISTINCT event_id FROM event_sources WHERE article_id = ?",
                (article_id,))
        event_ids = [r[0] for r in cur.fetchall()]
        self._x(cur, "DELETE FROM event_sources WHERE article_id = ?", (article_id,))
        for eid in event_ids:
            self._x(cur, "SELECT COUNT(DISTINCT article_id), MIN(article_id) FROM "
                    "event_sources WHERE event_id = ?", (eid,))
            n, first = cur.fetchone()
            if not n:
                self._x(cur, "DELETE FROM event_participants WHERE event_id = ?", (eid,))
                self._x(cur, "DELETE FROM events WHERE id = ?", (eid,))
            else:
                self._x(cur, "UPDATE events SET n_sources = ?, first_article_id = ? "
                        "WHERE id = ?", (n, first, eid))


def _shift(day: str, days: int) -> str:
    from datetime import date, timedelta

    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return day


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
