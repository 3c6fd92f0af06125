"""Durable intake: a review is stored, sealed, before the ack; intake proper (pseudonymise, store the conversation
and its job) runs after it, and a process that dies in between leaves the review for another to take in."""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import utc_now
from bot.domain import IncomingReview, IntakeSource, Platform
from bot.intake import Intake
from bot.ports.inbox import InboxEntry, InboxKey, InboxStore
from bot.privacy.vault import VaultCipher, VaultExpired
from bot.quiet import QuietGap

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
"""Tries at taking in one stored review before it is dropped (logged): a review that keeps failing must not block."""


@dataclass(frozen=True)
class Accepted:
    """A review stored in the inbox by this process, to take in after the ack."""

    entry_id: int
    review: IncomingReview


def _sealed(cipher: VaultCipher, review: IncomingReview) -> bytes:
    fields = {
        "platform": review.platform.value,
        "team_id": review.team_id,
        "channel_id": review.channel_id,
        "message_id": review.message_id,
        "thread_id": review.thread_id,
        "user_id": review.user_id,
        "source": review.source.value,
        "text": review.text,
    }
    return cipher.seal_bytes(json.dumps(fields, ensure_ascii=False).encode())


def _opened(cipher: VaultCipher, sealed: bytes) -> IncomingReview:
    fields = json.loads(cipher.open_bytes(sealed))
    fields["platform"] = Platform(fields["platform"])
    fields["source"] = IntakeSource(fields["source"])
    return IncomingReview(**fields)


class Inbox:
    """`accept` runs before the ack and only stores; `take_in` runs after it, once the requests quieten down."""

    def __init__(
        self,
        store: InboxStore,
        cipher: VaultCipher,
        intake: Intake,
        quiet: QuietGap,
        *,
        lease_seconds: int = 30,
        clock: Callable[[], datetime] = utc_now,
        platforms: frozenset[Platform] | None = None,
    ) -> None:
        self._store = store
        self._platforms = platforms
        self._cipher = cipher
        self._intake = intake
        self._quiet = quiet
        self._lease = timedelta(seconds=lease_seconds)
        self._clock = clock
        self._name = f"{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._turn = threading.Lock()
        """One intake at a time: pseudonymisation is CPU-bound, so several at once only take the interpreter's lock
        from the acks for longer (they cannot run in parallel in one interpreter anyway)."""

    def accept(self, review: IncomingReview) -> Accepted | None:
        """Store the review, sealed with the vault key; None if it is already there (a redelivery).

        Raises if the store fails: the adapter must then not acknowledge the review, so the platform sends it again.
        """
        key = InboxKey(review.platform.value, review.channel_id, review.message_id)
        entry_id = self._store.put(key, _sealed(self._cipher, review), self._name, self._clock() + self._lease)
        if entry_id is None:
            log.info("review %s/%s already in the inbox", review.channel_id, review.message_id)
            return None
        return Accepted(entry_id, review)

    def take_in(self, accepted: Accepted) -> None:
        """After the ack: intake proper, once no request is being answered; then the entry goes."""
        with self._turn:
            self._quiet.wait()
            self._intake.receive_review(accepted.review)
        self._store.remove(accepted.entry_id)

    def receive(self, review: IncomingReview) -> None:
        """Store then take in, one after the other: for an adapter whose platform expects no ack (Mattermost's
        WebSocket events), so that a process dying during intake still leaves the review to another."""
        accepted = self.accept(review)
        if accepted is not None:
            self.take_in(accepted)

    def recover_one(self) -> bool:
        """Take in one review left by a process that died after its ack; False when there is none."""
        self._quiet.wait()  # claiming writes: not among the acks of a burst
        now = self._clock()
        entry = self._store.claim_stale(self._name, now, now + self._lease, self._platforms)
        if entry is None:
            return False
        self._recover(entry)
        return True

    def _recover(self, entry: InboxEntry) -> None:
        if entry.attempts > MAX_ATTEMPTS:
            log.error("inbox entry %d dropped after %d attempts at intake", entry.id, entry.attempts - 1)
            self._store.remove(entry.id)
            return
        try:
            review = _opened(self._cipher, entry.sealed)
        except VaultExpired:
            log.error("inbox entry %d dropped: the vault key does not open it", entry.id)
            self._store.remove(entry.id)
            return
        log.info("inbox entry %d taken in after its process stopped (attempt %d)", entry.id, entry.attempts)
        with self._turn:
            self._intake.receive_review(review)
        self._store.remove(entry.id)
