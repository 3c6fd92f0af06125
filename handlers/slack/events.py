"""Event listeners: a review posted in a feedback channel, or a message mentioning Plume."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App
from slack_bolt.context import BoltContext

from bot.domain import IncomingReview, IntakeSource
from bot.service import PlumeService

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+>")


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
        """A top-level message from a person in a feedback channel is a review."""
        if event.get("subtype") or event.get("bot_id") or _is_thread_reply(event):
            return
        if event.get("channel") not in feedback_channels:
            return
        service.receive_review(_review(event, context, IntakeSource.CHANNEL, event.get("text", "")))

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], context: BoltContext) -> None:
        """A top-level message mentioning Plume is a review, without the mention itself."""
        if event.get("bot_id") or _is_thread_reply(event):
            return
        text = _MENTION.sub("", event.get("text", "")).strip()
        service.receive_review(_review(event, context, IntakeSource.MENTION, text))
