"""Button and menu listeners: approve, regenerate, edit, switch model, try again, see the sent text."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.intake import Intake
from bot.service import PlumeService
from handlers.slack import ids, modals
from handlers.slack.payloads import clicker, field


def _revision_id(action: dict[str, Any]) -> int | None:
    value = field(action, "value")
    if value.isdigit():
        return int(value)
    return ids.revision_of_block(field(action, "block_id"))


def register(app: App, intake: Intake, service: PlumeService) -> None:
    @app.action(ids.APPROVE)
    def on_approve(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        if (revision_id := _revision_id(action)) is not None:
            service.approve(revision_id, clicker(body))

    @app.action(ids.REGENERATE)
    def on_regenerate(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        if (revision_id := _revision_id(action)) is not None:
            service.regenerate(revision_id, clicker(body))

    @app.action(ids.SWITCH_MODEL)
    def on_switch_model(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        model_id = field(action, "selected_option", "value")
        if (revision_id := _revision_id(action)) is not None and model_id:
            service.switch_model(revision_id, model_id, clicker(body))

    @app.action(ids.EDIT)
    def on_edit(ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        ack()
        if (revision_id := _revision_id(action)) is None:
            return
        target = service.prepare_edit(revision_id, clicker(body))
        if target is not None:
            view = modals.edit_modal(target.revision_id, target.text)
            client.views_open(trigger_id=field(body, "trigger_id"), view=view)

    @app.action(re.compile(rf"^{ids.RETRY}_\d+$"))
    def on_retry(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        job, _, model_id = field(action, "value").partition("|")
        if job.isdigit() and model_id:
            service.retry(int(job), model_id, clicker(body))

    @app.action(ids.CONFIRM_FIRST_PART)
    def on_confirm_first_part(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        if (conversation := field(action, "value")).isdigit():
            intake.confirm_first_part(int(conversation), clicker(body))

    @app.action(ids.SHOW_SENT_TEXT)
    def on_show_sent_text(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        if (revision_id := _revision_id(action)) is not None:
            service.show_sent_text(revision_id, clicker(body))
