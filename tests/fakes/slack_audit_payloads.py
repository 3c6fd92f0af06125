"""Real-shaped Slack bodies for the audit: App Home opened, clicks in the Home tab, the settings modal submitted."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

from tests.fakes.slack_payloads import TEAM, event_callback


def app_home_opened(user: str, *, private_metadata: str | None = None) -> str:
    """An `app_home_opened` event; a Home tab published before comes with its view."""
    event: dict[str, Any] = {
        "type": "app_home_opened",
        "user": user,
        "channel": f"D{user}",
        "tab": "home",
        "event_ts": f"{time.time():.6f}",
    }
    if private_metadata is not None:
        event["view"] = {"id": "VHOME", "type": "home", "private_metadata": private_metadata}
    return event_callback(event, f"Ev{time.time_ns()}", int(time.time()))


def home_action(action: dict[str, Any], *, user: str, private_metadata: str) -> str:
    """A click in the Home tab (`block_actions` in a `view` container); `action` carries its action_id."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": "agent", "team_id": TEAM},
        "api_app_id": "APLUME",
        "token": "legacy",
        "container": {"type": "view", "view_id": "VHOME"},
        "trigger_id": "1337.42.home",
        "team": {"id": TEAM, "domain": "test"},
        "view": {"id": "VHOME", "type": "home", "private_metadata": private_metadata, "blocks": []},
        "actions": [{"block_id": "plume_audit_filters", "action_ts": str(time.time()), **action}],
    }
    return urlencode({"payload": json.dumps(payload)})


def period_choice(days: int) -> dict[str, Any]:
    return {
        "action_id": "plume_audit_period",
        "type": "static_select",
        "selected_option": {"text": {"type": "plain_text", "text": f"{days} jours"}, "value": str(days)},
    }


def channel_choice(channel: str) -> dict[str, Any]:
    return {"action_id": "plume_audit_channel", "type": "conversations_select", "selected_conversation": channel}


def trail_click(conversation_id: int) -> dict[str, Any]:
    return {"action_id": "plume_audit_trail", "type": "button", "value": str(conversation_id)}


def settings_submission(
    channel: str,
    *,
    user: str,
    structure: str = "",
    signature: str = "",
    politeness: str = "",
    disclosure: bool = False,
    disclosure_text: str = "",
    model: str | None = None,
    checks: tuple[str, ...] = ("greeting_required",),
    min_words: str | None = None,
    max_words: str | None = None,
    grounding: bool | None = None,
) -> str:
    """The settings modal submitted, with its text inputs, checkboxes, number inputs and model menu as Slack sends
    them; `checks` are the values of the checks' boxes ticked (by default, as the modal opens: greeting only);
    `grounding` None leaves out its checkbox (a modal opened before that setting existed)."""

    def text(block: str, value: str) -> dict[str, Any]:
        return {block: {"type": "plain_text_input", "value": value}}

    option = {"text": {"type": "plain_text", "text": "…"}, "value": "on"}
    chosen = {"text": {"type": "plain_text", "text": model or ""}, "value": model} if model else None
    state = {
        "structure_name": text("structure_name", structure),
        "signature": text("signature", signature),
        "politeness": text("politeness", politeness),
        "ai_disclosure": {"ai_disclosure": {"type": "checkboxes", "selected_options": [option] if disclosure else []}},
        "ai_disclosure_text": text("ai_disclosure_text", disclosure_text),
        "default_model": {"default_model": {"type": "static_select", "selected_option": chosen}},
        "checks": {
            "checks": {
                "type": "checkboxes",
                "selected_options": [{"text": {"type": "plain_text", "text": "…"}, "value": v} for v in checks],
            }
        },
        "min_words": {"min_words": {"type": "number_input", "value": min_words}},
        "max_words": {"max_words": {"type": "number_input", "value": max_words}},
    }
    if grounding is not None:
        state["grounding"] = {"grounding": {"type": "checkboxes", "selected_options": [option] if grounding else []}}
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM, "domain": "test"},
        "user": {"id": user, "username": "lead", "team_id": TEAM},
        "api_app_id": "APLUME",
        "token": "legacy",
        "trigger_id": "1337.42.settings",
        "view": {
            "id": "VSETTINGS",
            "type": "modal",
            "callback_id": "plume_settings_modal",
            "private_metadata": channel,
            "state": {"values": state},
            "hash": "h",
        },
    }
    return urlencode({"payload": json.dumps(payload)})
