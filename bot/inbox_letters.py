"""What the inbox holds, sealed with the vault key: a review, an agent's instruction, or a review form.

Each kind has its inbox key, the platform's own id of the event, so that a redelivered event finds its entry (and
the conversation or instruction it became) instead of being handled twice.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from bot.domain import IncomingInstruction, IncomingReview, IntakeSource, Platform, ReviewForm
from bot.ports.inbox import InboxKey, InboxKind
from bot.privacy.vault import VaultCipher


@dataclass(frozen=True)
class InstructionLetter:
    """A reply in a thread, and whether it mentions Plume (the thread's rule needs both)."""

    instruction: IncomingInstruction
    mentions_plume: bool = False


@dataclass(frozen=True)
class FormLetter:
    """A review typed in a form; `form_id` is the platform's id of that submission (Slack: its view, or the slash
    command's trigger), the same if it is delivered again."""

    form: ReviewForm
    form_id: str


Letter = IncomingReview | InstructionLetter | FormLetter


def key_of(letter: Letter) -> InboxKey:
    """The letter's inbox key: its message (a review, an instruction) or its submission (a form)."""
    if isinstance(letter, InstructionLetter):
        sent = letter.instruction
        return InboxKey(sent.platform.value, sent.channel_id, sent.message_id, InboxKind.INSTRUCTION)
    if isinstance(letter, FormLetter):
        form = letter.form
        return InboxKey(form.platform.value, form.channel_id, f"form:{letter.form_id}", InboxKind.FORM)
    return InboxKey(letter.platform.value, letter.channel_id, letter.message_id, InboxKind.REVIEW)


def _fields(value: object) -> dict[str, Any]:
    return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}  # type: ignore[arg-type]


def seal(cipher: VaultCipher, letter: Letter) -> bytes:
    """The letter's whole content, encrypted: nothing of it is stored in clear."""
    if isinstance(letter, InstructionLetter):
        content = {**_fields(letter.instruction), "mentions_plume": letter.mentions_plume}
    elif isinstance(letter, FormLetter):
        content = {**_fields(letter.form), "form_id": letter.form_id}
    else:
        content = _fields(letter)
    return cipher.seal_bytes(json.dumps(content, ensure_ascii=False).encode())


def open_letter(cipher: VaultCipher, kind: InboxKind, sealed: bytes) -> Letter:
    """The letter sealed in an entry of that kind; raises VaultExpired if the key cannot open it."""
    content = json.loads(cipher.open_bytes(sealed))
    content["platform"] = Platform(content["platform"])
    if kind is InboxKind.INSTRUCTION:
        mentions_plume = bool(content.pop("mentions_plume"))
        return InstructionLetter(IncomingInstruction(**content), mentions_plume)
    if kind is InboxKind.FORM:
        form_id = str(content.pop("form_id"))
        return FormLetter(ReviewForm(**content), form_id)
    content["source"] = IntakeSource(content["source"])
    return IncomingReview(**content)
