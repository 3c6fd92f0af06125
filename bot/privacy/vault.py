"""The per-conversation mapping between placeholders and the values they hide, and its encryption at rest."""

from __future__ import annotations

import json
import re
import unicodedata

from cryptography.fernet import Fernet, InvalidToken

from bot.privacy.word_spans import detection_form


def _normalise(value: str) -> str:
    """The form under which two spellings of one value get the same placeholder: case, spaces, dots and dashes
    aside, whatever their code points (« Rose‐Marie » with U+2010 is « Rose-Marie »); numbers without their
    separators, and a French phone number in its national form."""
    folded = unicodedata.normalize("NFKC", detection_form(value)).casefold()
    if any(char.isdigit() for char in folded):
        compact = re.sub(r"[\s.\-/()]", "", folded)
        return re.sub(r"^(?:\+|00)33(?:0)?(?=[1-9]\d{8}$)", "0", compact)
    return " ".join(folded.replace(".", " ").replace("-", " ").split())


class Vault:
    """Placeholders such as `[PERSONNE_1]`, consistent for the whole conversation."""

    def __init__(self, entries: dict[str, str] | None = None) -> None:
        self._values: dict[str, str] = dict(entries or {})
        self._by_value: dict[tuple[str, str], str] = {
            (label_of(placeholder), _normalise(value)): placeholder for placeholder, value in self._values.items()
        }

    def placeholder_for(self, label: str, value: str) -> str:
        """Return the placeholder of `value`, creating the next `[LABEL_N]` if it is new."""
        key = (label, _normalise(value))
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        number = 1 + sum(1 for placeholder in self._values if label_of(placeholder) == label)
        placeholder = f"[{label}_{number}]"
        self._values[placeholder] = value
        self._by_value[key] = placeholder
        return placeholder

    def value_of(self, placeholder: str) -> str | None:
        return self._values.get(placeholder)

    def entries(self) -> list[tuple[str, str]]:
        """(placeholder, value) pairs, in the order they were created."""
        return list(self._values.items())

    def labels(self) -> set[str]:
        """The labels this conversation has placeholders for."""
        return {label_of(placeholder) for placeholder in self._values}

    def __len__(self) -> int:
        return len(self._values)

    def to_json(self) -> bytes:
        return json.dumps(self._values, ensure_ascii=False).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Vault:
        return cls(json.loads(data))


def label_of(placeholder: str) -> str:
    """`[NUMERO_ALLOCATAIRE_2]` -> `NUMERO_ALLOCATAIRE`."""
    return placeholder.strip("[]").rsplit("_", 1)[0]


class VaultExpired(Exception):
    """The vault cannot be opened any more: its retention period is over, or the key changed."""


class VaultCipher:
    """Fernet (AES-128-CBC + HMAC-SHA256) encryption of vaults, so the store never holds a value in clear."""

    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    @staticmethod
    def generate_key() -> bytes:
        return Fernet.generate_key()

    def seal(self, vault: Vault) -> bytes:
        return self._fernet.encrypt(vault.to_json())

    def seal_bytes(self, data: bytes) -> bytes:
        """Any other secret kept for a while under the same key (a raw review waiting for intake)."""
        return self._fernet.encrypt(data)

    def open_bytes(self, sealed: bytes) -> bytes:
        try:
            return self._fernet.decrypt(sealed)
        except InvalidToken as error:
            raise VaultExpired("the vault key does not open this entry") from error

    def open(self, sealed: bytes) -> Vault:
        try:
            return Vault.from_json(self._fernet.decrypt(sealed))
        except InvalidToken as error:
            raise VaultExpired("the vault key does not open this vault") from error
