"""Fail closed: pseudonymise, and if anything goes wrong, send nothing, record it and tell the agent."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.domain import AuditEvent, AuditKind, MaskedEntity, PseudonymisedText
from bot.failures import DraftFailure
from bot.ports.chat import ChatPort, Place
from bot.ports.privacy import Pseudonymiser
from bot.ports.repository import ConversationStore
from bot.privacy.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Masked:
    text: PseudonymisedText
    entities: tuple[MaskedEntity, ...]
    vault: Vault


class Masker:
    def __init__(self, pseudonymiser: Pseudonymiser, conversations: ConversationStore, chat: ChatPort) -> None:
        self._pseudonymiser = pseudonymiser
        self._conversations = conversations
        self._chat = chat

    def mask(self, text: str, vault: Vault, user_id: str, place: Place | None) -> Masked | None:
        """The pseudonymised text, or None after reporting the failure (in the thread when there is one)."""
        try:
            result = self._pseudonymiser.pseudonymise(text, vault)
        except Exception as error:  # whatever went wrong, nothing is sent; the message may quote the text
            log.error("pseudonymisation failed (%s); nothing was sent", type(error).__name__)
            self._conversations.record_audit(
                AuditEvent(AuditKind.PSEUDONYMISATION_FAILED, user_id, None, {"error": type(error).__name__})
            )
            if place is not None:
                self._chat.show_failure(place, DraftFailure.PSEUDONYMISATION)
            return None
        return Masked(result.text, result.entities, vault)

    def mask_text(self, text: str, vault: Vault, user_id: str, place: Place | None) -> PseudonymisedText | None:
        masked = self.mask(text, vault, user_id, place)
        return masked.text if masked is not None else None
