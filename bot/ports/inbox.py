"""The inbox port: events stored, encrypted, before their ack (reviews, instructions, forms), until handled."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.domain import Platform


class InboxKind(enum.StrEnum):
    """What an inbox entry holds, sealed (the column holds 16 characters)."""

    REVIEW = "review"
    INSTRUCTION = "instruction"
    FORM = "form"


@dataclass(frozen=True)
class InboxKey:
    """What makes an event unique on its platform: a retried delivery has the same key. `kind` is what is stored
    under it, not part of its uniqueness (one message is one event)."""

    platform: str
    channel_id: str
    message_id: str
    kind: InboxKind = InboxKind.REVIEW


@dataclass(frozen=True)
class InboxEntry:
    """A stored event: its row id, its sealed content, how many times handling has been tried on it, what it is,
    and for a form the message its review was already posted as."""

    id: int
    sealed: bytes
    attempts: int
    kind: InboxKind = InboxKind.REVIEW
    posted_id: str | None = None


class InboxStore(Protocol):
    def put(self, key: InboxKey, sealed: bytes, worker: str, lease_until: datetime) -> int | None:
        """Store an event held by `worker` until `lease_until`; None if that key is already in the inbox."""
        ...

    def claim_stale(
        self, worker: str, now: datetime, lease_until: datetime, platforms: frozenset[Platform] | None = None
    ) -> InboxEntry | None:
        """Take the oldest entry whose lease has expired (its process died or gave up), or None; with `platforms`,
        only entries of those platforms (the ones this process has an adapter for)."""
        ...

    def renew(self, entry_id: int, worker: str, lease_until: datetime) -> bool:
        """Extend `worker`'s lease on an entry; False if it is no longer held by `worker` (another took it over)."""
        ...

    def note_posted(self, entry_id: int, message_id: str) -> None:
        """A form's review is posted as `message_id`: taken in again, the form reuses it instead of posting again."""
        ...

    def remove(self, entry_id: int) -> None:
        """Handling is done with this entry (its conversation or instruction exists, or it was refused)."""
        ...
