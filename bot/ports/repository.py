"""The store of conversations, revisions, approvals and draft jobs: every state change in one transaction.

Two ports over the same tables: `ConversationStore` for what agents do to a conversation, `JobQueue` for the
job runner's side. A core part takes the one it uses, or both.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.domain import (
    Approval,
    AuditEvent,
    AuditKind,
    Conversation,
    IncomingReview,
    Instruction,
    Job,
    JobKind,
    NewRevision,
    Platform,
    PseudonymisedText,
    Revision,
)
from bot.ports.models import ModelAttempt


@dataclass(frozen=True)
class NewConversation:
    review: IncomingReview
    pseudonymised: PseudonymisedText
    masked_counts: dict[str, int]
    model_id: str
    sealed_vault: bytes
    vault_expires_at: datetime
    start_drafting: bool = True
    """False for a review too long, drafted from its first part only once the agent confirms."""


@dataclass(frozen=True)
class SealedVault:
    """An encrypted vault and its version, for optimistic concurrency when a refinement extends it."""

    sealed: bytes
    version: int


@dataclass(frozen=True)
class NewInstruction:
    channel_id: str
    message_id: str
    user_id: str
    text: PseudonymisedText


class InstructionOutcome(enum.Enum):
    QUEUED = "queued"
    DUPLICATE = "duplicate"
    APPROVED = "approved"
    VAULT_CHANGED = "vault_changed"
    NOT_STARTED = "not_started"
    """The review waits for the agent's agreement to be drafted from its first part: the instruction is kept, and
    applied to the first draft once the agent agrees."""


@dataclass(frozen=True)
class PurgeReport:
    conversations: int
    vaults: int


class ConversationStore(Protocol):
    """Conversations and what they hold: vault, instructions, revisions, approval, audit lines, retention.

    The changes that ask for a draft (first draft, instruction, redraft) queue its job in the same transaction.
    """

    def create_conversation(self, new: NewConversation, audit: AuditEvent) -> Conversation | None:
        """Store a conversation, its vault, its first draft job and an audit line in one transaction.

        Return None when that review message is already known (Slack retries, duplicate deliveries).
        """
        ...

    def get_conversation(self, conversation_id: int) -> Conversation | None: ...

    def find_conversation(self, channel_id: str, thread_id: str) -> Conversation | None:
        """The conversation Plume leads in that thread, if any."""
        ...

    def load_vault(self, conversation_id: int, now: datetime) -> SealedVault | None:
        """The conversation's vault, or None once it expired."""
        ...

    def add_instruction(
        self, conversation_id: int, instruction: NewInstruction, vault: SealedVault, audit: AuditEvent
    ) -> InstructionOutcome:
        """Store an instruction, the vault it extended (if still at `vault.version`) and a refinement job."""
        ...

    def get_instruction(self, instruction_id: int) -> Instruction | None: ...

    def history(self, conversation_id: int) -> list[tuple[Revision, Instruction | None]]:
        """Every revision in order, with the instruction that asked for it."""
        ...

    def request_redraft(self, revision: Revision, kind: JobKind, model_id: str, audit: AuditEvent) -> bool:
        """Queue a new draft from `revision`'s context if it is still current and nothing is being drafted."""
        ...

    def start_drafting(self, conversation_id: int, audit: AuditEvent) -> bool:
        """Queue the first draft of a conversation awaiting confirmation; False if it is not awaiting any more."""
        ...

    def add_manual_revision(
        self, base: Revision, revision: NewRevision, vault: SealedVault, audit: AuditEvent
    ) -> Revision | None:
        """Store an agent's edit of `base` if `base` is still current and the conversation ready; else None."""
        ...

    def get_revision(self, revision_id: int) -> Revision | None: ...

    def set_revision_message(self, revision_id: int, message_id: str) -> None:
        """Where a revision posted as a new message lives, so that it can later lose its buttons or be frozen."""
        ...

    def revision_at(self, channel_id: str, message_id: str) -> Revision | None:
        """The revision a platform message shows (reactions and some callbacks name nothing else)."""
        ...

    def current_revision(self, conversation_id: int) -> Revision | None: ...

    def get_approval(self, conversation_id: int) -> Approval | None: ...

    def approve(
        self, revision: Revision, user_id: str, at: datetime, audit: AuditEvent, *also: AuditEvent
    ) -> Approval | None:
        """Record the approval if the revision is still current and nothing was approved yet; else None. `audit`
        and the events `also` (an override of the checks' findings) are logged in the same transaction."""
        ...

    def dismiss(self, conversation_id: int, audit: AuditEvent) -> bool:
        """Forget a conversation that was not a review (its rows go, as retention would delete them), unless it
        was approved meanwhile; record `audit`. False when there was nothing to dismiss."""
        ...

    def take_over(self, conversation_id: int, user_id: str, audit: AuditEvent) -> Conversation | None:
        """Make `user_id` the agent in charge (« Je m'en occupe ») if nobody took the review over yet and it is not
        approved; record `audit`. The conversation as it is now, or None when it is gone; whether the take-over
        happened is read from its `taken_by` (two clicks at once: one taker)."""
        ...

    def record_audit(self, event: AuditEvent) -> None: ...

    def count_actions(self, actor: str, kinds: Sequence[AuditKind], since: datetime) -> int:
        """How many audit lines of these kinds `actor` caused since `since`."""
        ...

    def purge(self, created_before: datetime, now: datetime, batch_size: int) -> PurgeReport:
        """Delete conversations created before `created_before` with all they hold, and every expired vault."""
        ...


class JobQueue(Protocol):
    """Draft jobs from claim to end: leases, one job at a time per conversation, retries, the model attempts."""

    def claim_job(
        self, worker: str, now: datetime, lease_seconds: int, platforms: frozenset[Platform] | None = None
    ) -> Job | None:
        """Lease the oldest ready job of a conversation that has no other job running; with `platforms`, only
        jobs of conversations on those platforms (the ones this process has an adapter for)."""
        ...

    def get_job(self, job_id: int) -> Job | None: ...

    def extend_lease(self, job: Job, until: datetime) -> bool:
        """Keep a running job this worker's until `until`; False if it is no longer its own."""
        ...

    def release_job(self, job: Job) -> None:
        """Give a running job back to the queue (shutting down), without counting the attempt."""
        ...

    def set_job_message(self, job_id: int, message_id: str) -> None: ...

    def complete_job(self, job: Job, revision: NewRevision, audit: AuditEvent) -> Revision | None:
        """Store the revision and note it on the job, in one transaction; the job stays this worker's until
        `finish_delivery`, and if it is run again (a failed delivery, a crash) it only shows that revision.

        Return None, storing nothing, when `job` is no longer this worker's (its lease expired and another worker
        took it) or its conversation was approved meanwhile.
        """
        ...

    def finish_delivery(self, job: Job) -> bool:
        """The revision `job` produced is shown: the job is done. False if it is no longer this worker's."""
        ...

    def retry_job(self, job_id: int, run_after: datetime, error: str) -> None: ...

    def fail_job(self, job_id: int, error: str, audit: AuditEvent) -> None:
        """Give up a job; its conversation is ready again if it has a draft, failed otherwise."""
        ...

    def retry_failed_job(self, job_id: int, model_id: str, audit: AuditEvent) -> bool:
        """Queue the failed job again (with `model_id`) once, if nothing else happened in the conversation since."""
        ...

    def failure_messages(self, conversation_id: int) -> list[str]:
        """The messages that still show a failed job of the conversation (with its « Réessayer »), oldest first."""
        ...

    def record_attempts(self, job: Job, model_id: str, attempts: Sequence[ModelAttempt]) -> None: ...
