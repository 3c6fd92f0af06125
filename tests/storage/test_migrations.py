"""Migrations keep what is stored: upgrading an old database loses no approval."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from storage.database import open_engine, upgrade


def test_upgrading_a_sqlite_database_with_approvals_keeps_them(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conversations (id, team_id, channel_id, review_ts, thread_ts, source, requested_by,"
                " review, masked_counts, status, model_id, created_at, updated_at) VALUES (1, 'T', 'C', '1.1', '1.1',"
                " 'channel', 'U', 'avis', '{}', 'approved', 'mistral:m', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO revisions (id, conversation_id, number, kind, model_id, prompt_version, prompt_hash, text,"
                " latency_ms, created_at) VALUES (1, 1, 1, 'draft', 'mistral:m', 'v1', 'h', 'brouillon', 10,"
                " '2026-01-01 00:00:00')"
            )
        )
        connection.execute(text(
            "INSERT INTO approvals (conversation_id, revision_id, user_id, model_id, approved_at)"
            " VALUES (1, 1, 'U', 'mistral:m', '2026-01-01 00:01:00')"
        ))  # fmt: skip

    upgrade(engine)

    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM approvals")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM revisions")).scalar() == 1
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_processes_starting_together_on_postgresql_migrate_once(postgres_url: str) -> None:
    engines = [open_engine(postgres_url) for _ in range(3)]
    failures: list[BaseException] = []

    def migrate(engine: Engine) -> None:
        try:
            upgrade(engine)
        except BaseException as error:  # collected for the assertion below
            failures.append(error)

    threads = [threading.Thread(target=migrate, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert failures == []
    with engines[0].connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    for engine in engines:
        engine.dispose()


def test_every_stored_enum_value_fits_its_column() -> None:
    """SQLite does not enforce VARCHAR lengths; PostgreSQL refuses a longer value at the first insert."""
    from bot.domain import AuditKind, ConversationStatus, IntakeSource, JobKind, JobStatus, RevisionKind
    from storage.tables import AuditEventRow, ConversationRow, JobRow, RevisionRow

    columns = {
        ConversationStatus: ConversationRow.__table__.c.status,
        IntakeSource: ConversationRow.__table__.c.source,
        RevisionKind: RevisionRow.__table__.c.kind,
        JobKind: JobRow.__table__.c.kind,
        JobStatus: JobRow.__table__.c.status,
        AuditKind: AuditEventRow.__table__.c.kind,
    }
    too_long = [
        f"{enum.__name__}.{member.name}"
        for enum, column in columns.items()
        for member in enum
        if len(member.value) > column.type.length
    ]
    assert too_long == []
