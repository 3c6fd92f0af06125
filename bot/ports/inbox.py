"""The inbox port: reviews stored, encrypted, before their ack, until intake has turned them into conversations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.domain import Platform


@dataclass(frozen=True)
class InboxKey:
    """What makes a review unique on its platform: a retried delivery has the same key."""

    platform: str
    channel_id: str
    message_id: str


@dataclass(frozen=True)
class InboxEntry:
    """A stored review: its row id, its sealed content, and how many times intake has been tried on it."""

    id: int
    sealed: bytes
    attempts: int


class InboxStore(Protocol):
    def put(self, key: InboxKey, sealed: bytes, worker: str, lease_until: datetime) -> int | None:
        """Store a review held by `worker` until `lease_until`; None if that key is already in the inbox."""
        ...

    def claim_stale(
        self, worker: str, now: datetime, lease_until: datetime, platforms: frozenset[Platform] | None = None
    ) -> InboxEntry | None:
        """Take the oldest entry whose lease has expired (its process died or gave up), or None; with `platforms`,
        only entries of those platforms (the ones this process has an adapter for)."""
        ...

    def remove(self, entry_id: int) -> None:
        """Intake is done with this entry (its conversation exists, or it was refused)."""
        ...
