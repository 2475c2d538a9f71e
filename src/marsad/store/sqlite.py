"""SQLite backend (default): WAL journal, FTS5 over normalised text, one writer.

``sqlite:///path/to/marsad.db`` (``sqlite:///:memory:`` for tests). WAL lets readers
(the API, ``marsad search``) run while an ingest writes; a single writer connection
does every write, in one transaction per batch.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.store.sql import SQLStore
from marsad.store.textindex import query_terms

__all__ = ["SQLiteStore", "fts_match_expression"]

log = logging.getLogger(__name__)


def fts_match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every term required, phrases in double quotes kept."""
    parts: list[str] = []
    chunks = query.split('"')
    for i, chunk in enumerate(chunks):
        terms = query_terms(chunk)
        if not terms:
            continue
        if i % 2 == 1 and len(terms) > 1:  # inside quotes: a phrase
            parts.append('"' + " ".join(terms) + '"')
        else:
            parts.extend(f'"{t}"' for t in terms)
    return " AND ".join(parts) if parts else None


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, url: str, *, timeout: float = 30.0, rank_window: int = 2000) -> None:
        super().__init__(url)
        self.rank_window = rank_window
        path = url.removeprefix("sqlite://")
        path = path[1:] if path.startswith("/") else path  # sqlite:///rel or sqlite:////abs
        self.path = path or ":memory:"
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # autocommit off via explicit BEGIN in _cursor; isolation_level=None = we decide
            self._conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA cache_size=-65536")
            self._conn.execute("PRAGMA temp_store=MEMORY")
            self._conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS allowed_rows (rowid INTEGER PRIMARY KEY)"
            )
        except sqlite3.Error as e:
            raise StoreError(f"{url}: cannot open: {e}") from e
        self._migrate()

    def _cursor(self) -> Any:
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN")
        return self._conn.cursor()

    def _commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        # keeps the planner's statistics fresh after bulk writes (SQLite's advice)
        try:
            self._conn.execute("PRAGMA optimize")
        except sqlite3.Error as e:  # a read-only or busy file: statistics can wait
            log.debug("PRAGMA optimize skipped: %s", e)
        self._conn.close()

    def _table_exists(self, name: str) -> bool:
        rows = self._q("SELECT 1 FROM sqlite_master WHERE name = ?", (name,))
        return bool(rows)

    def _insert_article_row(self, cur: Any, row: dict[str, Any]) -> int:
        cols = ", ".join(row)
        cur.execute(
            f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
        rowid = int(cur.lastrowid)
        cur.execute(
            "INSERT INTO articles_fts (rowid, norm_title, norm_text) VALUES (?, ?, ?)",
            (rowid, row["norm_title"], row["norm_text"]),
        )
        return rowid

    def _fts(
        self, query: str, restrict: str | None, restrict_params: list[Any]
    ) -> tuple[str, list[Any], str, list[Any]] | None:
        expr = fts_match_expression(query)
        if expr is None:
            return None
        if restrict:
            # the allowed row ids, computed once per search into an in-memory table
            # whose key serves the IN checks of the three queries below
            self._conn.execute("DELETE FROM temp.allowed_rows")
            self._conn.execute(
                f"INSERT INTO temp.allowed_rows (rowid) {restrict}", restrict_params
            )
        cond = "articles_fts MATCH ?" + (
            " AND +rowid IN (SELECT rowid FROM temp.allowed_rows)" if restrict else "")
        params = [expr]
        # "+rowid": the filter is checked against a set built once, not pushed into FTS5
        # as one doclist seek per allowed row
        # bm25 costs a document-length lookup per match; for a query matching more than
        # rank_window articles, rank the newest rank_window of them (news readers want
        # the recent best), found by walking the doclist backwards from the newest row
        cutoff = self._q(
            f"SELECT rowid FROM articles_fts WHERE {cond} ORDER BY rowid DESC "
            "LIMIT 1 OFFSET ?",
            [*params, self.rank_window - 1],
        )
        page_cond, page_params = cond, params
        if cutoff:
            page_cond, page_params = cond + " AND rowid >= ?", [*params, cutoff[0][0]]
        return (
            f"SELECT COUNT(*) FROM articles_fts WHERE {cond}",
            params,
            # FTS5 sorts by its configured rank (bm25, title x3) internally
            f"SELECT rowid, -rank FROM articles_fts WHERE {page_cond} ORDER BY rank "
            "LIMIT ? OFFSET ?",
            page_params,
        )

    def term_frequencies(self) -> tuple[int, dict[str, int]]:
        """(number of documents, document frequency of every indexed term)."""
        n = int(self._q("SELECT COUNT(*) FROM articles")[0][0])
        return n, {t: int(d) for t, d in self._q("SELECT term, doc FROM articles_vocab")}

    def vacuum(self) -> None:
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
