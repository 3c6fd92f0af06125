"""What the core needs from the outside world, as Protocols; adapters live in handlers/, storage/ and bot/models/."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from bot.domain import (
    Approval,
    AuditEvent,
    Conversation,
    IncomingReview,
    Job,
    MaskedEntity,
    NewRevision,
    PseudonymisedText,
    Revision,
)
from bot.privacy.vault import Vault


@dataclass(frozen=True)
class Pseudonymisation:
    """The pseudonymised text and the spans that were masked (offsets into the original text)."""

    text: PseudonymisedText
    entities: tuple[MaskedEntity, ...]


class Pseudonymiser(Protocol):
    def pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        """Mask personal data, reusing and extending `vault`; raise rather than return anything doubtful."""
        ...


@dataclass(frozen=True)
class PromptMessage:
    role: Literal["system", "user", "assistant"]
    content: PseudonymisedText


@dataclass(frozen=True)
class ModelAttempt:
    """One HTTP attempt at a model: how long it took, what it cost, and how it failed (an error class, no text)."""

    latency_ms: int
    input_tokens: int | None = None
    output_tokens: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class ModelAnswer:
    text: PseudonymisedText
    input_tokens: int | None
    output_tokens: int | None
    attempts: tuple[ModelAttempt, ...] = ()


class ModelError(Exception):
    """A provider gave up: `retryable` says whether trying again later (or another model) may succeed."""

    def __init__(self, kind: str, *, retryable: bool, attempts: tuple[ModelAttempt, ...] = ()) -> None:
        super().__init__(kind)
        self.kind = kind
        self.retryable = retryable
        self.attempts = attempts


class ModelProvider(Protocol):
    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        """Generate a reply, calling `on_text` with each streamed piece; return the whole answer.

        Retries transient failures itself (429 honouring Retry-After, 5xx, timeouts, lost connections) a bounded
        number of times, but only while nothing was passed to `on_text`; then, or after a failure mid-stream,
        raises `ModelError` (the caller's job retry starts the draft again from a clean view).
        """
        ...


@dataclass(frozen=True)
class NewConversation:
    review: IncomingReview
    pseudonymised: PseudonymisedText
    masked_counts: dict[str, int]
    model_id: str
    sealed_vault: bytes
    vault_expires_at: datetime


class Repository(Protocol):
    def create_conversation(self, new: NewConversation, audit: AuditEvent) -> Conversation | None:
        """Store a conversation, its vault, its first draft job and an audit line in one transaction.

        Return None when that review message is already known (Slack retries, duplicate deliveries).
        """
        ...

    def get_conversation(self, conversation_id: int) -> Conversation | None: ...

    def load_sealed_vault(self, conversation_id: int, now: datetime) -> bytes | None: ...

    def claim_job(self, worker: str, now: datetime, lease_seconds: int) -> Job | None: ...

    def set_job_message(self, job_id: int, message_ts: str) -> None: ...

    def complete_job(self, job: Job, revision: NewRevision, audit: AuditEvent) -> Revision | None:
        """Store the revision and mark the job done, in one transaction.

        Return None, storing nothing, when `job` is no longer this worker's (its lease expired and another worker
        took it) or its conversation was approved meanwhile.
        """
        ...

    def retry_job(self, job_id: int, run_after: datetime, error: str) -> None: ...

    def fail_job(self, job_id: int, error: str, audit: AuditEvent) -> None: ...

    def get_revision(self, revision_id: int) -> Revision | None: ...

    def current_revision(self, conversation_id: int) -> Revision | None: ...

    def get_approval(self, conversation_id: int) -> Approval | None: ...

    def approve(self, revision: Revision, user_id: str, at: datetime, audit: AuditEvent) -> Approval | None:
        """Record the approval if the revision is still current and nothing was approved yet; else None."""
        ...

    def record_audit(self, event: AuditEvent) -> None: ...


class Notice(enum.Enum):
    """Short answers shown only to the person who acted."""

    STALE_REVISION = "stale_revision"
    ALREADY_APPROVED = "already_approved"
    NOT_YET_AVAILABLE = "not_yet_available"
    UNKNOWN_CONVERSATION = "unknown_conversation"
    STILL_DRAFTING = "still_drafting"


class Failure(enum.Enum):
    """Why no draft could be produced; rendered in the thread."""

    PSEUDONYMISATION = "pseudonymisation"
    MODEL_UNAVAILABLE = "model_unavailable"
    VAULT_EXPIRED = "vault_expired"


@dataclass(frozen=True)
class Place:
    """Where in the chat something is shown: a thread, and for ephemeral notices, who sees it."""

    channel_id: str
    thread_ts: str


class ChatPort(Protocol):
    def post_progress(self, conversation: Conversation) -> str:
        """Show that a draft is being written; return the message id that the draft will replace."""
        ...

    def show_partial(self, conversation: Conversation, partial_text: str, message_ts: str) -> None:
        """Show the draft as generated so far, in the progress message."""
        ...

    def show_draft(
        self, conversation: Conversation, revision: Revision, restored_text: str, message_ts: str | None
    ) -> str: ...

    def show_approval(
        self, conversation: Conversation, revision: Revision, approval: Approval, restored_text: str
    ) -> None: ...

    def show_failure(self, place: Place, failure: Failure, message_ts: str | None = None) -> None: ...

    def notify(self, place: Place, user_id: str, notice: Notice) -> None: ...

    def show_sent_text(self, place: Place, user_id: str, text: PseudonymisedText) -> None: ...
