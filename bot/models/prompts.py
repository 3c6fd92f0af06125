"""The versioned prompt files and the messages built from them."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from importlib import resources

from bot.domain import PseudonymisedText
from bot.ports import PromptMessage

PROMPT_VERSION = "reponse_avis.v1"


@dataclass(frozen=True)
class SystemPrompt:
    version: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def load_system_prompt(version: str = PROMPT_VERSION) -> SystemPrompt:
    text = resources.files("bot.models").joinpath("prompts", f"{version}.txt").read_text(encoding="utf-8")
    return SystemPrompt(version, text.strip())


def enclose_review(review: PseudonymisedText, nonce: str | None = None) -> PseudonymisedText:
    """Wrap the review in tags carrying a random id, so that nothing inside it can close them."""
    tag = f"AVIS-{nonce or secrets.token_hex(6)}"
    return PseudonymisedText(f"Voici l'avis de l'usager.\n<{tag}>\n{review}\n</{tag}>\nRédige le projet de réponse.")


def draft_messages(prompt: SystemPrompt, review: PseudonymisedText) -> list[PromptMessage]:
    return [
        PromptMessage("system", PseudonymisedText(prompt.text)),
        PromptMessage("user", enclose_review(review)),
    ]
