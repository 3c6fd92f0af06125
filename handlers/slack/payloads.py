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
