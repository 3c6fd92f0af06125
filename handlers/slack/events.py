"""Event listeners: reviews (feedback channel, mention, direct message) and instructions (replies in a thread)."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App
from slack_bolt.context import BoltContext

from bot.domain import IncomingInstruction, IncomingReview, IntakeSource, Platform
from bot.intake import Intake
from bot.service import PlumeService
from handlers.slack.payloads import field

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+>")
# Message subtypes that carry a person's own new words; edits, deletions, joins and bot posts are not reviews.
_PERSON_SUBTYPES = frozenset({"thread_broadcast", "file_share"})


def _is_thread_reply(event: dict[str, Any]) -> bool:
    return bool(field(event, "thread_ts")) and field(event, "thread_ts") != field(event, "ts")


def _review(event: dict[str, Any], context: BoltContext, source: IntakeSource, text: str) -> IncomingReview:
    return IncomingReview(
        platform=Platform.SLACK,
        team_id=context.team_id or field(event, "team"),
        channel_id=field(event, "channel"),
        message_id=field(event, "ts"),
        thread_id=field(event, "ts"),
        user_id=field(event, "user"),
        source=source,
        text=text,
    )


def _from_a_person(event: dict[str, Any]) -> bool:
    """A new message a person wrote (edits, deletions, joins and bot posts come with other subtypes)."""
    subtype = event.get("subtype")
    return subtype is None or (isinstance(subtype, str) and subtype in _PERSON_SUBTYPES)


def _is_addressable(event: dict[str, Any]) -> bool:
    """A message Plume can answer: from a person, in a channel, with an id."""
    return all(field(event, key) for key in ("channel", "ts", "user")) and not event.get("bot_id")


def register(app: App, intake: Intake, service: PlumeService, feedback_channels: frozenset[str]) -> None:
    @app.event("message")
    def on_message(event: dict[str, Any], context: BoltContext) -> None:
        """A reply in a thread refines its draft; a top-level message in a feedback channel or a DM is a review."""
        if not _from_a_person(event) or not _is_addressable(event):
            return
        if _is_thread_reply(event):
            text = field(event, "text")
            service.receive_instruction(
                IncomingInstruction(
                    platform=Platform.SLACK,
                    team_id=context.team_id or field(event, "team"),
                    channel_id=field(event, "channel"),
                    thread_id=field(event, "thread_ts"),
                    message_id=field(event, "ts"),
                    user_id=field(event, "user"),
                    text=_MENTION.sub("", text).strip(),
                ),
                mentions_plume=bool(context.bot_user_id) and f"<@{context.bot_user_id}>" in text,
            )
        elif event.get("channel_type") == "im":
            intake.receive_review(_review(event, context, IntakeSource.DIRECT_MESSAGE, field(event, "text")))
        elif field(event, "channel") in feedback_channels:
            intake.receive_review(_review(event, context, IntakeSource.CHANNEL, field(event, "text")))

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], context: BoltContext) -> None:
        """A top-level message mentioning Plume is a review, without the mention itself.

        A mention inside a thread also arrives as a `message` event, which refines that thread's draft.
        """
        if not _is_addressable(event) or _is_thread_reply(event):
            return
        text = _MENTION.sub("", field(event, "text")).strip()
        intake.receive_review(_review(event, context, IntakeSource.MENTION, text))
