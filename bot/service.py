"""Use cases of a conversation, platform-free: refine by instruction, redraft, edit, approve (intake: bot/intake.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.approval import Approver
from bot.clock import utc_now
from bot.domain import (
    AuditEvent,
    AuditKind,
    Conversation,
    ConversationStatus,
    EditTarget,
    IncomingInstruction,
    JobKind,
    Revision,
)
from bot.draft_checks import DraftChecker
from bot.failures import PermanentJobError
from bot.grounding.retrieval import Grounding
from bot.manual_revision import ManualReviser
from bot.masking import Masker
from bot.models.prompting import sent_review
from bot.models.registry import ModelRegistry, UnknownModel
from bot.ports.chat import ChatPort, Notice, Place
from bot.ports.repository import ConversationStore, InstructionOutcome, JobQueue, NewInstruction
from bot.privacy.restore import restore
from bot.privacy.vault import Vault
from bot.quota import DraftQuota
from bot.take_over import TakeOver
from bot.text_changes import text_changes
from bot.vault_keeper import VaultKeeper

log = logging.getLogger(__name__)


class PlumeService:
    """Everything an agent can ask of Plume about a review already received, expressed on the ports only."""

    def __init__(
        self,
        conversations: ConversationStore,
        jobs: JobQueue,
        chat: ChatPort,
        masker: Masker,
        vaults: VaultKeeper,
        quota: DraftQuota,
        models: ModelRegistry,
        checker: DraftChecker,
        *,
        wake_jobs: Callable[[], None] = lambda: None,
        clock: Callable[[], datetime] = utc_now,
        grounding: Grounding | None = None,
    ) -> None:
        self._conversations = conversations
        self._jobs = jobs
        self._chat = chat
        self._masker = masker
        self._vaults = vaults
        self._quota = quota
        self._models = models
        self._wake_jobs = wake_jobs
        self._grounding = grounding
        self._approver = Approver(conversations, jobs, chat, vaults, checker, clock)
        self._manual = ManualReviser(conversations, chat, vaults, checker)
        self._take_over = TakeOver(
            conversations, chat, self._open_vault, checker.findings_of, grounding.sources if grounding else None
        )

    def receive_instruction(self, instruction: IncomingInstruction, *, mentions_plume: bool = False) -> None:
        """A reply in a Plume thread asks to refine the draft; it is pseudonymised with the review's vault.

        The rule of the thread: the agent in charge (who took the review over, else who brought it) refines by
        replying; anyone else talks freely with colleagues, and gives Plume an instruction by mentioning it
        (`mentions_plume`)."""
        conversation = self._conversations.find_conversation(instruction.channel_id, instruction.thread_id)
        if conversation is None or not instruction.text.strip():
            return
        if instruction.user_id != conversation.in_charge and not mentions_plume:
            log.info("conversation %d: a colleague's reply, not an instruction", conversation.id)
            return
        self._instruct(conversation, instruction)

    def refine(self, revision_id: int, user_id: str, text: str, name: str) -> None:
        """A one-click refinement of the current draft (`name`: which one): the instruction `text`, added to the
        history like a reply; a second click on the same button of the same draft adds nothing."""
        checked = self._current(revision_id, user_id)
        if checked is None:
            return
        conversation, _ = checked
        message_id = f"plume:{revision_id}:{name}"[:64]
        self._instruct(
            conversation,
            IncomingInstruction(
                conversation.platform, conversation.team_id, conversation.channel_id, conversation.thread_id,
                message_id, user_id, text,
            ),
        )  # fmt: skip

    def _instruct(self, conversation: Conversation, instruction: IncomingInstruction) -> None:
        """Pseudonymise an instruction with the review's vault and queue its refinement."""
        place = Place.of(conversation)
        if conversation.status is ConversationStatus.APPROVED:
            self._chat.notify(place, instruction.user_id, Notice.THREAD_APPROVED)
            return
        if not self._quota.allows(instruction.user_id):
            self._chat.notify(place, instruction.user_id, Notice.RATE_LIMITED)
            return
        for _ in range(3):  # another instruction may extend the vault at the same time: start again from it
            opened = self._open_vault(conversation)
            if opened is None:
                return
            vault, version = opened
            masked = self._masker.mask_text(instruction.text, vault, instruction.user_id, place)
            if masked is None:
                return
            outcome = self._conversations.add_instruction(
                conversation.id,
                NewInstruction(instruction.channel_id, instruction.message_id, instruction.user_id, masked),
                self._vaults.seal(vault, version),
                AuditEvent(AuditKind.INSTRUCTION_RECEIVED, instruction.user_id, conversation.id),
            )
            if outcome is not InstructionOutcome.VAULT_CHANGED:
                break
        if outcome is InstructionOutcome.QUEUED:
            if conversation.status is ConversationStatus.DRAFTING:
                self._chat.notify(place, instruction.user_id, Notice.INSTRUCTION_QUEUED)
            self._wake_jobs()
        elif outcome is InstructionOutcome.NOT_STARTED:
            self._chat.notify(place, instruction.user_id, Notice.AWAITING_CONFIRMATION)
        elif outcome is InstructionOutcome.APPROVED:
            self._chat.notify(place, instruction.user_id, Notice.THREAD_APPROVED)
        elif outcome is InstructionOutcome.VAULT_CHANGED:
            log.warning("conversation %d: instruction not saved, its vault kept changing", conversation.id)
            self._chat.notify(place, instruction.user_id, Notice.INSTRUCTION_NOT_SAVED)

    def regenerate(self, revision_id: int, user_id: str) -> None:
        """A new revision from the same request, with the same model."""
        revision = self._conversations.get_revision(revision_id)
        if revision is not None:
            self._redraft(revision, JobKind.REGENERATION, revision.model_id, user_id)

    def switch_model(self, revision_id: int, model_id: str, user_id: str) -> None:
        """A new revision from the same request, with the chosen model."""
        revision = self._conversations.get_revision(revision_id)
        if revision is None:
            return
        try:
            choice = self._models.choice(model_id)
        except UnknownModel:
            log.warning("switch to unknown model %s refused", model_id)
            return
        self._redraft(revision, JobKind.MODEL_SWITCH, choice.id, user_id)

    def retry(self, job_id: int, model_id: str, user_id: str) -> None:
        """After a failure, queue the same request again, with the same or the next model."""
        job = self._jobs.get_job(job_id)
        conversation = self._conversations.get_conversation(job.conversation_id) if job else None
        if job is None or conversation is None:
            return
        if conversation.status is ConversationStatus.APPROVED:  # a stale « Réessayer » under an old failure
            self._chat.notify(Place.of(conversation), user_id, Notice.ALREADY_APPROVED)
            return
        audit = AuditEvent(AuditKind.RETRY_REQUESTED, user_id, conversation.id, {"model": model_id})
        if self._jobs.retry_failed_job(job_id, model_id, audit):
            self._wake_jobs()
        else:
            self._chat.notify(Place.of(conversation), user_id, Notice.ALREADY_RETRIED)

    def prepare_edit(self, revision_id: int, user_id: str) -> EditTarget | None:
        """The current draft, restored, for the agent to edit; None (and a notice) if it cannot be edited now."""
        checked = self._current(revision_id, user_id)
        if checked is None:
            return None
        conversation, revision = checked
        opened = self._open_vault(conversation)
        if opened is None:
            return None
        return EditTarget(revision.id, restore(revision.text, opened[0]).text)

    def save_edit(self, revision_id: int, user_id: str, text: str) -> None:
        """Store the agent's text as a new revision (pseudonymised with the conversation's vault) and show it; an
        unchanged text is no new revision (nothing « modifié à la main »)."""
        checked = self._current(revision_id, user_id)
        if checked is None or not text.strip():
            return
        conversation, base = checked
        opened = self._open_vault(conversation)
        if opened is None:
            return
        vault, version = opened
        if text.strip() == restore(base.text, vault).text.strip():
            self._chat.notify(Place.of(conversation), user_id, Notice.EDIT_UNCHANGED)
            return
        masked = self._masker.mask_text(text, vault, user_id, Place.of(conversation))
        if masked is not None:
            self._manual.add(conversation, base, masked, (vault, version), user_id)

    def use_publishable_version(self, revision_id: int, user_id: str) -> None:
        """In a channel whose replies are public: the draft's publishable version (the citizen's data replaced by
        neutral forms, « Madame, Monsieur ») becomes a new revision, checked and shown like an edit."""
        checked = self._current(revision_id, user_id)
        opened = self._open_vault(checked[0]) if checked else None
        if checked is not None and opened is not None:
            self._manual.publishable(checked[0], checked[1], opened, user_id)

    def approve(self, revision_id: int, user_id: str, *, despite_unresolved: bool = False) -> None:
        """Approve a revision exactly once (bot/approval.py); a stale or repeated click only gets an explanation."""
        checked = self._current(revision_id, user_id)
        if checked is not None:
            self._approver.approve(*checked, user_id, despite_unresolved=despite_unresolved)

    def dismiss(self, revision_id: int, user_id: str) -> None:
        """« Ce n'est pas un avis »: the conversation is forgotten (nothing of it is counted), its draft replaced by
        a note; the audit log keeps that it happened, with no text."""
        checked = self._current(revision_id, user_id)
        if checked is None:
            return
        conversation, revision = checked
        audit = AuditEvent(AuditKind.REVIEW_DISMISSED, user_id, conversation.id, {"source": conversation.source.value})
        if not self._conversations.dismiss(conversation.id, audit):
            self._chat.notify(Place.of(conversation), user_id, Notice.ALREADY_APPROVED)
            return
        log.info("conversation %d dismissed: not a review", conversation.id)
        self._chat.show_dismissed(conversation, revision, user_id)

    def take_over(self, revision_id: int, user_id: str) -> None:
        """« Je m'en occupe » (bot/take_over.py)."""
        self._take_over.perform(revision_id, user_id)

    def show_changes(self, revision_id: int, user_id: str) -> None:
        """Show the agent what a version changed from the previous one (restored, for their eyes only)."""
        revision = self._conversations.get_revision(revision_id)
        conversation = self._conversations.get_conversation(revision.conversation_id) if revision else None
        if revision is None or conversation is None:
            return
        earlier = [older for older, _ in self._conversations.history(conversation.id) if older.number < revision.number]
        opened = self._open_vault(conversation) if earlier else None
        if opened is None:
            return
        before, after = (restore(version.text, opened[0]).text for version in (earlier[-1], revision))
        self._chat.show_changes(Place.of(conversation), user_id, revision.number, text_changes(before, after))

    def show_sent_text(self, revision_id: int, user_id: str) -> None:
        """Show the agent exactly what the model received from the review, with the approved examples it was given."""
        revision = self._conversations.get_revision(revision_id)
        conversation = self._conversations.get_conversation(revision.conversation_id) if revision else None
        if revision is None or conversation is None:
            return
        examples = self._grounding.shown_examples(revision.sources) if self._grounding and revision.sources else ()
        self._chat.show_sent_text(Place.of(conversation), user_id, sent_review(conversation.review, examples))

    def _open_vault(self, conversation: Conversation) -> tuple[Vault, int] | None:
        """The conversation's vault and its version; None once it cannot be opened (expired), said in the thread."""
        try:
            return self._vaults.open(conversation.id)
        except PermanentJobError as error:
            log.info("conversation %d: vault unavailable (%s)", conversation.id, error.failure.value)
            self._chat.show_failure(Place.of(conversation), error.failure)
            return None

    def _current(self, revision_id: int, user_id: str) -> tuple[Conversation, Revision] | None:
        """The revision and its conversation if the revision is the latest of a ready conversation; else notify."""
        revision = self._conversations.get_revision(revision_id)
        conversation = self._conversations.get_conversation(revision.conversation_id) if revision else None
        if revision is None or conversation is None:
            log.warning("action on unknown revision %d", revision_id)
            return None
        place = Place.of(conversation)
        current = self._conversations.current_revision(conversation.id)
        if conversation.status is ConversationStatus.APPROVED:
            self._chat.notify(place, user_id, Notice.ALREADY_APPROVED)
        elif current is None or current.id != revision.id:
            self._chat.notify(place, user_id, Notice.STALE_REVISION)
        elif conversation.status is ConversationStatus.DRAFTING:
            self._chat.notify(place, user_id, Notice.STILL_DRAFTING)
        else:
            return conversation, revision
        return None

    def _redraft(self, revision: Revision, kind: JobKind, model_id: str, user_id: str) -> None:
        checked = self._current(revision.id, user_id)
        if checked is None:
            return
        conversation, _ = checked
        if not self._quota.allows(user_id):
            self._chat.notify(Place.of(conversation), user_id, Notice.RATE_LIMITED)
            return
        audit = AuditEvent(
            AuditKind.REDRAFT_REQUESTED, user_id, conversation.id, {"kind": kind.value, "model": model_id}
        )
        if self._conversations.request_redraft(revision, kind, model_id, audit):
            self._wake_jobs()
        else:
            self._chat.notify(Place.of(conversation), user_id, Notice.STILL_DRAFTING)
