"""The embedded SQLite database: one connection, used from the event-loop thread only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import orjson

SCHEMA_SQL = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


def iso(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds and `Z`, as the server renders timestamps."""
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def iso_from_epoch(seconds: float) -> str:
    return iso(datetime.fromtimestamp(seconds, UTC))


def epoch(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def dumps(value: Any) -> str:
    """Compact JSON text for a JSON column."""
    return orjson.dumps(value).decode()


def loads(text: str | None) -> Any:
    return None if text is None else orjson.loads(text)


class Database:
    """Owns the connection; every statement runs on the caller's (event-loop) thread.

    Handlers are synchronous and never await between reads and writes, so each request's
    database work is atomic with respect to other requests: concurrent writers serialise.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA busy_timeout=5000")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        # Caches for the hot path; `records_version` changes whenever sync_records do.
        self.records_version = 0
        self.count_cache: dict[tuple[int, int, str | None], int] = {}
        self.token_cache: dict[str, int] = {}
        self.may_have_moving_runs = True
        self.conn.execute("PRAGMA foreign_keys=OFF")

    def is_new(self) -> bool:
        """True when the schema has never been created (or no data was loaded)."""
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if row is None:
            return True
        loaded = self.conn.execute("SELECT value FROM meta WHERE key='loaded'").fetchone()
        return loaded is None

    @staticmethod
    def schema_statements() -> list[str]:
        """The DDL of schema.sql, one statement each (to run inside a transaction)."""
        lines = [ln for ln in SCHEMA_SQL.splitlines() if not ln.lstrip().startswith("--")]
        return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def one(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, args).fetchone()
        return row

    def all(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, args).fetchall()

    def scalar(self, sql: str, args: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, args).fetchone()
        return None if row is None else row[0]

    def insert(self, table: str, values: dict[str, Any]) -> int:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values())
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        if not values:
            return
        sets = ", ".join(f"{col} = ?" for col in values)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), row_id))

    def records_changed(self) -> None:
        self.records_version += 1
        self.count_cache.clear()

    def close(self) -> None:
        self.conn.close()
