"""PostgreSQL backend (psycopg 3): the same schema, ``tsvector`` + GIN for full text.

``postgresql://user@host:5432/db``; ``?schema=NAME`` (or ``schema=`` keyword) puts
the tables in their own schema, created if missing: one database can hold many
stores (the contract tests use a fresh schema per run). Text search uses the
'simple' configuration over the same normalised, clitic-stripped text as SQLite.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from marsad.errors import StoreError
from marsad.store.sql import SQLStore
from marsad.store.textindex import query_terms

__all__ = ["PostgresStore"]

_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, url: str, *, schema: str | None = None) -> None:
        super().__init__(url)
        import psycopg

        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        schema = schema or query.pop("schema", None)
        dsn = urlunsplit(parts._replace(scheme="postgresql", query=urlencode(query)))
        if schema is not None and not _SCHEMA_RE.match(schema):
            raise StoreError(f"{url}: bad schema name {schema!r}")
        self.schema = schema
        try:
            self._conn = psycopg.connect(dsn, autocommit=False)
            if schema:
                with self._conn.cursor() as cur:
                    cur.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
                    cur.execute(f"SET search_path TO {schema}")
                self._conn.commit()
        except psycopg.Error as e:
            raise StoreError(f"{url}: cannot connect: {e}") from e
        self._migrate()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _cursor(self) -> Any:
        return self._conn.cursor()

    def _commit(self) -> None:
        self._conn.commit()

    def _rollback(self) -> None:
        self._conn.rollback()

    def close(self) -> None:
        self._conn.close()

    def drop_schema(self) -> None:
        """Drop this store's schema and everything in it (tests)."""
        if not self.schema:
            raise StoreError("drop_schema needs a store opened with a schema")
        with self._conn.cursor() as cur:
            cur.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
        self._conn.commit()

    def _table_exists(self, name: str) -> bool:
        rows = self._q("SELECT to_regclass(?) IS NOT NULL", (name,))
        return bool(rows[0][0])

    def _blob(self, data: bytes | None) -> Any:
        return data

    def _insert_article_row(self, cur: Any, row: dict[str, Any]) -> int:
        cols = ", ".join(row)
        cur.execute(
            f"INSERT INTO articles ({cols}) VALUES ({', '.join(['%s'] * len(row))}) "
            "RETURNING rowid",
            tuple(row.values()),
        )
        return int(cur.fetchone()[0])

    def _fts(
        self, query: str, restrict: str | None, restrict_params: list[Any]
    ) -> tuple[str, list[Any], str, list[Any]] | None:
        phrases: list[str] = []
        words: list[str] = []
        for i, chunk in enumerate(query.split('"')):
            terms = query_terms(chunk)
            if i % 2 == 1 and len(terms) > 1:
                phrases.append(" ".join(terms))
            else:
                words.extend(terms)
        if not phrases and not words:
            return None
        tsq = ["plainto_tsquery('simple', ?)"] * (1 if words else 0)
        tsq += ["phraseto_tsquery('simple', ?)"] * len(phrases)
        params: list[Any] = ([" ".join(words)] if words else []) + phrases
        q = " && ".join(tsq)
        cond = "a.tsv @@ tsq.q" + (f" AND a.rowid IN ({restrict})" if restrict else "")
        source = f"articles a, (SELECT {q} AS q) tsq WHERE {cond}"
        return (
            f"SELECT COUNT(*) FROM {source}",
            [*params, *restrict_params],
            f"SELECT a.rowid, ts_rank_cd(a.tsv, tsq.q) AS score FROM {source} "
            "ORDER BY score DESC, a.rowid LIMIT ? OFFSET ?",
            [*params, *restrict_params],
        )

    def term_frequencies(self) -> tuple[int, dict[str, int]]:
        n = int(self._q("SELECT COUNT(*) FROM articles")[0][0])
        if n == 0:
            return 0, {}
        rows = self._q("SELECT word, ndoc FROM ts_stat('SELECT tsv FROM articles')")
        return n, {w: int(d) for w, d in rows}
