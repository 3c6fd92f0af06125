"""Slack's mrkdwn: text made inert (no mention, no ping, no link), and a text object that Slack keeps verbatim."""

from __future__ import annotations

from typing import Any


def escape(text: str) -> str:
    """Make text inert for Slack's mrkdwn: no mention, no channel ping, no link can be formed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn_text(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}
