"""Revisions an agent makes without the model: a hand edit, or the publishable version of a public reply. Each is
stored if its base is still current, checked, shown as a new message, and the base loses its buttons."""

from __future__ import annotations

import logging

from bot.domain import (
    MANUAL_MODEL,
    AuditEvent,
    AuditKind,
    Conversation,
    NewRevision,
    PseudonymisedText,
    Revision,
    RevisionKind,
)
from bot.draft_checks import DraftChecker
from bot.ports.chat import ChatPort, Notice, Place
from bot.ports.repository import ConversationStore
from bot.privacy.restore import restore
from bot.privacy.vault import Vault
from bot.vault_keeper import VaultKeeper

log = logging.getLogger(__name__)


class ManualReviser:
    """Stores and shows the revisions agents make by hand."""

    def __init__(
        self, conversations: ConversationStore, chat: ChatPort, vaults: VaultKeeper, checker: DraftChecker
    ) -> None:
        self._conversations = conversations
        self._chat = chat
        self._vaults = vaults
        self._checker = checker

    def add(
        self,
        conversation: Conversation,
        base: Revision,
        text: PseudonymisedText,
        opened: tuple[Vault, int],
        user_id: str,
        details: dict[str, object] | None = None,
    ) -> Revision | None:
        """Store `text` as a revision « modifiée à la main » by `user_id` after `base`, check it and show it; None
        (and a notice) if `base` is no longer current. `details` adds to the audit line."""
        vault, version = opened
        edit = NewRevision(
            conversation_id=conversation.id,
            kind=RevisionKind.MANUAL_EDIT,
            model_id=MANUAL_MODEL,
            prompt_version=base.prompt_version,
            prompt_hash=base.prompt_hash,
            text=text,
            message_id=None,
            input_tokens=None,
            output_tokens=None,
            latency_ms=0,
            author_user_id=user_id,
        )
        facts: dict[str, object] = {"base_revision": base.number, **(details or {})}
        audit = AuditEvent(AuditKind.MANUAL_EDIT, user_id, conversation.id, facts)
        revision = self._conversations.add_manual_revision(base, edit, self._vaults.seal(vault, version), audit)
        if revision is None:
            self._chat.notify(Place.of(conversation), user_id, Notice.STALE_REVISION)
            return None
        instructions = [instruction for _, instruction in self._conversations.history(conversation.id)]
        findings = self._checker.check(conversation, revision, vault, instructions)
        restored = restore(text, vault)
        shown_ts = self._chat.show_draft(conversation, revision, restored.text, None, restored.invented, findings)
        self._conversations.set_revision_message(revision.id, shown_ts)
        self._chat.retire_draft(conversation, base, restore(base.text, vault).text)
        log.info("conversation %d: manual revision %d", conversation.id, revision.number)
        return revision

    def publishable(
        self, conversation: Conversation, base: Revision, opened: tuple[Vault, int], user_id: str
    ) -> Revision | None:
        """Store the publishable version of `base` (the citizen's data replaced by neutral forms) as a new revision;
        a draft that carries none of it gets a notice instead."""
        text = self._checker.publishable(base, opened[0])
        if text == base.text:
            self._chat.notify(Place.of(conversation), user_id, Notice.NOTHING_TO_PUBLISH)
            return None
        return self.add(conversation, base, text, opened, user_id, {"publishable_version": True})
