"""Modal submissions: a review typed into the form, an agent's edit of a draft, a channel's settings."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.channel_settings import ChannelSettingsService
from bot.domain import Platform, ReviewForm
from bot.inbox import Inbox
from bot.inbox_letters import FormLetter
from bot.service import PlumeService
from bot.team_leads import Access, AccessRefused
from handlers.slack import ids, modals, phrases
from handlers.slack.payloads import clicker, field

log = logging.getLogger(__name__)


def register(app: App, inbox: Inbox, service: PlumeService, settings: ChannelSettingsService) -> None:
    @app.view(ids.REVIEW_MODAL)
    def on_review_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        """The form is stored (sealed) in the inbox before the ack: a process dying then leaves it to another."""
        values = modals.submitted_values(view)
        if not values.get("text", "").strip():
            ack(response_action="errors", errors={"text": phrases.EMPTY_FIELD})
            return
        form = ReviewForm(
            platform=Platform.SLACK,
            team_id=field(body, "team", "id"),
            channel_id=field(view, "private_metadata"),
            user_id=clicker(body),
            service=values.get("service", ""),
            feeling=phrases.FEELING_WORDS.get(values.get("feeling", ""), ""),
            title=values.get("title", ""),
            text=values["text"],
        )
        accepted = inbox.accept(FormLetter(form, f"view:{field(view, 'id') or uuid.uuid4().hex}"))
        ack()
        if accepted is not None:  # None: this very submission is already in the inbox (delivered twice)
            inbox.take_in(accepted)

    @app.view(ids.EDIT_MODAL)
    def on_edit_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        edit = modals.submitted_edit(view)
        if edit is not None and not edit[1].strip():
            ack(response_action="errors", errors={"draft": phrases.EMPTY_FIELD})
            return
        ack()
        if edit is not None:
            service.save_edit(edit[0], clicker(body), edit[1])

    @app.view(ids.SETTINGS_MODAL)
    def on_settings_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        user_id = clicker(body)
        wanted = modals.submitted_settings(view)
        if not wanted.channel_id:
            ack()
            return
        try:
            settings.save_settings(user_id, wanted)
        except AccessRefused:
            refusal = phrases.REFUSED.format(what=phrases.REFUSED_WHAT[Access.SETTINGS])
            ack(response_action="update", view=modals.message_modal(refusal))
            return
        ack()
        try:
            client.chat_postEphemeral(
                channel=wanted.channel_id, user=user_id, text=phrases.SETTINGS_SAVED.format(channel=wanted.channel_id)
            )
        except SlackApiError as error:  # Plume may not be in that channel: the settings are saved all the same
            log.info("settings saved; confirmation not shown (%s)", error.response.get("error"))
