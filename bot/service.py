"""Use cases of Plume, platform-free: receive a review, draft a reply, approve it."""

from __future__ import annotations

import enum
import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.domain import (
    AuditEvent,
    AuditKind,
    Conversation,
    ConversationStatus,
    IncomingReview,
    Job,
    NewRevision,
    RevisionKind,
)
from bot.models.prompts import SystemPrompt, draft_messages
from bot.models.registry import ModelChoice, ModelRegistry, UnknownModel
from bot.ports import ChatPort, Failure, NewConversation, Notice, Place, Pseudonymiser, Repository
from bot.privacy.restore import restore
from bot.privacy.vault import Vault, VaultCipher, VaultExpired
from bot.streaming import ThrottledText

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


class IntakeOutcome(enum.Enum):
    STARTED = "started"
    DUPLICATE = "duplicate"
    EMPTY = "empty"
    REFUSED = "refused"


class PermanentJobError(Exception):
    """A job that no retry can fix (its vault expired, its conversation vanished)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.value)
        self.failure = failure


def place_of(conversation: Conversation) -> Place:
    return Place(conversation.channel_id, conversation.thread_ts)


class PlumeService:
    """Everything an agent can ask of Plume, expressed on the ports only."""

    def __init__(
        self,
        repo: Repository,
        pseudonymiser: Pseudonymiser,
        cipher: VaultCipher,
        models: ModelRegistry,
        chat: ChatPort,
        prompt: SystemPrompt,
        *,
        vault_ttl: timedelta,
        wake_jobs: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = utc_now,
        stream_interval: float = 1.0,
    ) -> None:
        self._repo = repo
        self._pseudonymiser = pseudonymiser
        self._cipher = cipher
        self._models = models
        self._chat = chat
        self._prompt = prompt
        self._vault_ttl = vault_ttl
        self._wake_jobs = wake_jobs
        self._clock = clock
        self._stream_interval = stream_interval

    def receive_review(self, review: IncomingReview) -> IntakeOutcome:
        """Pseudonymise a review and store it with its draft job; nothing slow happens here."""
        if not review.text.strip():
            return IntakeOutcome.EMPTY
        vault = Vault()
        try:
            result = self._pseudonymiser.pseudonymise(review.text, vault)
        except Exception as error:  # fail closed: whatever went wrong, nothing is sent
            log.error("pseudonymisation failed (%s); nothing was sent", type(error).__name__)
            self._repo.record_audit(
                AuditEvent(AuditKind.PSEUDONYMISATION_FAILED, review.user_id, None, {"error": type(error).__name__})
            )
            self._chat.show_failure(Place(review.channel_id, review.thread_ts), Failure.PSEUDONYMISATION)
            return IntakeOutcome.REFUSED
        counts = dict(Counter(entity.type for entity in result.entities))
        new = NewConversation(
            review=review,
            pseudonymised=result.text,
            masked_counts=counts,
            model_id=self._models.default.id,
            sealed_vault=self._cipher.seal(vault),
            vault_expires_at=self._clock() + self._vault_ttl,
        )
        audit = AuditEvent(
            AuditKind.REVIEW_RECEIVED, review.user_id, None, {"source": review.source.value, "masked": counts}
        )
        conversation = self._repo.create_conversation(new, audit)
        if conversation is None:
            log.info("review %s/%s already received", review.channel_id, review.message_ts)
            return IntakeOutcome.DUPLICATE
        log.info(
            "conversation %d started (%s, %d masked)",
            conversation.id,
            review.source.value,
            sum(counts.values()),
        )
        self._wake_jobs()
        return IntakeOutcome.STARTED

    def run_job(self, job: Job) -> None:
        """Draft with the job's model, show the draft in the thread and store it as a revision."""
        conversation = self._repo.get_conversation(job.conversation_id)
        if conversation is None:
            raise PermanentJobError(Failure.MODEL_UNAVAILABLE)
        vault = self._open_vault(conversation.id)
        message_ts = job.message_ts
        if message_ts is None:
            message_ts = self._chat.post_progress(conversation)
            self._repo.set_job_message(job.id, message_ts)
        choice = self._choice(job.model_id)
        started = time.monotonic()
        progress = ThrottledText(
            lambda text: self._chat.show_partial(conversation, restore(text, vault).text, message_ts),
            interval=self._stream_interval,
        )
        answer = self._models.provider(choice).stream(
            choice.model, draft_messages(self._prompt, conversation.review), progress.add
        )
        restored = restore(answer.text, vault)
        if restored.invented:
            log.warning(
                "conversation %d: the model wrote %d unknown placeholders",
                conversation.id,
                len(restored.invented),
            )
        revision = self._repo.complete_job(
            job,
            NewRevision(
                conversation_id=conversation.id,
                kind=RevisionKind.DRAFT,
                model_id=choice.id,
                prompt_version=self._prompt.version,
                prompt_hash=self._prompt.sha256,
                text=answer.text,
                message_ts=message_ts,
                input_tokens=answer.input_tokens,
                output_tokens=answer.output_tokens,
                latency_ms=int((time.monotonic() - started) * 1000),
            ),
            AuditEvent(AuditKind.REVISION_CREATED, "plume", conversation.id, {"model": choice.id, "kind": "draft"}),
        )
        if revision is None:
            log.warning("job %d: no longer ours (lease lost or conversation approved); result dropped", job.id)
            return
        self._chat.show_draft(conversation, revision, restored.text, message_ts)

    def give_up(self, job: Job, failure: Failure, error: str) -> None:
        """Record that a job failed for good and say so in its thread."""
        self._repo.fail_job(
            job.id,
            error,
            AuditEvent(AuditKind.GENERATION_FAILED, "plume", job.conversation_id, {"error": error}),
        )
        conversation = self._repo.get_conversation(job.conversation_id)
        if conversation is not None:
            self._chat.show_failure(place_of(conversation), failure, job.message_ts)

    def approve(self, revision_id: int, user_id: str) -> None:
        """Approve a revision exactly once; a stale or repeated click only gets an explanation."""
        revision = self._repo.get_revision(revision_id)
        conversation = self._repo.get_conversation(revision.conversation_id) if revision else None
        if revision is None or conversation is None:
            log.warning("approval of unknown revision %d", revision_id)
            return
        place = place_of(conversation)
        if conversation.status is ConversationStatus.APPROVED:
            self._chat.notify(place, user_id, Notice.ALREADY_APPROVED)
            return
        current = self._repo.current_revision(conversation.id)
        if current is None or current.id != revision.id:
            self._chat.notify(place, user_id, Notice.STALE_REVISION)
            return
        audit = AuditEvent(
            AuditKind.APPROVED,
            user_id,
            conversation.id,
            {"revision": revision.number, "model": revision.model_id},
        )
        approval = self._repo.approve(revision, user_id, self._clock(), audit)
        if approval is None:
            self._chat.notify(place, user_id, Notice.ALREADY_APPROVED)
            return
        try:
            text = restore(revision.text, self._open_vault(conversation.id)).text
        except PermanentJobError:
            text = revision.text
        log.info("conversation %d approved (revision %d)", conversation.id, revision.number)
        self._chat.show_approval(conversation, revision, approval, text)

    def show_sent_text(self, revision_id: int, user_id: str) -> None:
        """Show the agent exactly what the model received from the review."""
        revision = self._repo.get_revision(revision_id)
        conversation = self._repo.get_conversation(revision.conversation_id) if revision else None
        if conversation is not None:
            self._chat.show_sent_text(place_of(conversation), user_id, conversation.review)

    def _open_vault(self, conversation_id: int) -> Vault:
        sealed = self._repo.load_sealed_vault(conversation_id, self._clock())
        if sealed is None:
            raise PermanentJobError(Failure.VAULT_EXPIRED)
        try:
            return self._cipher.open(sealed)
        except VaultExpired:
            raise PermanentJobError(Failure.VAULT_EXPIRED) from None

    def _choice(self, model_id: str) -> ModelChoice:
        try:
            return self._models.choice(model_id)
        except UnknownModel:
            log.warning("model %s is no longer offered; using %s", model_id, self._models.default.id)
            return self._models.default
