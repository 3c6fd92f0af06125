"""Button and menu listeners of a draft: approve, regenerate, edit, switch model, see the sent text."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.service import PlumeService
from handlers.slack import ids, texts


def _revision_id(action: dict[str, Any]) -> int | None:
    value = action.get("value")
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return ids.revision_of_block(str(action.get("block_id", "")))


def register(app: App, service: PlumeService) -> None:
    @app.action(ids.APPROVE)
    def on_approve(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        revision_id = _revision_id(action)
        if revision_id is not None:
            service.approve(revision_id, body["user"]["id"])

    @app.action(ids.SHOW_SENT_TEXT)
    def on_show_sent_text(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        revision_id = _revision_id(action)
        if revision_id is not None:
            service.show_sent_text(revision_id, body["user"]["id"])

    def not_yet_available(ack: Ack, respond: Respond) -> None:
        ack()
        respond(text=texts.NOT_YET_AVAILABLE, response_type="ephemeral", replace_original=False)

    for action_id in (ids.REGENERATE, ids.EDIT, ids.SWITCH_MODEL):
        app.action(action_id)(not_yet_available)
