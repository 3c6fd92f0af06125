"""Event listeners: reviews (feedback channel, mention, direct message) and instructions (replies in a thread)."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App
from slack_bolt.context import BoltContext

from bot.domain import IncomingInstruction, IncomingReview, IntakeSource
from bot.service import PlumeService

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+>")
# Message subtypes that carry a person's own new words; edits, deletions, joins and bot posts are not reviews.
_PERSON_SUBTYPES = frozenset({None, "thread_broadcast", "file_share"})


def _is_thread_reply(event: dict[str, Any]) -> bool:
    return "thread_ts" in event and event["thread_ts"] != event.get("ts")


def _review(event: dict[str, Any], context: BoltContext, source: IntakeSource, text: str) -> IncomingReview:
    return IncomingReview(
        team_id=context.team_id or event.get("team", ""),
        channel_id=event["channel"],
        message_ts=event["ts"],
        thread_ts=event["ts"],
        user_id=event.get("user", ""),
        source=source,
        text=text,
    )


def register(app: App, service: PlumeService, feedback_channels: frozenset[str]) -> None:
    @app.event("message")
    def on_message(event: dict[str, Any], context: BoltContext) -> None:
        """A reply in a thread refines its draft; a top-level message in a feedback channel or a DM is a review."""
        if event.get("subtype") not in _PERSON_SUBTYPES or event.get("bot_id") or not event.get("user"):
            return
        if _is_thread_reply(event):
            service.receive_instruction(
                IncomingInstruction(
                    team_id=context.team_id or event.get("team", ""),
                    channel_id=event["channel"],
                    thread_ts=event["thread_ts"],
                    message_ts=event["ts"],
                    user_id=event["user"],
                    text=_MENTION.sub("", event.get("text", "")).strip(),
                )
            )
        elif event.get("channel_type") == "im":
            service.receive_review(_review(event, context, IntakeSource.DIRECT_MESSAGE, event.get("text", "")))
        elif event.get("channel") in feedback_channels:
            service.receive_review(_review(event, context, IntakeSource.CHANNEL, event.get("text", "")))

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], context: BoltContext) -> None:
        """A top-level message mentioning Plume is a review, without the mention itself.

        A mention inside a thread also arrives as a `message` event, which refines that thread's draft.
        """
        if event.get("bot_id") or _is_thread_reply(event):
            return
        text = _MENTION.sub("", event.get("text", "")).strip()
        service.receive_review(_review(event, context, IntakeSource.MENTION, text))
