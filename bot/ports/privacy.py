"""The pseudonymiser port: mask a citizen's text before anything else sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.domain import MaskedEntity, PseudonymisedText
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
