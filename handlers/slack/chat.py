"""`bot.ports.ChatPort` on Slack's Web API: where drafts, approvals and notices are posted."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain import Approval, Conversation, JobKind, PseudonymisedText, Revision
from bot.failures import DraftFailure
from bot.models.registry import ModelChoice, parse_model_id
from bot.ports.chat import Notice, Place, RetryOffer
from handlers.slack import blocks, ids, phrases

log = logging.getLogger(__name__)


class SlackChat:
    """Implements `bot.ports.ChatPort`."""

    def __init__(self, client: WebClient, choices: Sequence[ModelChoice]) -> None:
        self._client = client
        self._choices = tuple(choices)

    def _post(self, channel_id: str, thread_ts: str | None, message: blocks.SlackMessage) -> str:
        """Post a message (in a thread when `thread_ts` is given), links never unfurled; return its ts."""
        response = self._client.chat_postMessage(
            channel=channel_id,
            thread_ts=thread_ts or None,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])

    def _update(self, channel_id: str, ts: str, message: blocks.SlackMessage) -> None:
        self._client.chat_update(channel=channel_id, ts=ts, text=message.text, blocks=message.blocks)

    def _ephemeral(self, place: Place, user_id: str, message: blocks.SlackMessage) -> None:
        self._client.chat_postEphemeral(
            channel=place.channel_id, user=user_id, thread_ts=place.thread_ts, text=message.text, blocks=message.blocks
        )

    def post_review(self, channel_id: str, user_id: str, review: PseudonymisedText) -> str:
        return self._post(channel_id, None, blocks.review_post_message(self._display_name(user_id), review))

    def post_progress(self, conversation: Conversation, kind: JobKind) -> str:
        message = blocks.progress_message(self._counts_for(kind, conversation))
        return self._post(conversation.channel_id, conversation.thread_ts, message)

    def show_partial(self, conversation: Conversation, partial_text: str, message_ts: str) -> None:
        try:
            self._update(conversation.channel_id, message_ts, blocks.progress_message(None, partial_text))
        except SlackApiError as error:  # a skipped partial update is harmless: the final one follows
            log.info("partial update skipped (%s)", error.response.get("error"))

    def show_draft(
        self, conversation: Conversation, revision: Revision, restored_text: str, message_ts: str | None
    ) -> str:
        message = blocks.draft_message(
            counts=conversation.masked_counts if revision.number == 1 else None,
            draft_text=restored_text,
            revision_id=revision.id,
            revision_number=revision.number,
            model=self._choice(revision.model_id),
            choices=self._choices,
        )
        if message_ts is None:
            return self._post(conversation.channel_id, conversation.thread_ts, message)
        self._update(conversation.channel_id, message_ts, message)
        return message_ts

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        if revision.message_ts is None:
            return
        message = blocks.retired_message(
            draft_text=restored_text, revision_number=revision.number, model=self._choice(revision.model_id)
        )
        self._update(conversation.channel_id, revision.message_ts, message)

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None:
        message = blocks.approved_message(
            final_text=restored_text,
            approver_name=self._display_name(approval.user_id),
            approved_at=approval.approved_at,
            revision_number=revision.number,
            model=self._choice(revision.model_id),
        )
        if revision.message_ts is None:
            self._post(conversation.channel_id, conversation.thread_ts, message)
        else:
            self._update(conversation.channel_id, revision.message_ts, message)

    def show_failure(
        self, place: Place, failure: DraftFailure, message_ts: str | None = None, retry: RetryOffer | None = None
    ) -> None:
        retries: list[tuple[str, str]] = []
        if retry is not None:
            retries.append((phrases.RETRY, f"{retry.job_id}|{retry.model_id}"))
            if retry.next_model_id:
                label = phrases.RETRY_WITH.format(label=self._choice(retry.next_model_id).label)
                retries.append((label, f"{retry.job_id}|{retry.next_model_id}"))
        message = blocks.failure_message(phrases.FAILURES[failure], retries)
        if message_ts is None:
            self._post(place.channel_id, place.thread_ts, message)
        else:
            self._update(place.channel_id, message_ts, message)

    def notify(self, place: Place, user_id: str, notice: Notice) -> None:
        self._ephemeral(place, user_id, blocks.notice_message(phrases.NOTICES[notice]))

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText) -> None:
        self._ephemeral(place, user_id, blocks.sent_text_message(text))

    def offer_first_part(self, place: Place, conversation_id: int, length: int, limit: int) -> None:
        text = phrases.FIRST_PART_OFFER.format(
            length=f"{length:,}".replace(",", " "), limit=f"{limit:,}".replace(",", " ")
        )
        message = blocks.offer_message(text, ids.CONFIRM_FIRST_PART, phrases.FIRST_PART_BUTTON, str(conversation_id))
        self._post(place.channel_id, place.thread_ts, message)

    def _choice(self, model_id: str) -> ModelChoice:
        known = {choice.id: choice for choice in self._choices}
        return known.get(model_id) or parse_model_id(model_id)

    @staticmethod
    def _counts_for(kind: JobKind, conversation: Conversation) -> dict[str, int] | None:
        """What was masked is said once per thread, in the first draft."""
        return conversation.masked_counts if kind is JobKind.DRAFT else None

    def _display_name(self, user_id: str) -> str:
        """The user's name as Slack shows it, so the approval names the approver without pinging them."""
        try:
            profile = self._client.users_info(user=user_id)["user"]
        except SlackApiError:
            return user_id
        shown = profile.get("profile", {}).get("display_name") or profile.get("real_name") or profile.get("name")
        return str(shown or user_id)
