"""The chat port: where Plume shows drafts, failures and notices, whatever the platform."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from bot.domain import Approval, Conversation, JobKind, PseudonymisedText, Revision
from bot.failures import DraftFailure


class Notice(enum.Enum):
    """Short answers shown only to the person who acted."""

    STALE_REVISION = "stale_revision"
    ALREADY_APPROVED = "already_approved"
    THREAD_APPROVED = "thread_approved"
    STILL_DRAFTING = "still_drafting"
    INSTRUCTION_QUEUED = "instruction_queued"
    INSTRUCTION_NOT_SAVED = "instruction_not_saved"
    DRAFT_STARTED = "draft_started"
    ALREADY_RECEIVED = "already_received"
    EMPTY_REVIEW = "empty_review"
    ALREADY_RETRIED = "already_retried"
    NOT_SENT = "not_sent"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    RATE_LIMITED = "rate_limited"
    NOT_FRENCH = "not_french"
    FOREIGN_WORKSPACE = "foreign_workspace"


@dataclass(frozen=True)
class Place:
    """Where in the chat something is shown: a thread, and for ephemeral notices, who sees it."""

    channel_id: str
    thread_ts: str

    @classmethod
    def of(cls, conversation: Conversation) -> Place:
        """The thread of a conversation."""
        return cls(conversation.channel_id, conversation.thread_ts)


class ActionKind(enum.StrEnum):
    """What a person can do from a message Plume posted."""

    APPROVE = "approve"
    REGENERATE = "regenerate"
    EDIT = "edit"
    SWITCH_MODEL = "switch_model"
    RETRY = "retry"
    CONFIRM_FIRST_PART = "confirm_first_part"
    SHOW_SENT_TEXT = "show_sent_text"


@dataclass(frozen=True)
class Action:
    """One control under a message, platform-free; each adapter renders it and turns a click back into it.

    `target_id` is a revision id (approve, regenerate, edit, switch model, show the sent text), a job id (retry)
    or a conversation id (confirm the first part of a long review); `model_id` is the model to switch or retry to.
    """

    kind: ActionKind
    target_id: int
    model_id: str | None = None


@dataclass(frozen=True)
class ChatCapabilities:
    """What a platform can show, so that the core adapts to it rather than to Slack.

    `ephemeral_notices`: a message only its addressee sees; otherwise notices go to the thread or a direct message.
    `buttons`: clickable controls in a message; otherwise actions are reactions and text commands.
    `min_edit_interval`: seconds between two edits of one message that the platform tolerates.
    `max_message_chars`: the longest text one message may hold.
    """

    ephemeral_notices: bool
    buttons: bool
    min_edit_interval: float
    max_message_chars: int


@dataclass(frozen=True)
class RetryOffer:
    """The buttons under a failure: try the same model again, or the next one."""

    job_id: int
    model_id: str
    next_model_id: str | None


class ChatPort(Protocol):
    def post_review(self, channel_id: str, user_id: str, review: PseudonymisedText) -> str:
        """Post a review typed in a form (pseudonymised) so that its thread can hold the draft; return its id."""
        ...

    def post_progress(self, conversation: Conversation, kind: JobKind) -> str:
        """Show that a draft is being written; return the message id that the draft will replace."""
        ...

    def show_partial(self, conversation: Conversation, partial_text: str, message_ts: str) -> None:
        """Show the draft as generated so far, in the progress message."""
        ...

    def show_draft(
        self, conversation: Conversation, revision: Revision, restored_text: str, message_ts: str | None
    ) -> str: ...

    def retire_draft(self, conversation: Conversation, revision: Revision, restored_text: str) -> None:
        """Take the buttons off a draft that a newer revision replaced."""
        ...

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None: ...

    def show_failure(
        self, place: Place, failure: DraftFailure, message_ts: str | None = None, retry: RetryOffer | None = None
    ) -> None: ...

    def notify(self, place: Place, user_id: str, notice: Notice) -> None: ...

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText) -> None: ...

    def offer_first_part(self, place: Place, conversation_id: int, length: int, limit: int) -> None:
        """Explain that a review is too long and offer to draft from its first `limit` characters."""
        ...
