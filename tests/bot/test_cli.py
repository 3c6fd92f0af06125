"""`plume anonymize` in its three output forms, and `plume db upgrade`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import bot.privacy.engine
from bot.cli import app
from bot.privacy.engine import PresidioPseudonymiser

PLUME = str(Path(sys.executable).parent / "plume")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, pseudonymiser: PresidioPseudonymiser) -> CliRunner:
    """Run the CLI in-process with the session's already loaded engine."""
    monkeypatch.setattr(bot.privacy.engine, "PresidioPseudonymiser", lambda: pseudonymiser)
    return CliRunner()


def test_anonymize_prints_the_text_that_would_be_sent(runner: CliRunner) -> None:
    result = runner.invoke(app, ["anonymize"], input="Appelez Lucie Bernard au 06 11 22 33 44.")

    assert result.exit_code == 0
    assert result.stdout == "Appelez [PERSONNE_1] au [TELEPHONE_1]."


def test_anonymize_json_gives_offsets_in_the_original_text(runner: CliRunner) -> None:
    source = "Écrivez à lucie.bernard@example.org ou à Lucie Bernard."
    result = runner.invoke(app, ["anonymize", "--json"], input=source)

    out = json.loads(result.stdout)
    assert out["text"] == "Écrivez à [EMAIL_1] ou à [PERSONNE_1]."
    for entity in out["entities"]:
        assert set(entity) == {"type", "start", "end", "placeholder"}
    assert [source[e["start"] : e["end"]] for e in out["entities"]] == ["lucie.bernard@example.org", "Lucie Bernard"]


def test_anonymize_jsonl_keeps_order_and_ids(runner: CliRunner) -> None:
    items = [
        {"id": i if i % 2 else f"avis-{i}", "text": f"Avis {i} de Paul Martin au 01 4{i % 10} 00 00 00"}
        for i in range(30)
    ]
    lines = "\n".join(json.dumps(item) for item in items) + "\n"

    result = runner.invoke(app, ["anonymize", "--jsonl"], input=lines)

    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [out["id"] for out in outputs] == [item["id"] for item in items]
    for out in outputs:
        assert "Paul Martin" not in out["text"] and out["text"].endswith("[TELEPHONE_1]")
        assert [e["placeholder"] for e in out["entities"]] == ["[PERSONNE_1]", "[TELEPHONE_1]"]


def test_anonymize_jsonl_refuses_a_malformed_line_clearly(runner: CliRunner) -> None:
    result = runner.invoke(app, ["anonymize", "--jsonl"], input='{"id": 1, "text": "ok"}\nnot json\n')

    assert result.exit_code == 1
    assert "ligne 2" in result.stderr


def test_the_installed_command_streams_jsonl(tmp_path: Path) -> None:
    lines = '{"id": "b", "text": "Merci Claire Petit"}\n{"id": "a", "text": "Rien à masquer"}\n'
    result = subprocess.run(
        [PLUME, "anonymize", "--jsonl"], input=lines, capture_output=True, text=True, cwd=tmp_path, timeout=120
    )

    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b", "a"]
    assert "Claire Petit" not in result.stdout


def test_db_upgrade_creates_the_sqlite_file_and_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLUME_DATABASE_URL", f"sqlite:///{tmp_path / 'var' / 'plume.db'}")

    result = CliRunner().invoke(app, ["db", "upgrade"])

    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "var" / "plume.db") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"conversations", "revisions", "approvals", "audit_events", "jobs", "vaults"} <= tables
