"""The `/plume` slash command: the review form, a review typed after it, help, the audit export and a channel's
settings (team leads)."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.audit import AuditService, parse_period
from bot.channel_settings import ChannelSettingsService
from bot.domain import Platform, ReviewForm
from bot.inbox import Inbox
from bot.inbox_letters import FormLetter
from bot.team_leads import Access, AccessRefused
from handlers.slack import ids, modals, phrases
from handlers.slack.exports import send_audit_export
from handlers.slack.payloads import field
from handlers.slack.workspace import SlackWorkspace

log = logging.getLogger(__name__)

_HELP_WORDS = frozenset({"aide", "help", "?"})
_SETTINGS_WORDS = frozenset({"réglages", "reglages", "réglage", "reglage"})


def _refused(access: Access) -> str:
    return phrases.REFUSED.format(what=phrases.REFUSED_WHAT[access])


def register(
    app: App, audit: AuditService, settings: ChannelSettingsService, workspace: SlackWorkspace, inbox: Inbox
) -> None:
    @app.command(ids.SLASH_COMMAND)
    def on_command(ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        words = field(command, "text").split()
        name = words[0].lower() if words else ""
        user_id, channel_id, trigger_id = (field(command, key) for key in ("user_id", "channel_id", "trigger_id"))
        if not name:
            ack()
            if trigger_id and channel_id:
                client.views_open(trigger_id=trigger_id, view=modals.review_modal(channel_id))
        elif name in _HELP_WORDS:  # lead-only commands are listed to team leads only
            ack(response_type="ephemeral", text=phrases.HELP + (phrases.LEAD_HELP if audit.is_lead(user_id) else ""))
        elif name == "audit":
            days = parse_period(" ".join(words[1:]))
            if days is None:
                ack(response_type="ephemeral", text=phrases.AUDIT_PERIOD_HELP)
                return
            try:
                audit.require_lead(user_id, Access.EXPORT)
            except AccessRefused:
                ack(response_type="ephemeral", text=_refused(Access.EXPORT))
                return
            ack(response_type="ephemeral", text=phrases.EXPORT_STARTED.format(days=days))
            try:
                send_audit_export(audit, workspace, user_id, days)
            except (SlackApiError, OSError):
                log.exception("audit export for %s could not be sent", user_id)
                respond(text=phrases.EXPORT_FAILED, response_type="ephemeral", replace_original=False)
        elif name in _SETTINGS_WORDS:
            if not channel_id or channel_id.startswith("D"):
                ack(response_type="ephemeral", text=phrases.SETTINGS_IN_CHANNEL)
                return
            try:
                current = settings.open_settings(user_id, channel_id)
            except AccessRefused:
                ack(response_type="ephemeral", text=_refused(Access.SETTINGS))
                return
            ack()
            if trigger_id:
                client.views_open(trigger_id=trigger_id, view=modals.settings_modal(current, settings.models))
        elif len(words) > 1 and channel_id:  # `/plume <texte d'un avis>`: a review, as if typed in the form
            review = ReviewForm(
                Platform.SLACK, field(command, "team_id"), channel_id, user_id, "", "", "", field(command, "text")
            )
            accepted = inbox.accept(FormLetter(review, f"command:{trigger_id or uuid.uuid4().hex}"))
            ack()
            if accepted is not None:
                inbox.take_in(accepted)
        else:
            ack(response_type="ephemeral", text=phrases.UNKNOWN_SUBCOMMAND.format(name=words[0][:40]))
