"""The Matrix chat adapter (`bot.ports.chat.ChatAdapter`): drafts as thread replies (`m.thread`), streamed by edits
(`m.replace`) of one message, controlled by the bot's own reactions.

Matrix has no ephemeral messages and no buttons: notices for one person are thread replies that mention them, or a
direct message; the bot adds ✅ 🔄 ✏️ under each draft, and an agent adding the same reaction acts (events.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import quote

from bot.domain import Approval, Conversation, Platform, PseudonymisedText, Revision
from bot.failures import DraftFailure
from bot.models.registry import ModelChoice, parse_model_id
from bot.ports.chat import (
    Action,
    ActionKind,
    Change,
    ChatCapabilities,
    DraftSource,
    DraftView,
    Notice,
    NoticeRoute,
    Place,
)
from handlers.common.wording import in_charge_text, number, sources_line
from handlers.matrix import phrases, render
from handlers.matrix.client import MatrixClient, Skipped
from handlers.matrix.phrases import french
from handlers.matrix.render import Block

log = logging.getLogger(__name__)

CAPABILITIES = ChatCapabilities(
    ephemeral_notices=False, buttons=False, min_edit_interval=3.0, max_message_chars=render.MAX_BODY_CHARS - 2000
)
"""No ephemeral messages, no buttons; an edit every 3 s at most (Tchap asks bots for about one call a second, and
Synapse's default allows 0.2 messages a second after a burst of 10)."""


def matrix_link(source: DraftSource) -> str | None:
    """A matrix.to link to the thread of an approved reply (any Matrix client opens it), from stored ids."""
    if source.platform is not Platform.MATRIX:
        return None
    return f"https://matrix.to/#/{quote(source.channel_id, safe='')}/{quote(source.thread_id, safe='')}"


class MatrixChat:
    """Implements `bot.ports.chat.ChatAdapter` on a Matrix homeserver."""

    capabilities = CAPABILITIES

    def __init__(self, client: MatrixClient, choices: Sequence[ModelChoice]) -> None:
        self._client = client
        self._choices = tuple(choices)

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str:
        name = self._client.display_name(user_id)
        return self._client.send(channel.channel_id, render.review(name, review))

    def post_progress(self, conversation: Conversation, masked_counts: dict[str, int] | None) -> str:
        message = render.in_thread(render.progress(masked_counts), conversation.thread_id)
        return self._client.send(conversation.channel_id, message)

    def show_partial(
        self,
        conversation: Conversation,
        partial_text: str,
        message_id: str,
        masked_counts: dict[str, int] | None = None,
    ) -> bool:
        edit = render.replacing(render.progress(masked_counts, partial_text), message_id)
        try:
            self._client.send_optional(conversation.channel_id, edit)
        except Skipped:  # the final text always follows
            log.debug("partial edit skipped: no budget")
            return False
        return True

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        status = phrases.RETRYING.format(attempt=attempt)
        edit = render.replacing(render.progress(None, status=french(status)), message_id)
        try:
            self._client.send_optional(conversation.channel_id, edit)
        except Skipped:  # a status only: the draft or the failure follows
            log.debug("retry status skipped: no budget")

    def show_draft(self, conversation: Conversation, draft: DraftView, message_id: str | None) -> str:
        message = render.draft(
            counts=draft.masked_counts,
            text=draft.text,
            number=draft.revision.number,
            model=self._choice(draft.revision.model_id),
            choices=self._choices,
            unresolved=draft.unresolved,
            in_charge=self._client.display_name(draft.taken_by) if draft.taken_by else None,
            findings=draft.findings,
            publishable=any(action.kind is ActionKind.PUBLISHABLE for action in draft.actions),
            sources=sources_line(draft.sources, matrix_link, lambda label, url: f"{label} ({url})"),
        )
        room = conversation.channel_id
        if message_id is None:
            message_id = self._client.send(room, render.in_thread(message, conversation.thread_id))
        else:
            self._client.send(room, render.replacing(message, message_id))
        for action in draft.actions:
            key = render.DRAFT_REACTIONS.get(action.kind)
            if key is not None:
                self._client.react(room, render.reaction(message_id, key, action))
        return message_id

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        if revision.message_id is None:
            return
        message = render.retired(text=restored_text, number=revision.number, model=self._choice(revision.model_id))
        self._client.send(conversation.channel_id, render.replacing(message, revision.message_id))

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None:
        if revision.message_id is not None:
            message = render.dismissed(self._client.display_name(user_id))
            self._client.send(conversation.channel_id, render.replacing(message, revision.message_id))

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None:
        message = render.approved(
            text=restored_text,
            approver=self._client.display_name(approval.user_id),
            at=approval.approved_at,
            number=revision.number,
            model=self._choice(revision.model_id),
        )
        if revision.message_id is None:
            self._client.send(conversation.channel_id, render.in_thread(message, conversation.thread_id))
        else:
            self._client.send(conversation.channel_id, render.replacing(message, revision.message_id))

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None, retries: tuple[Action, ...]
    ) -> None:
        usable = [action for action in retries if action.kind is ActionKind.RETRY and action.model_id]
        next_label = self._choice(usable[1].model_id).label if len(usable) > 1 else None
        message = render.failure(phrases.FAILURES[failure], next_label, bool(usable))
        if message_id is None:
            message_id = self._client.send(place.channel_id, render.in_thread(message, place.thread_id))
        else:
            self._client.send(place.channel_id, render.replacing(message, message_id))
        for key, action in zip(render.RETRY_KEYS, usable, strict=False):
            self._client.react(place.channel_id, render.reaction(message_id, key, action))

    def retire_failure(self, place: Place, message_id: str) -> None:
        self._client.send(place.channel_id, render.replacing(render.retired_failure(), message_id))

    def show_in_charge(self, place: Place, user_id: str, in_charge: str, route: NoticeRoute) -> None:
        said = in_charge_text(user_id, in_charge, self._client.display_name)
        self._deliver(place, user_id, [Block(french(said))], route)

    def notify(self, place: Place, user_id: str, notice: Notice, route: NoticeRoute) -> None:
        self._deliver(place, user_id, [Block(phrases.NOTICES[notice])], route)

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText, route: NoticeRoute) -> None:
        self._deliver(place, user_id, render.sent_text(text), route)

    def show_changes(
        self, place: Place, user_id: str, number: int, changes: tuple[Change, ...], route: NoticeRoute
    ) -> None:
        self._deliver(place, user_id, render.changes(number, changes), route)

    def offer_first_part(self, place: Place, offer: Action, length: int, limit: int) -> None:
        text = phrases.FIRST_PART_OFFER.format(length=number(length), limit=number(limit))
        message_id = self._client.send(place.channel_id, render.in_thread(render.offer(text), place.thread_id))
        self._client.react(place.channel_id, render.reaction(message_id, render.FIRST_PART_KEY, offer))

    def tell(
        self, place: Place, user_id: str, blocks: Sequence[Block], route: NoticeRoute = NoticeRoute.THREAD
    ) -> None:
        """A message of the Matrix handlers (help, a command's answer) for one person, by the same routes."""
        self._deliver(place, user_id, blocks, route)

    def _deliver(self, place: Place, user_id: str, blocks: Sequence[Block], route: NoticeRoute) -> None:
        """A message for one person: a reply in the thread that mentions them, or a direct message."""
        if route is NoticeRoute.DIRECT or not place.thread_id:
            self._client.send(self._client.direct_room(user_id), render.content(blocks))
            return
        message = render.addressed(user_id, self._client.display_name(user_id), blocks)
        self._client.send(place.channel_id, render.in_thread(message, place.thread_id))

    def _choice(self, model_id: str | None) -> ModelChoice:
        known = {choice.id: choice for choice in self._choices}
        return known.get(model_id or "") or parse_model_id(model_id or "")
