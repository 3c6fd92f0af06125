"""Engines for any SQLAlchemy URL, SQLite tuned for a threaded server, migrations applied at start, and the
`Database` every store holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import CursorResult, Engine, Result, make_url
from sqlalchemy.orm import sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATION_LOCK = 7_405_813  # an arbitrary key for PostgreSQL's advisory lock around migrations
READ_ONLY = "plume_read_only"
"""Execution option of long read-only connections (audit figures, exports): on SQLite they take no write lock,
each statement reading its own WAL snapshot, so drafts and approvals go on while an export streams."""


def _prepare_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout and IMMEDIATE transactions, so concurrent writers wait instead of failing."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if not connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """What every store holds: the engine, its sessions, the clock that stamps rows, what the dialect allows."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.now = clock
        self.dialect = engine.dialect.name
        self.skip_locked = self.dialect == "postgresql"
        """Whether claims may skip rows that other workers locked (PostgreSQL); SQLite serialises writers."""


def rows_changed(result: Result[*tuple[Any, ...]]) -> int:
    """How many rows an UPDATE or DELETE matched (`Session.execute` is typed as returning a plain `Result`)."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"no row count on a {type(result).__name__}")
    return result.rowcount


def open_engine(url: str) -> Engine:
    """An engine for `url`; a SQLite file's folder is created on first use."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    _prepare_sqlite(engine)
    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every Alembic migration not yet applied (up to `revision`).

    On PostgreSQL, an advisory lock makes processes that start together migrate one after another. On SQLite,
    foreign keys are off while migrating: Alembic's batch mode recreates tables, and with them on, dropping
    the old `revisions` table would cascade into `approvals`.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:  # outside any transaction, where SQLite honours this pragma
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":  # processes starting together migrate one after another
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
