"""The Slack chat adapter (`bot.ports.chat.ChatAdapter`) on the Web API: where drafts, approvals and notices go."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.audit_export import permalink
from bot.domain import Approval, Conversation, Platform, PseudonymisedText, Revision
from bot.failures import DraftFailure
from bot.models.registry import ModelChoice, parse_model_id
from bot.pacing import LocalBudgets
from bot.ports.budget import RateBudget, RateBudgets
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
from handlers.slack import blocks, ids, phrases
from handlers.slack.workspace import SlackWorkspace

log = logging.getLogger(__name__)


@contextmanager
def _refusals_told() -> Iterator[None]:
    """Slack's 429 (once the client's own retries are spent) as the core's ChatUnavailable, with Retry-After."""
    try:
        yield
    except SlackApiError as error:
        if error.response.status_code != 429:
            raise
        retry_after = error.response.headers.get("Retry-After") or error.response.headers.get("retry-after")
        raise ChatUnavailable("ratelimited", float(retry_after) if retry_after else None) from error


class SlackPacing:
    """Slack's published limits (api.slack.com/apis/rate-limits) as budgets shared by every draft of the process,
    or of every process when the budgets live in the database: chat.postMessage about one a second per channel
    with short bursts; chat.update Tier 3 (50+ a minute per workspace); chat.postEphemeral Tier 4 (100+ a minute).
    Bursts are kept below what Slack tolerates.

    A partial draft while it streams is optional: it is shown only when the chat.update budget has room to spare
    for the final drafts (`reserve` turns), so that many drafts at once get fewer, larger partial updates.
    """

    def __init__(self, budgets: RateBudgets | None = None, reserve: int = 3) -> None:
        self._budgets = budgets or LocalBudgets()
        self.updates = self._budgets.budget("slack:chat.update", 50 / 60, 6)
        self.ephemerals = self._budgets.budget("slack:chat.postEphemeral", 100 / 60, 10)
        self.reserve = reserve

    def posts(self, channel_id: str) -> RateBudget:
        return self._budgets.budget(f"slack:chat.postMessage:{channel_id}", 1.0, 3)

    def partial_allowed(self) -> bool:
        return self.updates.try_take(keep=self.reserve)


CAPABILITIES = ChatCapabilities(ephemeral_notices=True, buttons=True, min_edit_interval=1.0, max_message_chars=40_000)
"""Ephemeral messages and Block Kit buttons; chat.update is Tier 3 (about 50 a minute), so one edit a second per
draft at most; a message's text is cut at 40 000 characters."""


class SlackChat:
    """Implements `bot.ports.chat.ChatAdapter` on Slack's Web API."""

    capabilities = CAPABILITIES

    def __init__(
        self,
        client: WebClient,
        choices: Sequence[ModelChoice],
        pacing: SlackPacing | None = None,
        workspace: SlackWorkspace | None = None,
    ) -> None:
        self._client = client
        self._choices = tuple(choices)
        self._pacing = pacing or SlackPacing()
        self._workspace = workspace or SlackWorkspace(client)

    def _permalink(self, source: DraftSource) -> str | None:
        """The link Slack gives a thread, built from the workspace URL (one auth.test, cached), no call per link."""
        if source.platform is not Platform.SLACK:
            return None
        return permalink(self._workspace.url(), source.channel_id, source.thread_id) or None

    def _post(self, channel_id: str, thread_id: str | None, message: blocks.SlackMessage) -> str:
        """Post a message (in a thread when `thread_id` is given), links never unfurled; return its ts."""
        self._pacing.posts(channel_id).take()
        with _refusals_told():
            response = self._client.chat_postMessage(
                channel=channel_id,
                thread_ts=thread_id or None,
                text=message.text,
                blocks=message.blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        return str(response["ts"])

    def _update(self, channel_id: str, ts: str, message: blocks.SlackMessage) -> None:
        """An edit that must happen: it waits its turn in the chat.update budget."""
        self._pacing.updates.take()
        self._edit(channel_id, ts, message)

    def _edit(self, channel_id: str, ts: str, message: blocks.SlackMessage) -> None:
        with _refusals_told():
            self._client.chat_update(channel=channel_id, ts=ts, text=message.text, blocks=message.blocks)

    def _ephemeral(self, place: Place, user_id: str, message: blocks.SlackMessage, *, in_thread: bool = True) -> None:
        self._pacing.ephemerals.take()
        self._client.chat_postEphemeral(
            channel=place.channel_id,
            user=user_id,
            thread_ts=(place.thread_id or None) if in_thread else None,
            text=message.text,
            blocks=message.blocks,
        )

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str:
        return self._post(channel.channel_id, None, blocks.review_post_message(self._display_name(user_id), review))

    def post_progress(self, conversation: Conversation, masked_counts: dict[str, int] | None) -> str:
        message = blocks.progress_message(masked_counts)
        return self._post(conversation.channel_id, conversation.thread_id, message)

    def show_partial(
        self,
        conversation: Conversation,
        partial_text: str,
        message_id: str,
        masked_counts: dict[str, int] | None = None,
    ) -> bool:
        if not self._pacing.partial_allowed():
            log.debug("partial update skipped: chat.update budget kept for final drafts")
            return False
        try:
            self._edit(conversation.channel_id, message_id, blocks.progress_message(masked_counts, partial_text))
        except (SlackApiError, ChatUnavailable) as error:  # a skipped partial update is harmless: the final follows
            log.info("partial update skipped (%s)", type(error).__name__)
            return False
        return True

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        status = phrases.RETRYING.format(attempt=attempt)
        self._update(conversation.channel_id, message_id, blocks.progress_message(None, status=status))

    def show_draft(self, conversation: Conversation, draft: DraftView, message_id: str | None) -> str:
        message = blocks.draft_message(
            counts=draft.masked_counts,
            draft_text=draft.text,
            revision_number=draft.revision.number,
            model=self._choice(draft.revision.model_id),
            choices=self._choices,
            actions=draft.actions,
            unresolved=draft.unresolved,
            in_charge=self._display_name(draft.taken_by) if draft.taken_by else None,
            findings=draft.findings,
            sources=sources_line(draft.sources, self._permalink, lambda label, url: f"<{url}|{blocks.escape(label)}>"),
        )
        if message_id is None:
            return self._post(conversation.channel_id, conversation.thread_id, message)
        self._update(conversation.channel_id, message_id, message)
        return message_id

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        if revision.message_id is None:
            return
        message = blocks.retired_message(
            draft_text=restored_text, revision_number=revision.number, model=self._choice(revision.model_id)
        )
        self._update(conversation.channel_id, revision.message_id, message)

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None:
        message = blocks.approved_message(
            final_text=restored_text,
            approver_name=self._display_name(approval.user_id),
            approved_at=approval.approved_at,
            revision_number=revision.number,
            model=self._choice(revision.model_id),
            pin_target=conversation.id,
        )
        if revision.message_id is None:
            self._post(conversation.channel_id, conversation.thread_id, message)
        else:
            self._update(conversation.channel_id, revision.message_id, message)

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None:
        if revision.message_id is not None:
            self._update(
                conversation.channel_id, revision.message_id, blocks.dismissed_message(self._display_name(user_id))
            )

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None, retries: tuple[Action, ...]
    ) -> None:
        buttons = [
            (
                phrases.RETRY if index == 0 else phrases.RETRY_WITH.format(label=self._choice(action.model_id).label),
                f"{action.target_id}|{action.model_id}",
            )
            for index, action in enumerate(retries)
            if action.model_id
        ]
        message = blocks.failure_message(phrases.FAILURES[failure], buttons)
        if message_id is None:
            self._post(place.channel_id, place.thread_id, message)
        else:
            self._update(place.channel_id, message_id, message)

    def retire_failure(self, place: Place, message_id: str) -> None:
        self._update(place.channel_id, message_id, blocks.notice_message(phrases.FAILURE_RETIRED))

    def notify(self, place: Place, user_id: str, notice: Notice, route: NoticeRoute) -> None:
        self._deliver(place, user_id, blocks.notice_message(phrases.NOTICES[notice]), route)

    def show_in_charge(self, place: Place, user_id: str, in_charge: str, route: NoticeRoute) -> None:
        said = in_charge_text(user_id, in_charge, lambda user: blocks.escape(self._display_name(user)))
        self._deliver(place, user_id, blocks.notice_message(said), route)

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText, route: NoticeRoute) -> None:
        self._deliver(place, user_id, blocks.sent_text_message(text), route)

    def show_changes(
        self, place: Place, user_id: str, number: int, changes: tuple[Change, ...], route: NoticeRoute
    ) -> None:
        self._deliver(place, user_id, blocks.changes_message(number, changes), route)

    def offer_first_part(self, place: Place, offer: Action, length: int, limit: int) -> None:
        text = phrases.FIRST_PART_OFFER.format(length=number(length), limit=number(limit))
        message = blocks.offer_message(text, ids.CONFIRM_FIRST_PART, phrases.FIRST_PART_BUTTON, str(offer.target_id))
        self._post(place.channel_id, place.thread_id, message)

    def _deliver(self, place: Place, user_id: str, message: blocks.SlackMessage, route: NoticeRoute) -> None:
        """A message for one person: ephemeral where they acted (in the channel while the thread has no reply:
        Slack shows no ephemeral in a thread that does not exist yet), in the thread, or in a direct message."""
        if route in (NoticeRoute.PRIVATE, NoticeRoute.CHANNEL):
            self._ephemeral(place, user_id, message, in_thread=route is NoticeRoute.PRIVATE)
        elif route is NoticeRoute.THREAD:
            self._post(place.channel_id, place.thread_id, message)
        else:
            self._post(user_id, None, message)  # Slack opens the direct message when the channel is a user id

    def _choice(self, model_id: str) -> ModelChoice:
        known = {choice.id: choice for choice in self._choices}
        return known.get(model_id) or parse_model_id(model_id)

    def _display_name(self, user_id: str) -> str:
        """The user's name as Slack shows it, so the approval names the approver without pinging them."""
        try:
            profile = self._client.users_info(user=user_id)["user"]
        except SlackApiError:
            return user_id
        shown = profile.get("profile", {}).get("display_name") or profile.get("real_name") or profile.get("name")
        return str(shown or user_id)
