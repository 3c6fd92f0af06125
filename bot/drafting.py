"""Drafting, run by the job runner: prompt -> model stream -> store the revision -> deliver it (show, restored).

The two halves are separate: once a revision is stored, a failed delivery is retried on its own, never by asking
the model again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bot.domain import (
    AuditEvent,
    AuditKind,
    ChannelSettings,
    Conversation,
    Instruction,
    Job,
    NewRevision,
    Revision,
    RevisionKind,
)
from bot.draft_checks import DraftChecker
from bot.failures import DeliveryFailed, DraftFailure, PermanentJobError
from bot.grounding.retrieval import Grounding
from bot.models.prompting import SystemPrompt, conversation_messages
from bot.models.registry import ModelChoice, ModelRegistry, UnknownModel
from bot.ports.chat import ChatPort, ChatUnavailable, Place, RetryOffer
from bot.ports.models import ModelError
from bot.ports.repository import ConversationStore, JobQueue
from bot.privacy.restore import restore
from bot.privacy.vault import Vault
from bot.quiet import QuietGap
from bot.streaming import ThrottledText
from bot.vault_keeper import VaultKeeper

log = logging.getLogger(__name__)

OVERLOADED = frozenset({"rate_limited", "overloaded"})
"""Kinds of `ModelError` that mean « busy, try later » rather than « broken » (bot/models/retry.py)."""
CostEstimate = Callable[[str, int | None, int | None], float | None]
SettingsOf = Callable[[str], ChannelSettings | None]


class Drafter:
    """Produces one revision per job; a new revision is a new message, and the previous one loses its buttons."""

    def __init__(
        self,
        conversations: ConversationStore,
        jobs: JobQueue,
        vaults: VaultKeeper,
        models: ModelRegistry,
        chat: ChatPort,
        prompt: SystemPrompt,
        checker: DraftChecker,
        *,
        cost: CostEstimate = lambda _model, _input, _output: None,
        stream_interval: float = 1.0,
        channel_settings: SettingsOf = lambda _channel_id: None,
        grounding: Grounding | None = None,
        quiet: QuietGap | None = None,
    ) -> None:
        self._conversations = conversations
        self._jobs = jobs
        self._vaults = vaults
        self._models = models
        self._chat = chat
        self._prompt = prompt
        self._checker = checker
        self._cost = cost
        self._stream_interval = stream_interval
        self._channel_settings = channel_settings
        self._grounding = grounding
        self._quiet = quiet or QuietGap()
        """Acks first: a draft steps aside while requests are answered, between streamed pieces and before its
        delivery (checks, rendering), so that drafts in progress do not hold the interpreter from an ack."""

    def run(self, job: Job) -> None:
        conversation = self._conversations.get_conversation(job.conversation_id)
        if conversation is None:
            raise PermanentJobError(DraftFailure.MODEL_UNAVAILABLE)
        vault, _ = self._vaults.open(conversation.id)
        history = self._conversations.history(conversation.id)
        if job.revision_id is not None:  # the model already answered (then a delivery failed, or a process died)
            stored = self._conversations.get_revision(job.revision_id)
            if stored is None:
                raise PermanentJobError(DraftFailure.MODEL_UNAVAILABLE)
            earlier = [revision for revision, _ in history if revision.number < stored.number]
            self._quiet.wait()
            self._deliver(job, conversation, stored, earlier[-1] if earlier else None, vault)
            return
        revision = self._draft(job, conversation, history, vault)
        if revision is not None:
            self._quiet.wait()
            self._deliver(job, conversation, revision, history[-1][0] if history else None, vault)

    def _draft(
        self, job: Job, conversation: Conversation, history: list[tuple[Revision, Instruction | None]], vault: Vault
    ) -> Revision | None:
        """Stream the model's answer into the progress message and store it as a revision (None: no longer ours)."""
        instruction = self._conversations.get_instruction(job.instruction_id) if job.instruction_id else None
        message_id = job.message_id
        if message_id is None:
            message_id = self._chat.post_progress(conversation, job.kind)
            self._jobs.set_job_message(job.id, message_id)
        elif job.attempts > 1:  # the model failed before: say that Plume is trying again, not just waiting
            self._chat.show_retrying(conversation, message_id, job.attempts)
        choice = self._choice(job.model_id)
        progress = ThrottledText(
            lambda text: self._chat.show_partial(conversation, restore(text, vault).text, message_id, job.kind),
            interval=max(self._stream_interval, self._chat.capabilities(conversation.platform).min_edit_interval),
        )
        settings = self._channel_settings(conversation.channel_id)
        examples = self._grounding.examples_for(conversation, settings) if self._grounding else ()
        messages = conversation_messages(
            self._prompt, conversation.review, history, job.kind, instruction, settings, examples
        )
        sources = tuple(example.id for example in examples)
        started = time.monotonic()
        try:
            answer = self._models.provider(choice).stream(choice.model, messages, self._stepping_aside(progress.add))
        except ModelError as error:
            self._jobs.record_attempts(job, choice.id, error.attempts)
            raise
        self._jobs.record_attempts(job, choice.id, answer.attempts)
        invented = restore(answer.text, vault).invented
        if invented:  # shown on the draft, which cannot then be approved as is
            log.warning("conversation %d: the model wrote %d unknown placeholders", conversation.id, len(invented))
        kind = RevisionKind(job.kind.value)
        revision = self._jobs.complete_job(
            job,
            NewRevision(
                conversation_id=conversation.id,
                kind=kind,
                model_id=choice.id,
                prompt_version=self._prompt.version,
                prompt_hash=self._prompt.sha256,
                text=answer.text,
                message_id=message_id,
                input_tokens=answer.input_tokens,
                output_tokens=answer.output_tokens,
                latency_ms=int((time.monotonic() - started) * 1000),
                instruction_id=job.instruction_id,
                cost_eur=self._cost(choice.id, answer.input_tokens, answer.output_tokens),
                sources=sources,
            ),
            AuditEvent(
                AuditKind.REVISION_CREATED,
                "plume",
                conversation.id,
                {"model": choice.id, "kind": kind.value, **({"sources": list(sources)} if sources else {})},
            ),
        )
        if revision is None:
            log.warning("job %d: no longer ours (lease lost or conversation approved); result dropped", job.id)
        return revision

    def _deliver(
        self, job: Job, conversation: Conversation, revision: Revision, previous: Revision | None, vault: Vault
    ) -> None:
        """Check a stored revision, show it with its findings in place of its progress message and take the buttons
        off the previous one.

        Checking and showing twice are harmless (the findings are replaced, the same message is updated), so a
        failure here is retried as a delivery (`DeliveryFailed`), never by drafting again.
        """
        restored = restore(revision.text, vault)
        sources = self._grounding.sources(revision.sources) if self._grounding and revision.sources else ()
        try:
            instructions = [instruction for _, instruction in self._conversations.history(conversation.id)]
            findings = self._checker.check(conversation, revision, vault, instructions)
            self._chat.show_draft(
                conversation, revision, restored.text, revision.message_id, restored.invented, findings, sources
            )
            if previous is not None and previous.message_id != revision.message_id:
                self._chat.retire_draft(conversation, previous, restore(previous.text, vault).text)
        except ChatUnavailable as error:
            raise DeliveryFailed(error.reason, error.retry_after) from error
        except Exception as error:
            raise DeliveryFailed(type(error).__name__) from error
        if not self._jobs.finish_delivery(job):
            log.warning("job %d: revision %d shown, but the job is no longer ours", job.id, revision.id)

    def _stepping_aside(self, add: Callable[[str], None]) -> Callable[[str], None]:
        """`add`, each streamed piece waiting first while requests are being answered."""

        def stepping_aside(text: str) -> None:
            self._quiet.step_aside()
            add(text)

        return stepping_aside

    def give_up(self, job: Job, failure: DraftFailure, error: str) -> None:
        """Record that a job failed for good and say so in its thread, offering to try again."""
        self._jobs.fail_job(
            job.id, error, AuditEvent(AuditKind.GENERATION_FAILED, "plume", job.conversation_id, {"error": error})
        )
        conversation = self._conversations.get_conversation(job.conversation_id)
        if conversation is None:
            return
        retry = None
        if failure is DraftFailure.MODEL_UNAVAILABLE and error in OVERLOADED:
            failure = DraftFailure.MODEL_OVERLOADED
        if failure in (DraftFailure.MODEL_UNAVAILABLE, DraftFailure.MODEL_OVERLOADED):
            choice = self._choice(job.model_id)
            following = self._models.next_after(choice)
            retry = RetryOffer(job.id, choice.id, following.id if following else None)
        stored = self._jobs.get_job(job.id)  # its progress message may have been posted after it was claimed
        message_id = job.message_id or (stored.message_id if stored else None)
        self._chat.show_failure(Place.of(conversation), failure, message_id, retry)

    def _choice(self, model_id: str) -> ModelChoice:
        try:
            return self._models.choice(model_id)
        except UnknownModel:
            log.warning("model %s is no longer offered; using %s", model_id, self._models.default.id)
            return self._models.default
