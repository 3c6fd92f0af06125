"""« 📌 Enregistrer comme réponse type » under an approved reply: a team lead names it in a modal, and the
channel's next drafts are given it among their examples; anyone else is told politely that it is for team leads."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.grounding.pins import ReplyPins
from bot.team_leads import Access, AccessRefused
from handlers.common.typography import typeset
from handlers.slack import ids, modals, phrases
from handlers.slack.blocks import escape
from handlers.slack.payloads import clicker, field

log = logging.getLogger(__name__)


def _refusal() -> str:
    return phrases.REFUSED.format(what=phrases.REFUSED_WHAT[Access.PIN])


def register(app: App, pins: ReplyPins) -> None:
    @app.action(ids.PIN_REPLY)
    def on_pin_clicked(ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        ack()
        value, user_id = field(action, "value"), clicker(body)
        if not value.isdigit():
            return
        try:
            example = pins.example_to_pin(user_id, int(value))
        except AccessRefused:
            _tell(client, body, user_id, _refusal())
            return
        if example is None:
            _tell(client, body, user_id, phrases.PIN_UNAVAILABLE)
            return
        client.views_open(trigger_id=field(body, "trigger_id"), view=modals.pin_modal(int(value), example.title or ""))

    @app.view(ids.PIN_MODAL)
    def on_pin_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        conversation, title = field(view, "private_metadata"), modals.submitted_values(view).get("title", "")
        if not title.strip():
            ack(response_action="errors", errors={"title": phrases.EMPTY_FIELD})
            return
        if not conversation.isdigit():
            ack()
            return
        try:
            pinned = pins.pin(clicker(body), int(conversation), title)
        except AccessRefused:
            ack(response_action="update", view=modals.message_modal(_refusal()))
            return
        if pinned is None:
            ack(response_action="update", view=modals.message_modal(phrases.PIN_UNAVAILABLE))
            return
        ack()
        saved = typeset(phrases.PIN_SAVED.format(title=escape(pinned.title or "")))
        try:
            client.chat_postEphemeral(channel=pinned.channel_id, user=clicker(body), text=saved)
        except SlackApiError as error:  # saved all the same; Plume may have left the channel
            log.info("réponse type saved; confirmation not shown (%s)", error.response.get("error"))


def _tell(client: WebClient, body: dict[str, Any], user_id: str, text: str) -> None:
    """A note only the clicker sees, in the channel of the approved thread."""
    channel = field(body, "channel", "id") or field(body, "container", "channel_id")
    message = body.get("message") if isinstance(body.get("message"), dict) else {}
    thread = field(message, "thread_ts") or None
    try:
        client.chat_postEphemeral(channel=channel, user=user_id, text=text, thread_ts=thread)
    except SlackApiError as error:
        log.info("pin notice not shown (%s)", error.response.get("error"))
