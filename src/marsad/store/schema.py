"""The schema as numbered migrations, per dialect; ``schema_version`` records the level.

A migration is a list of statements applied in one transaction; opening a store
applies the ones it has not seen. Add a migration, never edit a shipped one.
Columns are the same in both dialects (times are ISO-8601 UTC text, JSON is text) so
the query code is shared; only keys, the full-text index and blobs differ.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

_ARTICLE_COLUMNS = """
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    canonical_url TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT,
    published TEXT,
    day TEXT,
    lang TEXT,
    sections TEXT,
    author TEXT,
    agency TEXT,
    flags TEXT,
    error TEXT,
    pipeline_version TEXT,
    dup_group TEXT,
    story_id TEXT,
    n_events INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL,
    run_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    norm_title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    norm_text TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL"""  # the big columns last: filters never read past them

_COMMON = [
    """CREATE TABLE entities (
        id TEXT PRIMARY KEY, label_en TEXT, label_ar TEXT, type TEXT, country TEXT,
        sector TEXT, norm_label TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL, start_ INTEGER NOT NULL, end_ INTEGER NOT NULL,
        label TEXT, text TEXT, entity_id TEXT, actor_code TEXT, source TEXT, score REAL)""",
    "CREATE INDEX mentions_article ON mentions(article_id)",
    "CREATE INDEX mentions_entity ON mentions(entity_id)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY, category TEXT NOT NULL, mode TEXT, cameo TEXT,
        quad INTEGER NOT NULL, status TEXT NOT NULL, date TEXT, date_granularity TEXT,
        day TEXT, location TEXT, location_text TEXT, story_id TEXT,
        first_article_id TEXT NOT NULL, n_sources INTEGER NOT NULL DEFAULT 1,
        confidence REAL NOT NULL DEFAULT 1, actor_keys TEXT NOT NULL DEFAULT '',
        recipient_keys TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL)""",
    "CREATE INDEX events_category_day ON events(category, day)",
    "CREATE INDEX events_day ON events(day)",
    "CREATE INDEX events_story ON events(story_id, category, day)",
    """CREATE TABLE event_sources (
        event_id TEXT NOT NULL, article_id TEXT NOT NULL, local_id TEXT NOT NULL,
        trigger TEXT, sentence_start INTEGER, sentence_end INTEGER, trigger_start INTEGER,
        trigger_end INTEGER, rule TEXT, PRIMARY KEY (event_id, article_id, local_id))""",
    "CREATE INDEX event_sources_article ON event_sources(article_id)",
    """CREATE TABLE event_participants (
        event_id TEXT NOT NULL, role TEXT NOT NULL, code TEXT NOT NULL DEFAULT '',
        entity_id TEXT, country TEXT, text TEXT)""",
    "CREATE INDEX participants_event ON event_participants(event_id)",
    "CREATE INDEX participants_entity ON event_participants(entity_id, role)",
    "CREATE INDEX participants_code ON event_participants(code, role)",
    "CREATE INDEX participants_country ON event_participants(country)",
    """CREATE TABLE quotes (
        article_id TEXT NOT NULL, start_ INTEGER, end_ INTEGER, text TEXT, kind TEXT,
        verb TEXT, speaker_text TEXT, speaker_id TEXT, speaker_start INTEGER,
        speaker_end INTEGER)""",
    "CREATE INDEX quotes_article ON quotes(article_id)",
    "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
    """CREATE TABLE clusters (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',
        first_seen TEXT, last_seen TEXT, size INTEGER NOT NULL DEFAULT 0, state TEXT)""",
    "CREATE INDEX clusters_kind_seen ON clusters(kind, last_seen)",
    """CREATE TABLE ingest_log (
        item_key TEXT PRIMARY KEY, status TEXT NOT NULL, article_id TEXT, reason TEXT,
        run_id INTEGER, at TEXT NOT NULL)""",
]

_ARTICLE_INDEXES = [
    "CREATE INDEX articles_day ON articles(day)",
    "CREATE INDEX articles_source_day ON articles(source, day)",
    "CREATE INDEX articles_story ON articles(story_id)",
    "CREATE INDEX articles_dup ON articles(dup_group)",
    "CREATE INDEX articles_version ON articles(pipeline_version)",
]

_SQLITE_V1 = [
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    f"CREATE TABLE articles (rowid INTEGER PRIMARY KEY, {_ARTICLE_COLUMNS}, minhash BLOB)",
    *_ARTICLE_INDEXES,
    *_COMMON,
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT,
        status TEXT NOT NULL, sources TEXT, pipeline_version TEXT, counts TEXT)""",
    # external-content FTS5 over the normalised, clitic-stripped forms
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        norm_title, norm_text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 0')""",
    "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')",
]

_POSTGRES_V1 = [
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    f"""CREATE TABLE articles (rowid BIGSERIAL PRIMARY KEY, {_ARTICLE_COLUMNS},
        minhash BYTEA,
        tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', norm_title), 'A')
            || to_tsvector('simple', norm_text)) STORED)""",
    *_ARTICLE_INDEXES,
    "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
    *_COMMON,
    """CREATE TABLE runs (
        id BIGSERIAL PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
        status TEXT NOT NULL, sources TEXT, pipeline_version TEXT, counts TEXT)""",
]

# v2: FTS5's own rank is bm25 with the title weighted x3, so "ORDER BY rank" (sorted
# inside FTS5) replaces an SQL-level bm25() sort
_SQLITE_V2 = ["INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)')"]

# v3: indexes for the filters of large stores (participant subqueries, quad)
_V3 = [
    "CREATE INDEX participants_country_event ON event_participants(country, event_id)",
    "CREATE INDEX participants_code_role_event ON event_participants(code, role, event_id)",
    "CREATE INDEX participants_entity_role_event ON event_participants(entity_id, role, event_id)",
    "CREATE INDEX events_quad_day ON events(quad, day)",
]

# dialect -> [(version, statements)], oldest first
MIGRATIONS: dict[str, list[tuple[int, list[str]]]] = {
    "sqlite": [(1, _SQLITE_V1), (2, _SQLITE_V2), (3, _V3)],
    "postgres": [(1, _POSTGRES_V1), (2, []), (3, _V3)],
}

SCHEMA_VERSION = max(v for v, _ in MIGRATIONS["sqlite"])
