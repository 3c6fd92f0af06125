"""« Je m'en occupe »: an agent takes a review over; the thread rule and the lead's view then follow the taker."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.checks.findings import Finding
from bot.domain import AuditEvent, AuditKind, Conversation, ConversationStatus
from bot.ports.chat import ChatPort, DraftSource, Notice, Place
from bot.ports.repository import ConversationStore
from bot.privacy.restore import restore
from bot.privacy.vault import Vault

log = logging.getLogger(__name__)


class TakeOver:
    """Makes the clicker the agent in charge of a review, once, and shows it on the current draft."""

    def __init__(
        self,
        conversations: ConversationStore,
        chat: ChatPort,
        open_vault: Callable[[Conversation], tuple[Vault, int] | None],
        findings_of: Callable[[int], tuple[Finding, ...]],
        sources_of: Callable[[tuple[int, ...]], tuple[DraftSource, ...]] | None = None,
    ) -> None:
        self._conversations = conversations
        self._chat = chat
        self._open_vault = open_vault
        self._findings_of = findings_of
        self._sources_of = sources_of

    def perform(self, revision_id: int, user_id: str) -> None:
        """« Je m'en occupe »: `user_id` becomes the agent in charge, once (the first of two clicks wins, the other
        is told who has it); the current draft then says who is in charge."""
        revision = self._conversations.get_revision(revision_id)
        conversation = self._conversations.get_conversation(revision.conversation_id) if revision else None
        if conversation is None:
            return
        place = Place.of(conversation)
        if conversation.status is ConversationStatus.APPROVED:
            self._chat.notify(place, user_id, Notice.ALREADY_APPROVED)
            return
        if conversation.in_charge == user_id or conversation.taken_by is not None:
            self._chat.show_in_charge(place, user_id, conversation.in_charge)
            return
        audit = AuditEvent(AuditKind.TAKEN_OVER, user_id, conversation.id, {"previous": conversation.in_charge})
        now = self._conversations.take_over(conversation.id, user_id, audit)
        if now is None:
            return
        if now.taken_by != user_id:
            if now.status is ConversationStatus.APPROVED:
                self._chat.notify(place, user_id, Notice.ALREADY_APPROVED)
            else:
                self._chat.show_in_charge(place, user_id, now.in_charge)
            return
        log.info("conversation %d taken over", conversation.id)
        current = self._conversations.current_revision(now.id)
        if now.status is ConversationStatus.READY and current is not None and current.message_id is not None:
            opened = self._open_vault(now)
            if opened is not None:
                restored = restore(current.text, opened[0])
                findings = self._findings_of(current.id)
                sources = self._sources_of(current.sources) if self._sources_of and current.sources else ()
                self._chat.show_draft(
                    now, current, restored.text, current.message_id, restored.invented, findings, sources
                )
