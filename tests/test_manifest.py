"""Checks on the Slack app manifest (manifest.yaml) against Slack's schema and Plume's needs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft7Validator

REPO = Path(__file__).resolve().parents[1]
MANIFEST_PATH = REPO / "manifest.yaml"
# CI clones the repo next to a copy of shared/, so the schema lives in <repo>/../shared/slack/.
SCHEMA_PATH = REPO.parent / "shared" / "slack" / "manifest.schema.1.0.0.json"

SHORTCUT_CALLBACK_ID = "plume_draft_reply"
SLASH_COMMAND = "/plume"
BOT_EVENTS = {"message.channels", "message.groups", "message.im", "app_mention", "app_home_opened"}
# Scope each subscribed event (or feature) needs; app_home_opened needs none.
REQUIRED_SCOPES = {
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
    "app_mention": "app_mentions:read",
    "shortcuts": "commands",
    "slash_commands": "commands",
}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    """Load and parse manifest.yaml."""
    with MANIFEST_PATH.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict), f"{MANIFEST_PATH} must hold a YAML mapping"
    return data


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    """Load Slack's manifest JSON Schema from shared/; a missing file fails, never skips."""
    if not SCHEMA_PATH.is_file():
        pytest.fail(
            f"Slack manifest schema not found at {SCHEMA_PATH}: shared/ must sit next to the repository "
            "(<repo>/../shared/slack/manifest.schema.1.0.0.json).",
            pytrace=False,
        )
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    Draft7Validator.check_schema(data)
    return data


def test_manifest_matches_slack_schema(manifest: dict[str, Any], schema: dict[str, Any]) -> None:
    """The manifest validates against the Draft 7 schema; every error is printed."""
    errors = sorted(Draft7Validator(schema).iter_errors(manifest), key=lambda e: list(e.absolute_path))
    for error in errors:
        location = "/".join(str(part) for part in error.absolute_path) or "<root>"
        print(f"{location}: {error.message}")
    assert not errors, f"{len(errors)} schema error(s) in {MANIFEST_PATH.name}, see captured stdout"


def test_socket_mode_and_interactivity(manifest: dict[str, Any]) -> None:
    """Socket Mode and interactivity are on, with no request URL to go stale."""
    settings = manifest["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    assert "request_url" not in settings["interactivity"]
    assert "request_url" not in settings["event_subscriptions"]
    assert settings["org_deploy_enabled"] is False
    assert settings["token_rotation_enabled"] is False


def test_bot_events(manifest: dict[str, Any]) -> None:
    """Every event Plume listens to is subscribed."""
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events >= BOT_EVENTS, f"missing bot events: {sorted(BOT_EVENTS - events)}"


def test_message_shortcut(manifest: dict[str, Any]) -> None:
    """The "Rédiger une réponse" message shortcut is declared with its callback id."""
    shortcuts = {s["callback_id"]: s for s in manifest["features"]["shortcuts"]}
    assert SHORTCUT_CALLBACK_ID in shortcuts, f"no shortcut with callback_id {SHORTCUT_CALLBACK_ID!r}"
    shortcut = shortcuts[SHORTCUT_CALLBACK_ID]
    assert shortcut["type"] == "message"
    assert shortcut["name"] == "Rédiger une réponse"


def test_slash_command(manifest: dict[str, Any]) -> None:
    """The /plume command is declared and Slack leaves its text unescaped."""
    commands = {c["command"]: c for c in manifest["features"]["slash_commands"]}
    assert SLASH_COMMAND in commands, f"no {SLASH_COMMAND} slash command"
    assert commands[SLASH_COMMAND]["should_escape"] is False


def test_app_home(manifest: dict[str, Any]) -> None:
    """Home tab on, and agents can write to the bot from the Messages tab."""
    app_home = manifest["features"]["app_home"]
    assert app_home["home_tab_enabled"] is True
    assert app_home["messages_tab_enabled"] is True
    assert app_home["messages_tab_read_only_enabled"] is False
    assert manifest["features"]["bot_user"]["display_name"] == "Plume"


def test_scopes_cover_events_and_features(manifest: dict[str, Any]) -> None:
    """Each subscribed event and declared feature has the bot scope it needs, listed once."""
    scopes = manifest["oauth_config"]["scopes"]["bot"]
    assert len(scopes) == len(set(scopes)), "duplicate bot scopes"
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    needed = {scope for key, scope in REQUIRED_SCOPES.items() if key in events or key in manifest["features"]}
    assert needed <= set(scopes), f"missing bot scopes: {sorted(needed - set(scopes))}"


def test_each_scope_says_why() -> None:
    """Every bot scope line in manifest.yaml carries a YAML comment giving its reason."""
    scope_line = re.compile(r"^\s+- ([a-z_]+:[a-z_.:]+|commands)\b(.*)$")
    lines = MANIFEST_PATH.read_text(encoding="utf-8").splitlines()
    uncommented = [m.group(1) for line in lines if (m := scope_line.match(line)) and "#" not in m.group(2)]
    assert not uncommented, f"bot scopes without a reason comment: {uncommented}"


def test_background_color_is_hex(manifest: dict[str, Any]) -> None:
    """background_color is #rgb or #rrggbb (the schema states this with `regex`, which validators ignore)."""
    color = manifest["display_information"]["background_color"]
    assert re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", color), color
