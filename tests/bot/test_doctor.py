"""`plume doctor`: every check reported, secrets masked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

import bot.privacy.engine
from bot.cli import app
from bot.doctor import mask
from bot.privacy.engine import PresidioPseudonymiser
from tests.fakes.slack_api import FakeSlackApi

TOKEN = "xoxb-1111-2222-supersecretvalue"
MODEL_KEY = "mistral-supersecret-key"


@pytest.mark.parametrize("secret", [TOKEN, MODEL_KEY, "x", "short-secret"])
def test_a_masked_secret_reveals_only_its_kind_and_length(secret: str) -> None:
    shown = mask(SecretStr(secret))

    assert secret not in shown and secret[-4:] not in shown
    assert f"({len(secret)} caractères)" in shown


@pytest.fixture(autouse=True)
def loaded_engine(monkeypatch: pytest.MonkeyPatch, pseudonymiser: PresidioPseudonymiser) -> None:
    """The doctor's masking probe uses the session's already loaded engine."""
    monkeypatch.setattr(bot.privacy.engine, "PresidioPseudonymiser", lambda: pseudonymiser)


def test_doctor_checks_everything_and_prints_no_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_slack: FakeSlackApi
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": "signing-supersecret",
        "SLACK_APP_TOKEN": "xapp-app-supersecret",
        "SLACK_API_URL": fake_slack.url,
        "MISTRAL_API_KEY": MODEL_KEY,
        "PLUME_DATABASE_URL": f"sqlite:///{tmp_path / 'plume.db'}",
    }.items():
        monkeypatch.setenv(name, value)

    result = CliRunner().invoke(app, ["doctor"])

    assert result.exit_code == 0, result.output
    for name in ("Configuration", "Secrets", "Base de données", "Clé du coffre", "Slack", "Modèles", "Masquage"):
        assert f"✅ {name} :" in result.stdout
    assert "jeton d'app accepté" in result.stdout
    assert fake_slack.calls_to("apps.connections.open"), "the app token was tried"
    for secret in (TOKEN, MODEL_KEY, "signing-supersecret", "xapp-app-supersecret", "supersecret"):
        assert secret not in result.output


def test_doctor_fails_and_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "MISTRAL_API_KEY", "MISTRAL_SERVER_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")

    result = CliRunner().invoke(app, ["doctor"])

    assert result.exit_code == 1
    assert "❌ Configuration" in result.stdout and "SLACK_BOT_TOKEN" in result.stdout


def test_doctor_reports_a_refused_app_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_slack: FakeSlackApi
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_APP_TOKEN": "xapp-refused",
        "SLACK_API_URL": fake_slack.url,
        "MISTRAL_API_KEY": MODEL_KEY,
        "PLUME_DATABASE_URL": f"sqlite:///{tmp_path / 'plume.db'}",
    }.items():
        monkeypatch.setenv(name, value)
    fake_slack.fail_next("apps.connections.open", status=200, retry_after=None, error="invalid_auth")

    result = CliRunner().invoke(app, ["doctor"])

    assert result.exit_code != 0
    assert "❌ Slack : AppTokenRefused: invalid_auth" in result.stdout
    assert "xapp-refused" not in result.output
