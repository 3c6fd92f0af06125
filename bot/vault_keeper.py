"""Open and seal a conversation's vault through the store; an expired or unreadable vault stops the work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.failures import DraftFailure, PermanentJobError
from bot.ports.repository import ConversationStore, SealedVault
from bot.privacy.vault import Vault, VaultCipher, VaultExpired


class VaultKeeper:
    def __init__(self, conversations: ConversationStore, cipher: VaultCipher, clock: Callable[[], datetime]) -> None:
        self._conversations = conversations
        self._cipher = cipher
        self._clock = clock

    def open(self, conversation_id: int) -> tuple[Vault, int]:
        """The vault and its version; raise PermanentJobError(VAULT_EXPIRED) once it cannot be opened."""
        stored = self._conversations.load_vault(conversation_id, self._clock())
        if stored is None:
            raise PermanentJobError(DraftFailure.VAULT_EXPIRED)
        try:
            return self._cipher.open(stored.sealed), stored.version
        except VaultExpired:
            raise PermanentJobError(DraftFailure.VAULT_EXPIRED) from None

    def seal(self, vault: Vault, version: int) -> SealedVault:
        """The vault encrypted, to be stored only if the stored one is still at `version`."""
        return SealedVault(self._cipher.seal(vault), version)
