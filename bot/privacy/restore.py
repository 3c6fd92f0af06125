"""Put the real values back into a model's draft, tolerating the model's small variations of placeholders."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.privacy.vault import Vault

# A placeholder, as a model may write it: `[PERSONNE_1]`, `[Personne_1]`, `[PERSONNE 1]`, `[ PERSONNE_1 ]`,
# `[TÉLÉPHONE-1]`, `[DATE NAISSANCE 1]`, or `PERSONNE_1` without brackets (upper case only, so that ordinary words
# are never taken for one). One pattern, one pass: an inserted value is never rescanned, and is inserted as it is
# (never read as a regex template).
PLACEHOLDER_PATTERN = re.compile(
    r"[\[{]\s*(?P<label>[A-Za-zÀ-ÿ]+(?:[\s_\-][A-Za-zÀ-ÿ]+)*)[\s_\-]+(?P<number>\d+)\s*[\]}]"
    r"|(?<![\w\[{])(?P<bare_label>[A-ZÀ-Ý]+(?:_[A-ZÀ-Ý]+)*)_(?P<bare_number>\d+)(?![\w\]}])"
)


_SEPARATORS = re.compile(r"[\s_\-]+")


@dataclass(frozen=True)
class Restoration:
    text: str
    invented: tuple[str, ...]
    """Placeholders the model wrote that this conversation never had: left as they are and reported."""


def canonical_placeholder(label: str, number: str) -> str:
    """`Téléphone`, `date naissance` -> `[TELEPHONE_1]`, `[DATE_NAISSANCE_1]`."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", label) if not unicodedata.combining(c))
    words = _SEPARATORS.split(plain.upper())
    return f"[{'_'.join(words)}_{int(number)}]"


def restore(text: str, vault: Vault) -> Restoration:
    """Replace every known placeholder by its value; keep and report the unknown ones.

    An unknown placeholder is reported when it is bracketed, or bare with a label this conversation uses
    (`PERSONNE_9` when there are people, not `COVID_19`)."""
    invented: list[str] = []
    labels = vault.labels()

    def replace(match: re.Match[str]) -> str:
        bracketed = match.group("label") is not None
        label = match.group("label") if bracketed else match.group("bare_label")
        number = match.group("number") if bracketed else match.group("bare_number")
        canonical = canonical_placeholder(label, number)
        value = vault.value_of(canonical)
        if value is not None:
            return value
        if bracketed or canonical[1:].rsplit("_", 1)[0] in labels:
            invented.append(match.group(0))
        return match.group(0)

    return Restoration(PLACEHOLDER_PATTERN.sub(replace, text), tuple(dict.fromkeys(invented)))


def escape_placeholders(text: str, vault: Vault) -> str:
    """Text that looks like a placeholder this conversation does not hold (« [PERSONNE_1] » typed by a citizen)
    is rewritten « (PERSONNE 1) », which restoration never reads as one: it can never bring a value back. The
    conversation's own placeholders (an agent quoting the draft) stay. Same length, so offsets are unchanged."""
    held = {placeholder for placeholder, _ in vault.entries()}

    def escaped(match: re.Match[str]) -> str:
        label, number = (
            match.group("label") or match.group("bare_label"),
            match.group("number") or match.group("bare_number"),
        )
        if canonical_placeholder(label, number) in held:
            return match.group()
        return match.group().translate(_ESCAPE)

    return PLACEHOLDER_PATTERN.sub(escaped, text)


_ESCAPE = str.maketrans({"[": "(", "{": "(", "]": ")", "}": ")", "_": " "})
