"""Put the real values back into a model's draft, tolerating the model's small variations of placeholders."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.privacy.vault import Vault

# `[PERSONNE_1]`, `[Personne_1]`, `[PERSONNE 1]`, `[ PERSONNE_1 ]`; or `PERSONNE_1` without brackets, upper case
# only so that ordinary words are never taken for one. One pattern, one pass: an inserted value is never rescanned.
_PLACEHOLDER = re.compile(
    r"\[\s*(?P<label>[A-Za-zÀ-ÿ]+(?:_[A-Za-zÀ-ÿ]+)*)[\s_]+(?P<number>\d+)\s*\]"
    r"|(?<![\w\[])(?P<bare_label>[A-Z]+(?:_[A-Z]+)*)_(?P<bare_number>\d+)(?![\w\]])"
)


@dataclass(frozen=True)
class Restoration:
    text: str
    invented: tuple[str, ...]
    """Placeholders the model wrote that this conversation never had: left as they are and reported."""


def restore(text: str, vault: Vault) -> Restoration:
    """Replace every known placeholder by its value; keep and report the unknown ones."""
    invented: list[str] = []

    def replace(match: re.Match[str]) -> str:
        bracketed = match.group("label") is not None
        label = match.group("label") if bracketed else match.group("bare_label")
        number = match.group("number") if bracketed else match.group("bare_number")
        value = vault.value_of(f"[{label.upper()}_{number}]")
        if value is not None:
            return value
        if bracketed:
            invented.append(match.group(0))
        return match.group(0)

    return Restoration(_PLACEHOLDER.sub(replace, text), tuple(dict.fromkeys(invented)))
