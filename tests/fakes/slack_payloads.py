"""Real-shaped Slack request bodies (Events API, interactivity) and their signatures."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import parse_qs, urlencode

from slack_sdk.signature import SignatureVerifier

TEAM = "T0001"
FEEDBACK_CHANNEL = "CFEEDBACK"
AGENT = "UAGENT"


def signed_headers(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    stamp = str(timestamp if timestamp is not None else int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return {
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
    }


def message_event(text: str, ts: str, *, channel: str = FEEDBACK_CHANNEL, user: str = AGENT, **extra: Any) -> str:
    """An `event_callback` body carrying a `message` event, as JSON."""
    event = {
        "type": "message",
        "channel": channel,
        "channel_type": "channel",
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": TEAM,
        **extra,
    }
    return event_callback(event, f"Ev{ts.replace('.', '')}", int(float(ts)))


def event_callback(event: dict[str, Any], event_id: str, event_time: int) -> str:
    """The Events API envelope around `event`, as JSON."""
    return json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM,
            "api_app_id": "APLUME",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": event_time,
            "authorizations": [{"team_id": TEAM, "user_id": "UPLUMEBOT", "is_bot": True}],
        }
    )


def mention_event(text: str, ts: str, *, channel: str = "CGENERAL", user: str = AGENT) -> str:
    body = json.loads(message_event(text, ts, channel=channel, user=user))
    body["event"]["type"] = "app_mention"
    return json.dumps(body)


def block_action(
    action_id: str,
    value: str,
    *,
    user: str,
    response_url: str,
    block_id: str = "",
    channel: str = FEEDBACK_CHANNEL,
    message_id: str = "1700000000.000200",
) -> str:
    """An interactivity body (`payload=<urlencoded JSON>`) for a click on a button."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": "agent", "team_id": TEAM},
        "api_app_id": "APLUME",
        "token": "legacy",
        "container": {
            "type": "message",
            "message_ts": message_id,
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "trigger_id": "1337.42.abcd",
        "team": {"id": TEAM, "domain": "test"},
        "channel": {"id": channel, "name": "avis"},
        "message": {"type": "message", "ts": message_id, "text": "brouillon"},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": block_id,
                "value": value,
                "type": "button",
                "action_ts": str(time.time()),
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def thread_reply_event(
    text: str, ts: str, thread_id: str, *, channel: str = FEEDBACK_CHANNEL, user: str = AGENT
) -> str:
    return message_event(text, ts, channel=channel, user=user, thread_ts=thread_id)


def dm_event(text: str, ts: str, *, channel: str = "DAGENT", user: str = AGENT) -> str:
    body = json.loads(message_event(text, ts, channel=channel, user=user))
    body["event"]["channel_type"] = "im"
    return json.dumps(body)


def _interactivity(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


def select_action(action_id: str, value: str, *, block_id: str, user: str, response_url: str = "") -> str:
    """A choice in a static_select menu of a message."""
    body = json.loads(
        parse_qs(block_action(action_id, "", user=user, response_url=response_url, block_id=block_id))["payload"][0]
    )
    action = body["actions"][0]
    action.pop("value")
    action.update(
        {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": value}, "value": value}}
    )
    return _interactivity(body)


def view_submission(callback_id: str, private_metadata: str, values: dict[str, str], *, user: str = AGENT) -> str:
    """A modal submitted with `values` (block id -> text), as plain_text_input values."""
    state = {block: {block: {"type": "plain_text_input", "value": value}} for block, value in values.items()}
    return _interactivity(
        {
            "type": "view_submission",
            "team": {"id": TEAM, "domain": "test"},
            "user": {"id": user, "username": "agent", "team_id": TEAM},
            "api_app_id": "APLUME",
            "token": "legacy",
            "trigger_id": "1337.42.view",
            "view": {
                "id": "VMODAL",
                "type": "modal",
                "callback_id": callback_id,
                "private_metadata": private_metadata,
                "state": {"values": state},
                "hash": "h",
            },
        }
    )


def message_shortcut(
    message: dict[str, Any], *, response_url: str, channel: str = "CGENERAL", user: str = AGENT
) -> str:
    """The "Rédiger une réponse" shortcut used on `message`."""
    return _interactivity(
        {
            "type": "message_action",
            "callback_id": "plume_draft_reply",
            "trigger_id": "1337.42.shortcut",
            "team": {"id": TEAM, "domain": "test"},
            "user": {"id": user, "username": "agent", "team_id": TEAM},
            "channel": {"id": channel, "name": "general"},
            "message_ts": message["ts"],
            "message": message,
            "response_url": response_url,
            "token": "legacy",
            "action_ts": str(time.time()),
        }
    )


def slash_command(text: str, *, response_url: str, channel: str = FEEDBACK_CHANNEL, user: str = AGENT) -> str:
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM,
            "channel_id": channel,
            "user_id": user,
            "command": "/plume",
            "text": text,
            "response_url": response_url,
            "trigger_id": "1337.42.command",
            "api_app_id": "APLUME",
        }
    )
