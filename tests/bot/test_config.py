"""Settings from the environment and `.env`, the checks `plume serve` makes before starting, and their message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from bot.config import MissingSetting, Settings, describe_missing, missing_for_serve
from tests.fakes.slack_api import FakeSlackApi

PLUME = Path(sys.executable).parent / "plume"
SOCKET_MODE = {"SLACK_BOT_TOKEN": "xoxb-bot", "SLACK_APP_TOKEN": "xapp-app", "MISTRAL_API_KEY": "mistral-key"}
HTTP_MODE = {"SLACK_BOT_TOKEN": "xoxb-bot", "SLACK_SIGNING_SECRET": "signing", "MISTRAL_API_KEY": "mistral-key"}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No Plume variable from the outer environment, and a cwd without any real .env."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _settings(monkeypatch: pytest.MonkeyPatch, variables: dict[str, str]) -> Settings:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return Settings()


def _names(missing: list[MissingSetting]) -> list[str]:
    return [item.name for item in missing]


# --- reading ---------------------------------------------------------------------------------------------------------


def test_defaults_without_any_variable() -> None:
    """With nothing set, secrets are absent and the documented defaults apply."""
    settings = Settings()
    assert settings.slack_bot_token is None
    assert settings.slack_app_token is None
    assert settings.mistral_api_key is None
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.plume_database_url == "sqlite:///var/plume.db"
    assert settings.feedback_channels == frozenset()
    assert settings.team_leads == frozenset()
    assert settings.model_ids == ()
    assert settings.time_zone == ZoneInfo("Europe/Paris")


def test_the_team_time_zone_is_checked_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLUME_TIME_ZONE", "America/Cayenne")
    assert Settings().time_zone == ZoneInfo("America/Cayenne")
    monkeypatch.setenv("PLUME_TIME_ZONE", "Europe/Pariss")
    with pytest.raises(ValidationError, match="fuseau horaire inconnu « Europe/Pariss »"):
        Settings()


def test_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each documented variable lands in its field; secrets stay secret in repr."""
    settings = _settings(
        monkeypatch,
        {
            "SLACK_BOT_TOKEN": "xoxb-secret-bot",
            "SLACK_APP_TOKEN": "xapp-secret-app",
            "SLACK_SIGNING_SECRET": "signing-secret",
            "SLACK_API_URL": "http://127.0.0.1:9999/api/",
            "MISTRAL_API_KEY": "mistral-secret",
            "MISTRAL_SERVER_URL": "http://127.0.0.1:8000",
            "PLUME_DATABASE_URL": "postgresql+psycopg://plume@db/plume",
        },
    )
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-secret-bot"
    assert settings.slack_app_token is not None
    assert settings.slack_app_token.get_secret_value() == "xapp-secret-app"
    assert settings.slack_signing_secret is not None
    assert settings.slack_signing_secret.get_secret_value() == "signing-secret"
    assert settings.slack_api_url == "http://127.0.0.1:9999/api/"
    assert settings.mistral_api_key is not None
    assert settings.mistral_api_key.get_secret_value() == "mistral-secret"
    assert settings.mistral_server_url == "http://127.0.0.1:8000"
    assert settings.plume_database_url == "postgresql+psycopg://plume@db/plume"
    shown = repr(settings) + str(settings)
    assert "xoxb-secret-bot" not in shown
    assert "mistral-secret" not in shown


def test_reads_a_dotenv_file_in_the_working_directory(clean_environment: Path) -> None:
    """A `.env` in the current directory is read (comments and quotes as usual)."""
    (clean_environment / ".env").write_text(
        "# Plume\n"
        "SLACK_BOT_TOKEN=xoxb-from-file\n"
        'PLUME_FEEDBACK_CHANNELS="C01, C02"\n'
        "PLUME_MODELS=mistral:mistral-small-latest\n"
        "UNRELATED_VARIABLE=ignored\n",
        encoding="utf-8",
    )
    settings = Settings()
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-file"
    assert settings.feedback_channels == frozenset({"C01", "C02"})
    assert settings.model_ids == ("mistral:mistral-small-latest",)


def test_environment_wins_over_dotenv(monkeypatch: pytest.MonkeyPatch, clean_environment: Path) -> None:
    """An exported variable overrides the same one in `.env`."""
    (clean_environment / ".env").write_text("SLACK_BOT_TOKEN=xoxb-from-file\n", encoding="utf-8")
    settings = _settings(monkeypatch, {"SLACK_BOT_TOKEN": "xoxb-from-env"})
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-env"


def test_dotenv_of_another_directory_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the working directory's `.env` counts."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".env").write_text("SLACK_BOT_TOKEN=xoxb-elsewhere\n", encoding="utf-8")
    assert Settings().slack_bot_token is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("C01,C02", {"C01", "C02"}),
        (" C01 , C02 ,C03 ", {"C01", "C02", "C03"}),
        ("C01,,C02,", {"C01", "C02"}),
        ("C01, C01", {"C01"}),
        ("", set()),
        (" , ", set()),
    ],
)
def test_comma_lists_of_ids(monkeypatch: pytest.MonkeyPatch, raw: str, expected: set[str]) -> None:
    """Feedback channels and team leads: comma lists, spaces and empty items ignored."""
    settings = _settings(monkeypatch, {"PLUME_FEEDBACK_CHANNELS": raw, "PLUME_TEAM_LEADS": raw})
    assert settings.feedback_channels == frozenset(expected)
    assert settings.team_leads == frozenset(expected)


def test_model_ids_keep_their_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """PLUME_MODELS is ordered: the first model is the default."""
    settings = _settings(
        monkeypatch,
        {"PLUME_MODELS": " mistral:mistral-large-latest , albert:albert-large,mistral:mistral-small-latest "},
    )
    assert settings.model_ids == ("mistral:mistral-large-latest", "albert:albert-large", "mistral:mistral-small-latest")


# --- what serve needs ------------------------------------------------------------------------------------------------


def test_socket_mode_needs_bot_and_app_tokens_and_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing set: the bot token, the app token and a model provider are missing, in that order."""
    missing = missing_for_serve(Settings(), http=False)
    assert _names(missing) == ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "MISTRAL_API_KEY"]


def test_http_mode_needs_bot_token_and_signing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTTP mode checks signatures: it needs the signing secret, not the app token."""
    missing = missing_for_serve(Settings(), http=True)
    assert _names(missing) == ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MISTRAL_API_KEY"]


@pytest.mark.parametrize(("http", "complete"), [(False, SOCKET_MODE), (True, HTTP_MODE)])
def test_nothing_missing_when_complete(monkeypatch: pytest.MonkeyPatch, http: bool, complete: dict[str, str]) -> None:
    """Each mode starts with exactly its own variables."""
    assert missing_for_serve(_settings(monkeypatch, complete), http=http) == []


@pytest.mark.parametrize(("http", "complete"), [(False, SOCKET_MODE), (True, HTTP_MODE)])
def test_each_variable_is_needed(monkeypatch: pytest.MonkeyPatch, http: bool, complete: dict[str, str]) -> None:
    """Dropping any one required variable reports exactly that one."""
    for dropped in complete:
        rest = {name: value for name, value in complete.items() if name != dropped}
        for name in complete:
            monkeypatch.delenv(name, raising=False)
        assert _names(missing_for_serve(_settings(monkeypatch, rest), http=http)) == [dropped]


def test_socket_mode_does_not_need_signing_secret_and_http_not_app_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """The other mode's credential does not stand in for the one this mode needs."""
    settings = _settings(monkeypatch, {**SOCKET_MODE, **HTTP_MODE})
    assert missing_for_serve(settings, http=False) == []
    assert missing_for_serve(settings, http=True) == []
    monkeypatch.delenv("SLACK_APP_TOKEN")
    assert _names(missing_for_serve(Settings(), http=False)) == ["SLACK_APP_TOKEN"]
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-app")
    monkeypatch.delenv("SLACK_SIGNING_SECRET")
    assert _names(missing_for_serve(Settings(), http=True)) == ["SLACK_SIGNING_SECRET"]


MATTERMOST = {
    "MATTERMOST_URL": "https://mattermost.interne",
    "MATTERMOST_BOT_TOKEN": "bot-token",
    "MATTERMOST_COMMAND_TOKEN": "command-token",
    "PLUME_PUBLIC_URL": "https://plume.interne",
    "MISTRAL_API_KEY": "mistral-key",
}


@pytest.mark.parametrize("http", [False, True])
def test_mattermost_alone_needs_no_slack_variable(monkeypatch: pytest.MonkeyPatch, http: bool) -> None:
    """A team on Mattermost only configures Mattermost; each of its variables is then required."""
    assert missing_for_serve(_settings(monkeypatch, MATTERMOST), http=http) == []
    for dropped in ("MATTERMOST_BOT_TOKEN", "MATTERMOST_COMMAND_TOKEN", "PLUME_PUBLIC_URL"):
        monkeypatch.delenv(dropped)
        assert _names(missing_for_serve(Settings(), http=http)) == [dropped]
        monkeypatch.setenv(dropped, MATTERMOST[dropped])


def test_both_platforms_need_both_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Slack bot token means Slack is wanted too: its mode's credential is then required beside Mattermost's."""
    settings = _settings(monkeypatch, {**MATTERMOST, "SLACK_BOT_TOKEN": "xoxb-bot"})
    assert _names(missing_for_serve(settings, http=False)) == ["SLACK_APP_TOKEN"]
    assert _names(missing_for_serve(settings, http=True)) == ["SLACK_SIGNING_SECRET"]


def test_with_no_platform_the_hint_names_mattermost_too() -> None:
    """Nothing configured: Slack's token is asked for first, and the hint says Mattermost is the other way."""
    first = missing_for_serve(Settings(), http=False)[0]
    assert first.name == "SLACK_BOT_TOKEN" and "MATTERMOST_URL" in first.where


def test_a_self_hosted_mistral_server_is_a_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    """MISTRAL_SERVER_URL alone is enough, without an API key."""
    variables = {name: value for name, value in SOCKET_MODE.items() if name != "MISTRAL_API_KEY"}
    settings = _settings(monkeypatch, {**variables, "MISTRAL_SERVER_URL": "http://127.0.0.1:8000"})
    assert missing_for_serve(settings, http=False) == []


def test_empty_values_count_as_missing(monkeypatch: pytest.MonkeyPatch, clean_environment: Path) -> None:
    """`SLACK_BOT_TOKEN=` (a template copied to .env and not filled in) is reported, not accepted as a token."""
    (clean_environment / ".env").write_text(
        "SLACK_BOT_TOKEN=\nSLACK_APP_TOKEN=\nMISTRAL_API_KEY=\nMISTRAL_SERVER_URL=\n", encoding="utf-8"
    )
    assert _names(missing_for_serve(Settings(), http=False)) == [
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "MISTRAL_API_KEY",
    ]


# --- the message ---------------------------------------------------------------------------------------------------


def test_describe_missing_names_each_variable_and_where_to_find_it() -> None:
    """Every missing variable appears with its hint; the message is in French then English."""
    missing = missing_for_serve(Settings(), http=True)
    message = describe_missing(missing)
    for item in missing:
        assert item.name in message
        assert item.where in message
        assert item.where.strip()
    assert "SLACK_APP_TOKEN" not in message
    assert "Plume ne peut pas démarrer" in message
    assert "Plume cannot start" in message
    assert ".env" in message
    assert "api.slack.com" in message
    assert "console.mistral.ai" in message
    assert "MISTRAL_SERVER_URL" in message


def test_each_hint_says_where_to_find_the_value() -> None:
    """Slack hints point to the app settings page; the model hint names both ways to configure Mistral."""
    by_name = {item.name: item.where for item in missing_for_serve(Settings(), http=False)}
    by_name.update({item.name: item.where for item in missing_for_serve(Settings(), http=True)})
    assert "xoxb-" in by_name["SLACK_BOT_TOKEN"]
    assert "xapp-" in by_name["SLACK_APP_TOKEN"]
    assert "connections:write" in by_name["SLACK_APP_TOKEN"]
    assert "Signing Secret" in by_name["SLACK_SIGNING_SECRET"]
    assert "MISTRAL_API_KEY" in by_name["MISTRAL_API_KEY"]
    assert "MISTRAL_SERVER_URL" in by_name["MISTRAL_API_KEY"]


# --- the command -----------------------------------------------------------------------------------------------------


def _serve(tmp_path: Path, *arguments: str, **variables: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), **variables}
    return subprocess.run(
        [str(PLUME), "serve", *arguments],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_plume_serve_without_settings_explains_and_exits_2(tmp_path: Path) -> None:
    """`plume serve` on an empty environment names what is missing, exits 2, and shows no traceback."""
    assert PLUME.exists(), f"the plume command is not installed at {PLUME}"
    result = _serve(tmp_path)
    assert result.returncode == 2, result.stderr
    assert "SLACK_BOT_TOKEN" in result.stderr
    assert "SLACK_APP_TOKEN" in result.stderr
    assert "MISTRAL_API_KEY" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_plume_serve_http_without_settings_asks_for_the_signing_secret(tmp_path: Path) -> None:
    """In HTTP mode the message asks for the signing secret instead of the app token."""
    result = _serve(tmp_path, "--http")
    assert result.returncode == 2, result.stderr
    assert "SLACK_SIGNING_SECRET" in result.stderr
    assert "SLACK_APP_TOKEN" not in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_refused_app_token_is_explained_in_french_and_exits_2(tmp_path: Path, fake_slack: FakeSlackApi) -> None:
    """Socket Mode with an app token Slack refuses: one French sentence saying what to fix, before the NLP model
    loads, and no traceback."""
    fake_slack.fail_next("apps.connections.open", status=200, retry_after=None, error="invalid_auth")
    environment = {
        "SLACK_BOT_TOKEN": "xoxb-bot",
        "SLACK_APP_TOKEN": "xapp-wrong",
        "SLACK_API_URL": fake_slack.url,
        "MISTRAL_API_KEY": "mistral-key",
        "PLUME_DATABASE_URL": f"sqlite:///{tmp_path / 'plume.db'}",
    }

    result = _serve(tmp_path, **environment)

    assert result.returncode == 2, result.stderr
    assert "Slack refuse le jeton SLACK_APP_TOKEN (invalid_auth)" in result.stderr
    assert "connections:write" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "xapp-wrong" not in result.stderr + result.stdout
    [opened] = fake_slack.calls_to("apps.connections.open")
    assert opened.headers["authorization"] == "Bearer xapp-wrong"
