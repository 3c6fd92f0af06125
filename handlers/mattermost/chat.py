"""The Mattermost chat adapter (`bot.ports.chat.ChatAdapter`) on its REST API: drafts in threads, patched as they
stream, with signed attachment actions.

A bot lacks the permission to post ephemeral messages on a stock server, so notices go to the thread or a direct
message, as the core routes them; while a click or a dialog is being answered, though, the notices for the person
who acted are collected and returned as the callback's `ephemeral_text`, which Mattermost shows to them only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from bot.domain import Approval, Conversation, PseudonymisedText, Revision
from bot.failures import DraftFailure
from bot.models.registry import ModelChoice, parse_model_id
from bot.ports.chat import (
    Action,
    Change,
    ChatCapabilities,
    ChatUnavailable,
    DraftSource,
    DraftView,
    Notice,
    NoticeRoute,
    Place,
)
from handlers.common.wording import in_charge_text, number, sources_line
from handlers.mattermost import phrases, render
from handlers.mattermost.client import MattermostClient, MattermostError, TooManyRequests

log = logging.getLogger(__name__)

CAPABILITIES = ChatCapabilities(
    ephemeral_notices=False, buttons=True, min_edit_interval=2.0, max_message_chars=render.MAX_MESSAGE_CHARS
)
"""No ephemeral posts for a bot; the default rate limit (10 requests a second per user) allows a streamed draft
one patch every 2 s; 16 383 characters a message."""


@contextmanager
def _refusals_told() -> Iterator[None]:
    """A delivery that Mattermost's rate limiter refused (once the client's own retry is spent) as the core's
    ChatUnavailable, with the server's Retry-After (or X-Ratelimit-Reset), so that the job runner shows the stored
    draft again after that wait, never asking the model again."""
    try:
        yield
    except TooManyRequests as limited:
        raise ChatUnavailable("ratelimited", limited.retry_after) from limited


class MattermostChat:
    """Implements `bot.ports.chat.ChatAdapter` on Mattermost's REST API."""

    capabilities = CAPABILITIES

    def __init__(
        self,
        client: MattermostClient,
        integration: render.Integration,
        choices: Sequence[ModelChoice],
        *,
        server_url: str = "",
    ) -> None:
        """`server_url` (MATTERMOST_URL) makes the sources of a draft links to their threads; without it, names."""
        self._client = client
        self._server_url = server_url
        self._integration = integration
        self._choices = tuple(choices)
        self._answering = threading.local()

    @contextmanager
    def answering(self, user_id: str) -> Iterator[list[str]]:
        """While a callback of `user_id` is handled on this thread, collect their notices instead of posting them."""
        collected: list[str] = []
        self._answering.for_user, self._answering.texts = user_id, collected
        try:
            yield collected
        finally:
            self._answering.for_user, self._answering.texts = None, None

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str:
        return self._client.create_post(channel.channel_id, render.review_post(self._display_name(user_id), review))

    def post_progress(self, conversation: Conversation, masked_counts: dict[str, int] | None) -> str:
        return self._client.create_post(
            conversation.channel_id, render.progress_post(masked_counts), conversation.thread_id
        )

    def show_partial(
        self,
        conversation: Conversation,
        partial_text: str,
        message_id: str,
        masked_counts: dict[str, int] | None = None,
    ) -> bool:
        try:
            self._client.patch_post(message_id, render.progress_post(masked_counts, partial_text))
        except MattermostError as error:  # a skipped partial edit is harmless: the final one follows
            log.info("partial edit skipped (%s)", type(error).__name__)
            return False
        return True

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        self._client.patch_post(message_id, render.progress_post(None, status=phrases.RETRYING.format(attempt=attempt)))

    def show_draft(self, conversation: Conversation, draft: DraftView, message_id: str | None) -> str:
        post = render.draft_post(
            self._integration,
            counts=draft.masked_counts,
            draft_text=draft.text,
            revision_number=draft.revision.number,
            model=self._choice(draft.revision.model_id),
            choices=self._choices,
            actions=draft.actions,
            unresolved=draft.unresolved,
            in_charge=self._display_name(draft.taken_by) if draft.taken_by else None,
            findings=draft.findings,
            sources=sources_line(draft.sources, self._permalink, render.link),
        )
        with _refusals_told():
            if message_id is None:
                return self._client.create_post(conversation.channel_id, post, conversation.thread_id)
            self._client.patch_post(message_id, post)
        return message_id

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        if revision.message_id is None:
            return
        post = render.retired_post(
            draft_text=restored_text, revision_number=revision.number, model=self._choice(revision.model_id)
        )
        with _refusals_told():
            self._client.patch_post(revision.message_id, post)

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None:
        post = render.approved_post(
            final_text=restored_text,
            approver_name=self._display_name(approval.user_id),
            approved_at=approval.approved_at,
            revision_number=revision.number,
            model=self._choice(revision.model_id),
            pin=(self._integration, conversation.id),
        )
        if revision.message_id is None:
            self._client.create_post(conversation.channel_id, post, conversation.thread_id)
        else:
            self._client.patch_post(revision.message_id, post)

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None:
        if revision.message_id is not None:
            self._client.patch_post(revision.message_id, render.dismissed_post(self._display_name(user_id)))

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None, retries: tuple[Action, ...]
    ) -> None:
        labelled = [
            (
                phrases.RETRY if index == 0 else phrases.RETRY_WITH.format(label=self._choice(action.model_id).label),
                action,
            )
            for index, action in enumerate(retries)
            if action.model_id
        ]
        post = render.failure_post(self._integration, phrases.FAILURES[failure], labelled)
        if message_id is None:
            self._client.create_post(place.channel_id, post, place.thread_id)
        else:
            self._client.patch_post(message_id, post)

    def retire_failure(self, place: Place, message_id: str) -> None:
        with _refusals_told():
            self._client.patch_post(message_id, render.retired_failure_post())

    def notify(self, place: Place, user_id: str, notice: Notice, route: NoticeRoute) -> None:
        self._deliver(place, user_id, render.notice_post(phrases.NOTICES[notice]), route)

    def show_in_charge(self, place: Place, user_id: str, in_charge: str, route: NoticeRoute) -> None:
        said = in_charge_text(user_id, in_charge, self._display_name)
        self._deliver(place, user_id, render.notice_post(said), route)

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText, route: NoticeRoute) -> None:
        self._deliver(place, user_id, render.sent_text_post(text), route)

    def show_changes(
        self, place: Place, user_id: str, number: int, changes: tuple[Change, ...], route: NoticeRoute
    ) -> None:
        self._deliver(place, user_id, render.changes_post(number, changes), route)

    def offer_first_part(self, place: Place, offer: Action, length: int, limit: int) -> None:
        text = phrases.FIRST_PART_OFFER.format(length=number(length), limit=number(limit))
        post = render.offer_post(self._integration, text, offer, phrases.FIRST_PART_BUTTON)
        self._client.create_post(place.channel_id, post, place.thread_id)

    def _deliver(self, place: Place, user_id: str, post: render.Post, route: NoticeRoute) -> None:
        """A message for one person: in the answer to their click, in the thread, or in a direct message.

        Mattermost shows a reply to a post with no reply yet (it opens the thread), so CHANNEL is THREAD here."""
        collected = getattr(self._answering, "texts", None)
        if collected is not None and getattr(self._answering, "for_user", None) == user_id:
            collected.append(post.message)
        elif route is NoticeRoute.DIRECT or not place.thread_id:
            self._client.create_post(self._client.direct_channel(user_id), post)
        else:
            self._client.create_post(place.channel_id, post, place.thread_id)

    def _permalink(self, source: DraftSource) -> str | None:
        return render.permalink(self._server_url, source)

    def _choice(self, model_id: str | None) -> ModelChoice:
        known = {choice.id: choice for choice in self._choices}
        return known.get(model_id or "") or parse_model_id(model_id or "")

    def _display_name(self, user_id: str) -> str:
        """The user's name as Mattermost shows it, so the approval names the approver without pinging them."""
        try:
            user = self._client.get_user(user_id)
        except MattermostError:
            return user_id
        full = " ".join(part for part in (user.get("first_name"), user.get("last_name")) if part)
        return str(full or user.get("username") or user_id)
