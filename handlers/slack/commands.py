"""The `/plume` slash command: the review form, help, and the team-lead commands to come."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from handlers.slack import ids, modals, texts

_HELP_WORDS = frozenset({"aide", "help", "?"})
_COMING = frozenset({"audit", "réglages", "reglages"})


def register(app: App) -> None:
    @app.command(ids.SLASH_COMMAND)
    def on_command(ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        words = command.get("text", "").split()
        name = words[0].lower() if words else ""
        if not name:
            ack()
            client.views_open(trigger_id=command["trigger_id"], view=modals.review_modal(command["channel_id"]))
        elif name in _HELP_WORDS:
            ack(response_type="ephemeral", text=texts.HELP)
        elif name in _COMING:
            ack(response_type="ephemeral", text=texts.COMING_SOON.format(name=name))
        else:
            ack(response_type="ephemeral", text=texts.UNKNOWN_SUBCOMMAND.format(name=words[0][:40]))
