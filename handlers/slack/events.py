"""Event listeners: reviews (feedback channel, mention, direct message) and instructions (replies in a thread).

A review or a reply in a thread is stored in the inbox before its ack: over HTTP, a review by the route itself
(`fast_ack`), before Bolt reads the request; otherwise (Socket Mode, a reply in a thread, or a request the route
leaves to Bolt) by a listener middleware, which Bolt runs before it acknowledges the event. The listener, which runs
after the ack, takes it in.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_bolt.context import BoltContext

from bot.domain import IncomingInstruction, IncomingReview, IntakeSource, Platform
from bot.inbox import Accepted, Inbox
from bot.inbox_letters import InstructionLetter, Letter
from handlers.slack.payloads import field

log = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+>")
# Message subtypes that carry a person's own new words; edits, deletions, joins and bot posts are not reviews.
_PERSON_SUBTYPES = frozenset({"thread_broadcast", "file_share"})
ACCEPTED = "plume_accepted_event"
"""The context key under which a stored event is handed to the listener (by the middleware, or by `fast_ack`)."""


def _is_thread_reply(event: dict[str, Any]) -> bool:
    return bool(field(event, "thread_ts")) and field(event, "thread_ts") != field(event, "ts")


def _review(event: dict[str, Any], team_id: str, source: IntakeSource, text: str) -> IncomingReview:
    return IncomingReview(
        platform=Platform.SLACK,
        team_id=team_id or field(event, "team"),
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


def incoming_review(event: dict[str, Any], team_id: str, channels: frozenset[str]) -> IncomingReview | None:
    """The review an event carries: a top-level message in a feedback channel or a DM, or a top-level mention."""
    if not _from_a_person(event) or not _is_addressable(event) or _is_thread_reply(event):
        return None
    if event.get("type") == "app_mention":
        return _review(event, team_id, IntakeSource.MENTION, _MENTION.sub("", field(event, "text")).strip())
    if event.get("type") != "message":
        return None
    if event.get("channel_type") == "im":
        return _review(event, team_id, IntakeSource.DIRECT_MESSAGE, field(event, "text"))
    if field(event, "channel") in channels:
        return _review(event, team_id, IntakeSource.CHANNEL, field(event, "text"))
    return None


def _incoming_instruction(event: dict[str, Any], context: BoltContext) -> InstructionLetter | None:
    """The instruction a reply in a thread may carry (the service decides whether it is one: its thread's rule)."""
    if not _from_a_person(event) or not _is_addressable(event) or not _is_thread_reply(event):
        return None
    text = field(event, "text")
    instruction = IncomingInstruction(
        platform=Platform.SLACK,
        team_id=context.team_id or field(event, "team"),
        channel_id=field(event, "channel"),
        thread_id=field(event, "thread_ts"),
        message_id=field(event, "ts"),
        user_id=field(event, "user"),
        text=_MENTION.sub("", text).strip(),
    )
    if not instruction.text:
        return None
    return InstructionLetter(instruction, bool(context.bot_user_id) and f"<@{context.bot_user_id}>" in text)


def register(app: App, inbox: Inbox, feedback_channels: frozenset[str]) -> None:
    def store_event(event: dict[str, Any], context: BoltContext, next: Callable[[], None]) -> None:
        """Before the ack: a review, or a reply in a thread, is stored (sealed) in the inbox, so that nothing
        acknowledged can be lost.

        If the store fails, the error makes Bolt answer 500 and Slack sends the event again. A review that
        `fast_ack` stored and acked before handing the request to Bolt is already in the context.
        """
        if ACCEPTED not in context:
            letter: Letter | None = incoming_review(event, context.team_id or "", feedback_channels)
            if letter is None and event.get("type") == "message":  # a mention in a thread also comes as a message
                letter = _incoming_instruction(event, context)
            if letter is not None:
                context[ACCEPTED] = inbox.accept(letter)
        next()

    @app.event("message", middleware=[store_event])
    def on_message(context: BoltContext) -> None:
        """A review stored before the ack is taken in; a reply in a thread refines its draft."""
        accepted = context.get(ACCEPTED)
        if isinstance(accepted, Accepted):
            inbox.take_in(accepted)

    @app.event("app_mention", middleware=[store_event])
    def on_mention(context: BoltContext) -> None:
        """A top-level message mentioning Plume is a review, without the mention itself.

        A mention inside a thread also arrives as a `message` event, which refines that thread's draft.
        """
        accepted = context.get(ACCEPTED)
        if isinstance(accepted, Accepted):
            inbox.take_in(accepted)
