"""Durable intake: an event that carries a person's text (a review, an instruction, a form) is stored, sealed,
before the ack; handling it (pseudonymise, store the conversation or the instruction and its job) runs after it,
and a process that dies in between leaves the event for another to handle. Handling again what was partly handled
is a no-op: conversations and instructions are unique per message, and a form's posted review is noted."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from bot.clock import utc_now
from bot.domain import Platform
from bot.inbox_letters import FormLetter, InstructionLetter, Letter, key_of, open_letter, seal
from bot.intake import Intake, IntakeOutcome
from bot.ports.inbox import InboxEntry, InboxStore
from bot.privacy.vault import VaultCipher, VaultExpired
from bot.quiet import QuietGap
from bot.service import PlumeService

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
"""Tries at handling one stored event before it is dropped (logged): an event that keeps failing must not block."""


class NotStored(Exception):
    """The inbox could not store an event: the adapter must not acknowledge it, so that it comes again."""


@dataclass(frozen=True)
class Accepted:
    """An event stored in the inbox by this process, to handle after the ack."""

    entry_id: int
    letter: Letter


class Inbox:
    """`accept` runs before the ack and only stores; `take_in` runs after it, once the requests quieten down."""

    def __init__(
        self,
        store: InboxStore,
        cipher: VaultCipher,
        intake: Intake,
        service: PlumeService,
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
        self._service = service
        self._quiet = quiet
        self._lease = timedelta(seconds=lease_seconds)
        self._clock = clock
        self._name = f"{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._turn = threading.Lock()
        """One event handled at a time: pseudonymisation is CPU-bound, so several at once only take the
        interpreter's lock from the acks for longer (they cannot run in parallel in one interpreter anyway)."""

    def accept(self, letter: Letter) -> Accepted | None:
        """Store the event, sealed with the vault key; None if it is already there (a redelivery).

        Raises NotStored if the store fails: the adapter must then not acknowledge the event, so that the
        platform sends it again.
        """
        key = key_of(letter)
        try:
            entry_id = self._store.put(key, seal(self._cipher, letter), self._name, self._clock() + self._lease)
        except Exception as error:
            raise NotStored(type(error).__name__) from error
        if entry_id is None:
            log.info("%s %s/%s already in the inbox", key.kind.value, key.channel_id, key.message_id)
            return None
        return Accepted(entry_id, letter)

    def take_in(self, accepted: Accepted) -> IntakeOutcome | None:
        """After the ack: handle the event once no request is being answered; then the entry goes. A review's
        outcome is returned (None for other kinds)."""
        with self._turn:
            self._quiet.wait()
            if isinstance(accepted.letter, FormLetter) and not self._still_ours(accepted.entry_id):
                return None  # its lease ran out while it waited: another process took it, and posts its review
            outcome = self._handle(accepted.entry_id, accepted.letter, None)
        self._store.remove(accepted.entry_id)
        return outcome

    def _still_ours(self, entry_id: int) -> bool:
        """Renew this process's lease on an entry before an action that must not happen twice (posting a form's
        review); False if the lease had run out and another process has taken the entry over."""
        if self._store.renew(entry_id, self._name, self._clock() + self._lease):
            return True
        log.info("inbox entry %d taken over by another process before this one handled it", entry_id)
        return False

    def receive(self, letter: Letter) -> None:
        """Store then handle, one after the other: for an adapter that acknowledges nothing (Mattermost's WebSocket
        events) or once a whole batch is handled (Matrix's sync token), so that a process dying, or handling
        failing, still leaves the event to be handled again."""
        accepted = self.accept(letter)
        if accepted is not None:
            self.take_in(accepted)

    def recover_one(self) -> bool:
        """Handle one event left by a process that died after its ack; False when there is none."""
        self._quiet.wait()  # claiming writes: not among the acks of a burst
        now = self._clock()
        entry = self._store.claim_stale(self._name, now, now + self._lease, self._platforms)
        if entry is None:
            return False
        self._recover(entry)
        return True

    def _recover(self, entry: InboxEntry) -> None:
        if entry.attempts > MAX_ATTEMPTS:
            log.error("inbox entry %d dropped after %d attempts at handling it", entry.id, entry.attempts - 1)
            self._store.remove(entry.id)
            return
        try:
            letter = open_letter(self._cipher, entry.kind, entry.sealed)
        except VaultExpired:
            log.error("inbox entry %d dropped: the vault key does not open it", entry.id)
            self._store.remove(entry.id)
            return
        kind, attempt = entry.kind.value, entry.attempts
        log.info("inbox entry %d (%s) handled after its process stopped (attempt %d)", entry.id, kind, attempt)
        with self._turn:
            self._handle(entry.id, letter, entry.posted_id)
        self._store.remove(entry.id)

    def _handle(self, entry_id: int, letter: Letter, posted_id: str | None) -> IntakeOutcome | None:
        if isinstance(letter, InstructionLetter):
            self._service.receive_instruction(letter.instruction, mentions_plume=letter.mentions_plume)
            return None
        if isinstance(letter, FormLetter):
            note = partial(self._store.note_posted, entry_id)
            return self._intake.receive_form(letter.form, posted_id=posted_id, note_posted=note)
        return self._intake.receive_review(letter)
