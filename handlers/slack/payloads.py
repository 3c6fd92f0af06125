"""Read Slack payloads defensively: a missing or mistyped field gives an empty value, never an exception."""

from __future__ import annotations

from typing import Any


def field(node: Any, *path: str) -> str:
    """The string at `path` in nested dicts, or "" when any step is missing or not of the expected type."""
    for key in path:
        if not isinstance(node, dict):
            return ""
        node = node.get(key)
    return node if isinstance(node, str) else ""


def mapping(node: Any, key: str) -> dict[str, Any]:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, dict) else {}


def clicker(body: dict[str, Any]) -> str:
    """The id of the person who clicked or submitted."""
    return field(body, "user", "id")


# Where Bolt routes a payload and builds its context, the types Slack sends (None stands for absent or null).
_OBJECTS = ("event", "team", "user", "channel", "view", "container", "message", "enterprise")
_STRINGS = ("type", "token", "team_id", "user_id", "channel_id", "enterprise_id", "api_app_id", "trigger_id",
            "response_url", "thread_ts", "callback_id", "command")  # fmt: skip
_EVENT_STRINGS = ("type", "subtype", "user", "channel", "ts", "thread_ts", "bot_id", "team", "user_team")
_OBJECT_LISTS = ("actions", "authorizations")
_ACTED_BY_A_PERSON = frozenset({"block_actions", "view_submission", "message_action", "shortcut"})


def malformed(body: dict[str, Any]) -> str | None:
    """The first field of a payload that is not of the type Slack sends there, or None when the payload is sound.

    Bolt reads these fields without checking them (a list where an object belongs raises inside Bolt, an action
    without action_id too), and a click or submission without the person's id must not act on their behalf.
    """
    for key in _OBJECTS:
        if not isinstance(body.get(key), dict | None):
            return key
    if "view" in body and not isinstance(body["view"], dict):  # Slack sends `enterprise: null`, never a null view
        return "view"
    for key in _STRINGS:
        if not isinstance(body.get(key), str | None):
            return key
    for key in _OBJECT_LISTS:
        items = body.get(key)
        if items is not None and not (isinstance(items, list) and all(isinstance(item, dict) for item in items)):
            return key
    event = mapping(body, "event")
    for key in _EVENT_STRINGS:
        if not isinstance(event.get(key), str | None):
            return f"event.{key}"
    if "event" in body and not field(event, "type"):
        return "event.type"
    if body.get("type") == "block_actions":
        actions = body.get("actions") or []
        if not actions or not all(isinstance(action.get("action_id"), str) for action in actions):
            return "actions.action_id"
    if body.get("type") in _ACTED_BY_A_PERSON and not clicker(body):
        return "user.id"
    return None
