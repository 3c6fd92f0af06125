"""Inbox rows written before an ack, on a connection of their own, in the driver's own terms.

Each ack of a review waits for its inbox row. Through SQLAlchemy, one put cost about 160 µs of the interpreter
(connection checkout, events, statement compilation lookup, result objects, two PRAGMA toggles on SQLite) where the
driver alone needs about 30 µs: under a burst of events that difference, multiplied by every ack queued behind the
interpreter lock, was most of Plume's ack latency. The writer keeps one driver connection, the INSERT as plain SQL
(values converted by the columns' own types, so rows read back exactly as the ORM writes them), commits without
waiting for the disk, polls for SQLite's write lock rather than sleeping in SQLite's busy handler, leaves WAL
checkpoints to the other connections, and replaces its connection after any error (no ping before each use: a dead
connection fails its put, which the platform then redelivers).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from storage.tables import InboxRow

LOCK_POLL_SECONDS = 0.0005
LOCK_WAIT_SECONDS = 30.0
COLUMNS = ("platform", "channel_id", "message_id", "kind", "sealed", "received_at", "worker", "lease_until", "attempts")


class InboxWriter:
    """Inserts inbox rows in one transaction per call; not thread-safe (the store serialises its commits)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        table = InboxRow.__table__
        self._convert: list[Callable[[Any], Any] | None] = [
            table.c[name].type.bind_processor(engine.dialect) for name in COLUMNS
        ]
        self._sql = (
            f"INSERT INTO inbox ({', '.join(COLUMNS)}) VALUES ({', '.join(['?'] * len(COLUMNS))}) "
            "ON CONFLICT DO NOTHING RETURNING id"
        )
        """SQLite's statement, one row at a time (the driver reuses it prepared; no round trip to save there)."""
        self._pooled: Any = None
        self._driver: Any = None

    def insert(self, rows: Sequence[dict[str, Any]]) -> list[int | None]:
        """Store `rows` (one dict of COLUMNS each) together; each gets its id, or None when its key is already
        stored (by an earlier transaction or earlier in `rows`). Raises if the transaction fails: nothing is stored.
        """
        driver = self._driver or self._connect()
        driver_error = self._engine.dialect.loaded_dbapi.Error
        try:
            return self._insert_sqlite(driver, rows) if self._sqlite else self._insert_postgresql(driver, rows)
        except driver_error as error:  # raised as SQLAlchemy raises it for every other statement
            self.close()  # the next put starts on a fresh connection
            raise DBAPIError.instance(self._sql, None, error, driver_error) from error
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        pooled, self._pooled, self._driver = self._pooled, None, None
        if pooled is not None:
            with suppress(Exception):  # already broken: nothing more to release
                pooled.close()

    def _parameters(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(
            convert(row[name]) if convert is not None else row[name]
            for name, convert in zip(COLUMNS, self._convert, strict=True)
        )

    def _insert_sqlite(self, driver: Any, rows: Sequence[dict[str, Any]]) -> list[int | None]:
        _take_write_lock(driver)
        try:
            ids = [_first_id(driver.execute(self._sql, self._parameters(row)).fetchone()) for row in rows]
        except BaseException:
            driver.execute("ROLLBACK")
            raise
        driver.execute("COMMIT")
        return ids

    def _insert_postgresql(self, driver: Any, rows: Sequence[dict[str, Any]]) -> list[int | None]:
        """One statement for the whole batch, committed on its own (autocommit): one round trip to the server."""
        values = ", ".join([f"({', '.join(['%s'] * len(COLUMNS))})"] * len(rows))
        sql = (
            f"INSERT INTO inbox ({', '.join(COLUMNS)}) VALUES {values} "
            "ON CONFLICT DO NOTHING RETURNING id, platform, channel_id, message_id"
        )
        parameters = [value for row in rows for value in self._parameters(row)]
        with driver.cursor() as cursor:
            stored = {(platform, channel, message): entry_id for entry_id, platform, channel, message in
                      cursor.execute(sql, parameters).fetchall()}  # fmt: skip
        # a key twice in `rows` is stored once: its first occurrence gets the id, the next one None (a redelivery)
        return [stored.pop((row["platform"], row["channel_id"], row["message_id"]), None) for row in rows]

    def _connect(self) -> Any:
        """A connection of the engine's (its start-up settings applied: WAL, busy timeout), kept out of its pool."""
        pooled = self._engine.raw_connection()
        driver: Any = pooled.driver_connection
        pooled.detach()  # closed for good when closed, never handed to another user of the pool
        if self._sqlite:
            # WAL without a sync at each commit: the row survives the Plume process dying, which is what the inbox
            # is for; a crash of the machine may lose the last commits, never corrupt anything.
            driver.execute("PRAGMA synchronous=NORMAL")
            driver.execute("PRAGMA wal_autocheckpoint=0")  # checkpoints are the other connections' work, not an ack's
            driver.execute("PRAGMA busy_timeout=0")  # `_take_write_lock` waits instead
        else:
            driver.autocommit = True  # each batch is one INSERT statement: atomic on its own
            driver.execute("SET synchronous_commit = off")  # the same bargain on PostgreSQL, this session only
        self._pooled, self._driver = pooled, driver
        return driver


def _take_write_lock(driver: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, retried every LOCK_POLL_SECONDS while another connection writes (up to LOCK_WAIT_SECONDS).

    SQLite's own busy handler sleeps longer and longer between tries (up to 100 ms each): behind the writes of the
    drafts in progress, an ack waited hundreds of milliseconds for a lock free most of that time.
    """
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            driver.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
        time.sleep(LOCK_POLL_SECONDS)


def _first_id(row: Sequence[Any] | None) -> int | None:
    return None if row is None else int(row[0])
