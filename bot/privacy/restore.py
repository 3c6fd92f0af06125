"""Put the real values back into a model's draft, tolerating the model's small variations of placeholders."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.privacy.vault import Vault

# `[PERSONNE_1]`, `[Personne_1]`, `[PERSONNE 1]`, `[ PERSONNE_1 ]`
_BRACKETED = re.compile(r"\[\s*([A-Za-zÀ-ÿ]+(?:_[A-Za-zÀ-ÿ]+)*)[\s_]+(\d+)\s*\]")
# `PERSONNE_1` without brackets (upper case only, so ordinary words are never taken for one)
_BARE = re.compile(r"(?<![\w\[])([A-Z]+(?:_[A-Z]+)*)_(\d+)(?![\w\]])")


@dataclass(frozen=True)
class Restoration:
    text: str
    invented: tuple[str, ...]
    """Placeholders the model wrote that this conversation never had: left as they are and reported."""


def restore(text: str, vault: Vault) -> Restoration:
    """Replace every known placeholder by its value; keep and report the unknown ones."""
    invented: list[str] = []

    def replace(match: re.Match[str]) -> str:
        canonical = f"[{match.group(1).upper()}_{match.group(2)}]"
        value = vault.value_of(canonical)
        if value is None:
            if match.re is _BRACKETED:
                invented.append(match.group(0))
            return match.group(0)
        return value

    restored = _BRACKETED.sub(replace, text)
    restored = _BARE.sub(replace, restored)
    return Restoration(restored, tuple(dict.fromkeys(invented)))
