"""`plume audit export` and `plume audit trail` on a seeded SQLite database."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.domain import AuditKind
from storage.database import open_engine, upgrade
from storage.repository import SqlRepository
from tests.fakes.slack_api import FakeSlackApi
from tests.storage.records import (
    T0,
    FakeClock,
    make_audit,
    make_new_conversation,
    make_new_revision,
    next_revision,
    ready,
)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three approved threads (one in another channel, one received in April) and one not approved."""
    monkeypatch.chdir(tmp_path)  # no .env from the developer's checkout
    for name in ("SLACK_BOT_TOKEN", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "plume.db"
    monkeypatch.setenv("PLUME_DATABASE_URL", f"sqlite:///{path}")
    engine = open_engine(f"sqlite:///{path}")
    upgrade(engine)
    clock = FakeClock()
    repo = SqlRepository(engine, clock=clock)
    _, _, first = ready(repo, 1)
    conversation, _, _ = ready(repo, 2)
    second = next_revision(engine, repo, conversation, text_='Bonjour [PERSONNE_1], "réglé", merci.\nÀ bientôt')
    ready(repo, 3)
    clock.now = T0 + timedelta(days=40)
    other = repo.conversations.create_conversation(
        make_new_conversation(4, channel_id="C0OTHER"), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert other is not None
    job = repo.jobs.claim_job("w", clock.now, 60)
    assert job is not None
    fourth = repo.jobs.complete_job(job, make_new_revision(other.id), make_audit(AuditKind.REVISION_CREATED, other.id))
    assert fourth is not None and repo.jobs.finish_delivery(job)  # shown in the chat
    assert fourth is not None
    for revision, minutes in ((first, 3), (second, 9)):
        repo.conversations.approve(
            revision,
            "U0LEAD",
            T0 + timedelta(minutes=minutes),
            make_audit(AuditKind.APPROVED, revision.conversation_id),
        )
    repo.conversations.approve(
        fourth, "U0LEAD", clock.now + timedelta(minutes=1), make_audit(AuditKind.APPROVED, other.id)
    )
    engine.dispose()
    return path


def test_export_writes_a_spreadsheet_file_one_row_per_approved_thread(database: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["audit", "export", "-o", str(tmp_path / "audit.csv")])

    assert result.exit_code == 0, result.output
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert [row["N° de fil"] for row in rows] == ["1", "2", "4"]
    assert rows[1]["Réponse approuvée (pseudonymisée)"] == 'Bonjour [PERSONNE_1], "réglé", merci.\nÀ bientôt'
    distances = [row["Distance d'édition"] for row in rows]
    assert rows[1]["Versions"] == "2" and float(distances[1].replace(",", ".")) > 0 and distances[0] == "0,0"
    assert rows[0]["Lien"] == ""  # no Slack configured
    assert "3 fil(s) approuvé(s) exporté(s)" in result.stderr and "permalink restera vide" in result.stderr
    with sqlite3.connect(database) as db:
        [(actor, details)] = db.execute("SELECT actor, details FROM audit_events WHERE kind = 'audit_exported'")
    assert actor == "cli" and json.loads(details)["rows"] == 3


def test_export_filters_by_dates_and_channel_and_streams_jsonl_to_stdout(database: Path) -> None:
    march = CliRunner().invoke(
        app, ["audit", "export", "--since", "2026-03-01", "--until", "2026-03-02", "--format", "jsonl"]
    )
    other = CliRunner().invoke(app, ["audit", "export", "--channel", "C0OTHER", "--format", "jsonl"])
    april = CliRunner().invoke(app, ["audit", "export", "--since", "2026-04-01", "--format", "csv"])

    assert [json.loads(line)["conversation_id"] for line in march.stdout.splitlines()] == [1, 2]
    assert [json.loads(line)["channel_id"] for line in other.stdout.splitlines()] == ["C0OTHER"]
    assert [row["conversation_id"] for row in csv.DictReader(io.StringIO(april.stdout, newline=""))] == ["4"]
    assert april.stdout.startswith("conversation_id,channel_id,")  # the machine format: commas, English, no BOM


def test_export_refuses_a_date_it_cannot_read(database: Path) -> None:
    result = CliRunner().invoke(app, ["audit", "export", "--since", "01/03/2026"])

    assert result.exit_code == 2 and "AAAA-MM-JJ" in result.stderr


def test_export_links_each_thread_when_slack_answers(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeSlackApi() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        result = CliRunner().invoke(app, ["audit", "export", "--format", "jsonl"])

    links = [json.loads(line)["permalink"] for line in result.stdout.splitlines()]
    assert links[0] == "https://test.slack.com/archives/C0FEEDBACK/p1767000000000001"
    assert len(slack.calls_to("auth.test")) == 1  # once, not once per row


def test_trail_prints_every_step_of_a_thread(database: Path) -> None:
    result = CliRunner().invoke(app, ["audit", "trail", "2"])

    steps = [json.loads(line) for line in result.stdout.splitlines()]
    assert [step["kind"] for step in steps].count("revision") == 2
    assert steps[-1]["kind"] == "approved" and steps[-1]["details"]["edit_distance"] > 0


def test_charts_writes_the_three_weekly_pngs_of_the_period(database: Path, tmp_path: Path) -> None:
    until = f"{T0 + timedelta(days=41):%Y-%m-%d}"
    result = CliRunner().invoke(app, ["audit", "charts", "-o", str(tmp_path / "charts"), "--until", until])
    bad = CliRunner().invoke(app, ["audit", "charts", "--until", "hier"])

    assert result.exit_code == 0, result.output
    written = sorted((tmp_path / "charts").iterdir())
    assert [path.name for path in written] == [
        "plume-avis-par-semaine.png",
        "plume-delai-median.png",
        "plume-sans-modification.png",
    ]
    assert all(path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for path in written)
    assert "Avis reçus et approuvés par semaine" in result.stdout
    assert bad.exit_code == 2 and "--until" in bad.stderr
