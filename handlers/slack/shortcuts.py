"""The message shortcut "Rédiger une réponse": any message, forwarded ones included, becomes a review."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.domain import IncomingReview, IntakeSource
from bot.ports import Notice
from bot.service import IntakeOutcome, PlumeService
from handlers.slack import ids, texts

_ANSWERS = {
    IntakeOutcome.STARTED: texts.NOTICES[Notice.DRAFT_STARTED],
    IntakeOutcome.DUPLICATE: texts.NOTICES[Notice.ALREADY_RECEIVED],
    IntakeOutcome.EMPTY: texts.NOTICES[Notice.EMPTY_REVIEW],
}


def message_text(message: dict[str, Any]) -> str:
    """The words of a message: its own text, then those of what it shares (forwarded messages, attachments)."""
    parts = [message.get("text", "")]
    for attachment in message.get("attachments", []):
        parts.append(attachment.get("text") or attachment.get("fallback") or "")
        for shared in attachment.get("message_blocks", []):
            parts.append(shared.get("message", {}).get("text", ""))
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def register(app: App, service: PlumeService) -> None:
    @app.shortcut(ids.DRAFT_SHORTCUT)
    def on_draft_shortcut(ack: Ack, shortcut: dict[str, Any], respond: Respond) -> None:
        ack()
        message = shortcut.get("message", {})
        review = IncomingReview(
            team_id=shortcut.get("team", {}).get("id", ""),
            channel_id=shortcut.get("channel", {}).get("id", ""),
            message_ts=message.get("ts", ""),
            thread_ts=message.get("thread_ts") or message.get("ts", ""),
            user_id=shortcut.get("user", {}).get("id", ""),
            source=IntakeSource.SHORTCUT,
            text=message_text(message),
        )
        outcome = service.receive_review(review)
        if outcome in _ANSWERS:
            respond(text=_ANSWERS[outcome], response_type="ephemeral", replace_original=False)
