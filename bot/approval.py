"""Approval of the current draft: exactly once, with the agent's confirmation when something is left unresolved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.domain import AuditEvent, AuditKind, Conversation, Revision
from bot.draft_checks import DraftChecker, blocking
from bot.failures import PermanentJobError
from bot.ports.chat import ChatPort, ChatUnavailable, Notice, Place
from bot.ports.repository import ConversationStore, JobQueue
from bot.privacy.restore import restore
from bot.vault_keeper import VaultKeeper

log = logging.getLogger(__name__)


class Approver:
    """Freezes a thread on its current revision and shows the approval; `PlumeService.approve` checks the click."""

    def __init__(
        self,
        conversations: ConversationStore,
        jobs: JobQueue,
        chat: ChatPort,
        vaults: VaultKeeper,
        checker: DraftChecker,
        clock: Callable[[], datetime],
    ) -> None:
        self._conversations = conversations
        self._jobs = jobs
        self._chat = chat
        self._vaults = vaults
        self._checker = checker
        self._clock = clock

    def approve(
        self, conversation: Conversation, revision: Revision, user_id: str, *, despite_unresolved: bool = False
    ) -> None:
        """Approve `revision`, the current one of `conversation`; a repeated click only gets an explanation.

        A draft that still holds placeholders Plume cannot restore, or has a hard finding of the checks, is approved
        only `despite_unresolved` (the agent saw them and confirmed, « Approuver quand même »); the audit records
        that confirmation, how many placeholders were left, and the findings overridden (an event of its own)."""
        try:
            restored = restore(revision.text, self._vaults.open(conversation.id)[0])
            text, unresolved = restored.text, len(restored.invented)
        except PermanentJobError:
            text, unresolved = revision.text, 0
        if unresolved and not despite_unresolved:
            self._chat.notify(Place.of(conversation), user_id, Notice.UNRESOLVED_PLACEHOLDERS)
            return
        hard = blocking(self._checker.findings_of(revision.id))
        if hard and not despite_unresolved:
            self._chat.notify(Place.of(conversation), user_id, Notice.BLOCKING_FINDINGS)
            return
        details: dict[str, object] = {"revision": revision.number, "model": revision.model_id}
        if unresolved:
            details |= {"unresolved_placeholders": unresolved, "confirmed_by_agent": True}
        audits = [AuditEvent(AuditKind.APPROVED, user_id, conversation.id, details)]
        if hard:
            overridden = [{"kind": f.kind.value, "start": f.start, "end": f.end} for f in hard]
            audits.append(
                AuditEvent(
                    AuditKind.FINDINGS_OVERRIDDEN,
                    user_id,
                    conversation.id,
                    {"revision": revision.number, "findings": overridden},
                )
            )
        approval = self._conversations.approve(revision, user_id, self._clock(), *audits)
        if approval is None:
            self._chat.notify(Place.of(conversation), user_id, Notice.ALREADY_APPROVED)
            return
        log.info("conversation %d approved (revision %d)", conversation.id, revision.number)
        self._chat.show_approval(conversation, revision, approval, text)
        for message_id in self._jobs.failure_messages(conversation.id):  # no « Réessayer » left under old failures
            try:
                self._chat.retire_failure(Place.of(conversation), message_id)
            except ChatUnavailable as error:  # the click still explains itself (retry checks the approval)
                log.warning("conversation %d: an old failure kept its buttons (%s)", conversation.id, error.reason)
