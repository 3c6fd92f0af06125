"""Migrations keep what is stored: upgrading an old database loses no approval."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import String, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from storage.database import MIGRATIONS, open_engine, upgrade
from tests.conftest import empty_postgres


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


MATRIX_ROOM = "!OGEhHVWSdvArJzumhm:agent.interieur.tchap.gouv.fr"
MATRIX_EVENT = "$Rqnc-F-dvnEYJTyHq_iKxU2bZ1CI92-kuZq3a5lr5Zg" + "x" * 40
MATRIX_USER = "@jeanne.moreau-interieur.gouv.fr:agent.interieur.tchap.gouv.fr"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'old.db'}" if request.param == "sqlite" else empty_postgres()


def _populate_at_0003(engine: Engine) -> None:
    """One approved Slack thread with an instruction, a refinement and its finished job, as 0003 stored them."""
    rows = [
        "INSERT INTO conversations (id, team_id, channel_id, review_ts, thread_ts, source, requested_by, review,"
        " masked_counts, status, model_id, created_at, updated_at) VALUES (1, 'T1', 'C1', '1700.1', '1700.1',"
        " 'channel', 'U1', 'avis', '{}', 'approved', 'mistral:m', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        "INSERT INTO instructions (id, conversation_id, channel_id, message_ts, user_id, text, created_at)"
        " VALUES (1, 1, 'C1', '1700.3', 'U1', 'plus court', '2026-01-01 00:00:30')",
        "INSERT INTO revisions (id, conversation_id, number, kind, model_id, prompt_version, prompt_hash, text,"
        " message_ts, latency_ms, created_at, channel_id, review_received_at) VALUES (1, 1, 1, 'draft',"
        " 'mistral:m', 'v1', 'h', 'brouillon', '1700.2', 10, '2026-01-01 00:00:10', 'C1', '2026-01-01 00:00:00')",
        "INSERT INTO jobs (id, kind, conversation_id, model_id, status, attempts, run_after, created_at, updated_at,"
        " message_ts) VALUES (1, 'draft', 1, 'mistral:m', 'done', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00',"
        " '2026-01-01 00:00:10', '1700.2')",
        "INSERT INTO approvals (conversation_id, revision_id, user_id, model_id, approved_at, channel_id,"
        " review_received_at, revision_number) VALUES (1, 1, 'U2', 'mistral:m', '2026-01-01 00:01:00', 'C1',"
        " '2026-01-01 00:00:00', 1)",
    ]
    with engine.begin() as connection:
        for row in rows:
            connection.execute(text(row))


def test_platform_neutral_ids_keep_every_stored_value_and_fit_matrix_ids(url: str) -> None:
    """0004 renames the `ts` columns in place, marks old threads as Slack's, and widens ids to Matrix's sizes."""
    engine = open_engine(url)
    upgrade(engine, "0003")
    _populate_at_0003(engine)

    upgrade(engine)

    with engine.connect() as connection:
        conversation = connection.execute(
            text("SELECT platform, review_message_id, thread_id FROM conversations WHERE id = 1")
        ).one()
        assert tuple(conversation) == ("slack", "1700.1", "1700.1")
        assert connection.execute(text("SELECT message_id FROM revisions WHERE id = 1")).scalar() == "1700.2"
        assert connection.execute(text("SELECT message_id FROM instructions WHERE id = 1")).scalar() == "1700.3"
        assert connection.execute(text("SELECT message_id FROM jobs WHERE id = 1")).scalar() == "1700.2"
        assert connection.execute(text("SELECT count(*) FROM approvals")).scalar() == 1
    with engine.begin() as connection:  # PostgreSQL refused ids past 32 characters before 0004
        connection.execute(
            text(
                "INSERT INTO conversations (id, platform, team_id, channel_id, review_message_id, thread_id, source,"
                " requested_by, review, masked_counts, status, model_id, created_at, updated_at) VALUES (2, 'matrix',"
                " :server, :room, :event, :event, 'channel', :user, 'avis', '{}', 'ready', 'mistral:m',"
                " '2026-01-02 00:00:00', '2026-01-02 00:00:00')"
            ),
            {
                "server": "agent.interieur.tchap.gouv.fr",
                "room": MATRIX_ROOM,
                "event": MATRIX_EVENT,
                "user": MATRIX_USER,
            },
        )
        stored = connection.execute(text("SELECT thread_id FROM conversations WHERE id = 2")).scalar()
    assert stored == MATRIX_EVENT and len(MATRIX_EVENT) > 80
    engine.dispose()


CREATED_AFTER_0004 = frozenset(
    {"inbox", "draft_findings", "grounding_examples"}
)  # created at full width by their own migration

PLATFORM_ID_COLUMNS = frozenset(
    {"team_id", "channel_id", "review_message_id", "thread_id", "message_id", "requested_by", "user_id",
     "author_user_id", "updated_by", "actor"}
)  # fmt: skip


def test_every_platform_id_column_takes_matrix_sized_ids_and_0004_widens_them_all() -> None:
    """The tables and migration 0004 agree: every column holding a platform id is 255 characters wide."""
    from storage.database import MIGRATIONS
    from storage.tables import Base

    spec = importlib.util.spec_from_file_location("m0004", MIGRATIONS / "versions" / "0004_platform_neutral_ids.py")
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    in_tables = {
        (table.name, column.name): column.type.length
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.name in PLATFORM_ID_COLUMNS and isinstance(column.type, String)
    }
    widened = {(table, column) for table, columns in migration.PLATFORM_IDS.items() for column in columns}

    assert {key: length for key, length in in_tables.items() if length != migration.ID_LENGTH} == {}
    assert {key for key in in_tables if key[0] not in CREATED_AFTER_0004} == widened


def test_inbox_table_of_0006_holds_one_sealed_review_per_message_and_goes_on_downgrade(url: str) -> None:
    """0006 adds the inbox on a database holding threads: they are kept; a message is stored once; 0005 drops it."""
    engine = open_engine(url)
    upgrade(engine, "0003")
    _populate_at_0003(engine)
    upgrade(engine)
    insert = text(
        "INSERT INTO inbox (platform, channel_id, message_id, sealed, received_at, attempts)"
        " VALUES ('matrix', :room, :event, :sealed, '2026-01-02 00:00:00', 1)"
    )
    values = {"room": MATRIX_ROOM, "event": MATRIX_EVENT, "sealed": b"gAAAA-sealed"}
    with engine.begin() as connection:
        connection.execute(insert, values)
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert, values)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM inbox")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM approvals")).scalar() == 1

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")

    assert "inbox" not in inspect(engine).get_table_names()
    assert "conversations" in inspect(engine).get_table_names()


def test_0009_adds_who_took_a_review_over_and_keeps_every_thread(url: str) -> None:
    """0009 (after 0008) adds `taken_by`: existing threads stay in charge of who brought them, a Matrix-sized id
    fits, and the downgrade drops the column only."""
    engine = open_engine(url)
    upgrade(engine, "0008")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conversations (id, platform, team_id, channel_id, review_message_id, thread_id, source,"
                " requested_by, review, masked_counts, status, model_id, created_at, updated_at) VALUES (1, 'slack',"
                " 'T1', 'C1', '1700.1', '1700.1', 'channel', 'U1', 'avis', '{}', 'ready', 'mistral:m',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )

    upgrade(engine)

    with engine.begin() as connection:
        assert connection.execute(text("SELECT requested_by, taken_by FROM conversations")).one() == ("U1", None)
        connection.execute(text("UPDATE conversations SET taken_by = :user"), {"user": MATRIX_USER})
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:  # no child rows here: the batch copy of SQLite cascades into nothing
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM conversations")).scalar() == 1
        columns = connection.execute(text("SELECT * FROM conversations")).keys()
        assert "taken_by" not in columns
    engine.dispose()


def test_0010_marks_every_waiting_inbox_row_a_review_and_its_downgrade_keeps_them(url: str) -> None:
    """0010 adds the inbox's `kind` (rows already waiting are reviews) and a form's `posted_id`; downgraded, the
    rows stay and only the two columns go."""
    engine = open_engine(url)
    upgrade(engine, "0009")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO inbox (platform, channel_id, message_id, sealed, received_at, attempts)"
                " VALUES ('slack', 'C1', '1700.1', :sealed, '2026-01-02 00:00:00', 1)"
            ),
            {"sealed": b"gAAAA-sealed"},
        )

    upgrade(engine)

    with engine.begin() as connection:
        assert connection.execute(text("SELECT kind, posted_id FROM inbox")).one() == ("review", None)
        connection.execute(text("UPDATE inbox SET kind = 'form', posted_id = :id"), {"id": MATRIX_EVENT})
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM inbox")).scalar() == 1
        columns = connection.execute(text("SELECT * FROM inbox")).keys()
        assert "kind" not in columns and "posted_id" not in columns
    engine.dispose()
