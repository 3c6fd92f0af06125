"""Real-shaped Slack request bodies (Events API, interactivity) and their signatures."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

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
    return json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM,
            "api_app_id": "APLUME",
            "event": event,
            "type": "event_callback",
            "event_id": f"Ev{ts.replace('.', '')}",
            "event_time": int(float(ts)),
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
    message_ts: str = "1700000000.000200",
) -> str:
    """An interactivity body (`payload=<urlencoded JSON>`) for a click on a button."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": "agent", "team_id": TEAM},
        "api_app_id": "APLUME",
        "token": "legacy",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "trigger_id": "1337.42.abcd",
        "team": {"id": TEAM, "domain": "test"},
        "channel": {"id": channel, "name": "avis"},
        "message": {"type": "message", "ts": message_ts, "text": "brouillon"},
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
