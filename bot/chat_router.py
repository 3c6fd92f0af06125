"""The core's chat, over every configured platform: picks the conversation's adapter, describes each draft as text
plus abstract actions, and routes notices as the platform allows (privately, in the thread, or by direct message)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.actions import draft_actions
from bot.checks.findings import Finding, Kind
from bot.domain import Approval, Conversation, IntakeSource, JobKind, Platform, PseudonymisedText, Revision
from bot.draft_checks import blocking, has_personal_data
from bot.failures import DraftFailure
from bot.models.registry import ModelChoice
from bot.ports.chat import (
    Action,
    ActionKind,
    Change,
    ChatAdapter,
    ChatCapabilities,
    DraftSource,
    DraftView,
    Notice,
    NoticeRoute,
    Place,
    RetryOffer,
)


class NoAdapter(LookupError):
    """A conversation of a platform Plume does not serve in this process (its configuration was removed)."""


def notice_route(capabilities: ChatCapabilities, place: Place) -> NoticeRoute:
    """Privately where the platform can (in the channel while the thread has no reply, since a private notice
    in a thread that does not exist yet is never shown); otherwise in the thread, or by direct message when
    there is no thread."""
    if capabilities.ephemeral_notices:
        return NoticeRoute.PRIVATE if place.thread_id and place.replied else NoticeRoute.CHANNEL
    return NoticeRoute.THREAD if place.thread_id else NoticeRoute.DIRECT


class ChatRouter:
    """Implements `bot.ports.chat.ChatPort` on the adapters of the configured platforms."""

    def __init__(self, adapters: Mapping[Platform, ChatAdapter], choices: tuple[ModelChoice, ...]) -> None:
        self._adapters = dict(adapters)
        self._choices = choices

    def _on(self, platform: Platform) -> ChatAdapter:
        try:
            return self._adapters[platform]
        except KeyError:
            raise NoAdapter(platform.value) from None

    def capabilities(self, platform: Platform) -> ChatCapabilities:
        return self._on(platform).capabilities

    def post_review(self, channel: Place, user_id: str, review: PseudonymisedText) -> str:
        return self._on(channel.platform).post_review(channel, user_id, review)

    def post_progress(self, conversation: Conversation, kind: JobKind) -> str:
        counts = conversation.masked_counts if kind is JobKind.DRAFT else None  # said once per thread
        return self._on(conversation.platform).post_progress(conversation, counts)

    def show_partial(
        self, conversation: Conversation, partial_text: str, message_id: str, kind: JobKind = JobKind.REFINEMENT
    ) -> bool:
        counts = conversation.masked_counts if kind is JobKind.DRAFT else None  # as post_progress showed it
        return self._on(conversation.platform).show_partial(conversation, partial_text, message_id, counts)

    def show_retrying(self, conversation: Conversation, message_id: str, attempt: int) -> None:
        self._on(conversation.platform).show_retrying(conversation, message_id, attempt)

    def show_draft(
        self,
        conversation: Conversation,
        revision: Revision,
        restored_text: str,
        message_id: str | None,
        unresolved: tuple[str, ...] = (),
        findings: tuple[Finding, ...] = (),
        sources: tuple[DraftSource, ...] = (),
    ) -> str:
        view = DraftView(
            revision=revision,
            text=restored_text,
            masked_counts=conversation.masked_counts,
            actions=draft_actions(
                revision.id,
                self._choices,
                unresolved=bool(unresolved) or bool(blocking(findings)),
                publishable=has_personal_data(findings),
                dismissable=revision.number == 1 and conversation.source is IntakeSource.CHANNEL,
                first=revision.number == 1,
            ),
            unresolved=unresolved,
            taken_by=conversation.taken_by,
            findings=_beside_unresolved(findings, revision.text, unresolved),
            sources=sources,
        )
        return self._on(conversation.platform).show_draft(conversation, view, message_id)

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        self._on(conversation.platform).retire_draft(conversation, revision, restored_text)

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None:
        self._on(conversation.platform).show_approval(conversation, revision, approval, restored_text)

    def show_dismissed(self, conversation: Conversation, revision: Revision, user_id: str) -> None:
        self._on(conversation.platform).show_dismissed(conversation, revision, user_id)

    def show_failure(
        self, place: Place, failure: DraftFailure, message_id: str | None = None, retry: RetryOffer | None = None
    ) -> None:
        retries: tuple[Action, ...] = ()
        if retry is not None:
            models = (retry.model_id, retry.next_model_id) if retry.next_model_id else (retry.model_id,)
            retries = tuple(Action(ActionKind.RETRY, retry.job_id, model_id) for model_id in models)
        self._on(place.platform).show_failure(place, failure, message_id, retries)

    def retire_failure(self, place: Place, message_id: str) -> None:
        self._on(place.platform).retire_failure(place, message_id)

    def notify(self, place: Place, user_id: str, notice: Notice) -> None:
        adapter = self._on(place.platform)
        adapter.notify(place, user_id, notice, notice_route(adapter.capabilities, place))

    def show_in_charge(self, place: Place, user_id: str, in_charge: str) -> None:
        adapter = self._on(place.platform)
        adapter.show_in_charge(place, user_id, in_charge, notice_route(adapter.capabilities, place))

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText) -> None:
        adapter = self._on(place.platform)
        adapter.show_sent_text(place, user_id, text, notice_route(adapter.capabilities, place))

    def show_changes(self, place: Place, user_id: str, number: int, changes: tuple[Change, ...]) -> None:
        adapter = self._on(place.platform)
        adapter.show_changes(place, user_id, number, changes, notice_route(adapter.capabilities, place))

    def offer_first_part(self, place: Place, conversation_id: int, length: int, limit: int) -> None:
        offer = Action(ActionKind.CONFIRM_FIRST_PART, conversation_id)
        self._on(place.platform).offer_first_part(place, offer, length, limit)


def _beside_unresolved(findings: tuple[Finding, ...], draft: str, unresolved: tuple[str, ...]) -> tuple[Finding, ...]:
    """The findings worth a line of their own: a placeholder finding on a placeholder that the unknown-placeholders
    warning already lists, with what to do about it, would say the same thing twice (both stay stored and block)."""
    return tuple(
        finding
        for finding in findings
        if not (finding.kind is Kind.PLACEHOLDER and draft[finding.start : finding.end] in unresolved)
    )
