"""Retention: `plume purge --older-than N` and the purge behind it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from bot.cli import app
from bot.domain import AuditKind
from bot.retention import Retention
from storage.repository import SqlRepository
from tests.storage.records import T0, FakeClock, count, make_audit, make_new_conversation, ready


def test_purge_deletes_old_conversations_with_everything_they_hold(engine: Engine) -> None:
    clock = FakeClock(T0)
    repo = SqlRepository(engine, clock=clock)
    for n in range(1, 6):
        ready(repo, n)
    clock.now = T0 + timedelta(days=40)
    recent = repo.conversations.create_conversation(
        make_new_conversation(99, expires_at=clock.now + timedelta(days=30)), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert recent is not None

    report = Retention(repo.conversations, 30, batch_size=2, clock=clock).purge()

    assert report.conversations == 5
    assert count(engine, "conversations") == 1 and repo.conversations.get_conversation(recent.id) is not None
    for table in ("revisions", "jobs", "vaults"):
        assert count(engine, table, "conversation_id <> :keep", keep=recent.id) == 0
    assert count(engine, "jobs") == 1 and count(engine, "vaults") == 1


def test_purge_erases_expired_vaults_of_kept_conversations(engine: Engine) -> None:
    repo = SqlRepository(engine, clock=FakeClock(T0))
    repo.conversations.create_conversation(
        make_new_conversation(1, expires_at=T0 + timedelta(days=1)), make_audit(AuditKind.REVIEW_RECEIVED)
    )

    report = Retention(repo.conversations, 365, clock=FakeClock(T0 + timedelta(days=2))).purge()

    assert (report.conversations, report.vaults) == (0, 1)
    assert count(engine, "conversations") == 1 and count(engine, "vaults") == 0


def test_plume_purge_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLUME_DATABASE_URL", f"sqlite:///{tmp_path / 'plume.db'}")

    result = CliRunner().invoke(app, ["purge", "--older-than", "30"])

    assert result.exit_code == 0, result.output
    assert "0 conversation(s) de plus de 30 jours supprimée(s)" in result.stdout
    assert CliRunner().invoke(app, ["purge"]).exit_code != 0, "the age is required"
