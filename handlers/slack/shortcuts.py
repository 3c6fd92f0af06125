"""The message shortcut "Rédiger une réponse": any message, forwarded ones included, becomes a review."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.domain import IncomingReview, IntakeSource, Platform
from bot.inbox import Inbox
from bot.intake import IntakeOutcome
from bot.ports.chat import Notice
from handlers.slack import ids, phrases
from handlers.slack.payloads import clicker, field, mapping

_ANSWERS = {
    IntakeOutcome.STARTED: phrases.NOTICES[Notice.DRAFT_STARTED],
    IntakeOutcome.DUPLICATE: phrases.NOTICES[Notice.ALREADY_RECEIVED],
}  # the other outcomes are explained by the service itself


def message_text(message: dict[str, Any]) -> str:
    """The words of a message: its own text, then those of what it shares (forwarded messages, attachments)."""
    parts = [field(message, "text")]
    attachments = message.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        parts.append(field(attachment, "text") or field(attachment, "fallback"))
        shared_blocks = attachment.get("message_blocks") if isinstance(attachment, dict) else None
        for shared in shared_blocks if isinstance(shared_blocks, list) else []:
            parts.append(field(shared, "message", "text"))
    return "\n\n".join(part.strip() for part in parts if part.strip())


def register(app: App, inbox: Inbox) -> None:
    @app.shortcut(ids.DRAFT_SHORTCUT)
    def on_draft_shortcut(ack: Ack, shortcut: dict[str, Any], respond: Respond) -> None:
        """The message is stored (sealed) in the inbox as a review before the ack, then taken in."""
        message = mapping(shortcut, "message")
        if not (field(message, "ts") and field(shortcut, "channel", "id")):
            ack()
            return
        review = IncomingReview(
            platform=Platform.SLACK,
            team_id=field(shortcut, "team", "id"),
            channel_id=field(shortcut, "channel", "id"),
            message_id=field(message, "ts"),
            thread_id=field(message, "thread_ts") or field(message, "ts"),
            user_id=clicker(shortcut),
            source=IntakeSource.SHORTCUT,
            text=message_text(message),
        )
        accepted = inbox.accept(review)
        ack()
        outcome = inbox.take_in(accepted) if accepted is not None else IntakeOutcome.DUPLICATE
        if outcome in _ANSWERS:
            respond(text=_ANSWERS[outcome], response_type="ephemeral", replace_original=False)
