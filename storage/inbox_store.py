"""The inbox: events (reviews, instructions, forms) stored before their ack, sealed, each taken by one process at
a time under a lease."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, or_, select, update

from bot.domain import Platform
from bot.ports.inbox import InboxEntry, InboxKey, InboxKind
from storage.database import READ_ONLY, Database, rows_changed
from storage.inbox_writer import InboxWriter
from storage.tables import InboxRow

WRITERS_ON_POSTGRESQL = 2
"""Batches in flight at once on PostgreSQL: a commit that waits for the server (tens of milliseconds now and then)
no longer holds every ack behind it. SQLite takes one writer at a time whatever the connections, so one there."""


@dataclass
class _Pending:
    """One review waiting for the transaction that stores it, and what that transaction gave back."""

    values: dict[str, Any]
    taken: bool = False
    done: bool = False
    entry_id: int | None = None
    error: BaseException | None = None


class SqlInboxStore:
    """The `InboxStore` port on SQL: a unique key makes redeliveries no-ops, a lease hands over a dead process's.

    Puts made at the same time share one transaction (group commit): under a burst of events, each ack waits for
    one commit of a few rows instead of queueing for the write lock behind every other ack, one commit each. Puts go
    through an `InboxWriter` (its own driver connection, plain SQL, no sync to disk at commit): they precede an ack.
    On PostgreSQL two writers commit batches side by side, so one slow commit does not stall the next acks.
    """

    def __init__(self, database: Database) -> None:
        self._db = database
        self._queue: list[_Pending] = []
        self._changed = threading.Condition()
        writers = 1 if database.engine.dialect.name == "sqlite" else WRITERS_ON_POSTGRESQL
        self._free = [InboxWriter(database.engine) for _ in range(writers)]

    def put(self, key: InboxKey, sealed: bytes, worker: str, lease_until: datetime) -> int | None:
        pending = _Pending(
            {
                "platform": key.platform,
                "channel_id": key.channel_id,
                "message_id": key.message_id,
                "sealed": sealed,
                "received_at": self._db.now(),
                "worker": worker,
                "lease_until": lease_until,
                "attempts": 1,
                "kind": key.kind.value,
            }
        )
        with self._changed:
            self._queue.append(pending)
            while not pending.done:
                if pending.taken or not self._free:  # in a batch being committed, or no writer free: wait
                    self._changed.wait()
                    continue
                # a free writer: commit every put queued so far, this one included
                writer, batch, self._queue = self._free.pop(), self._queue, []
                for queued in batch:
                    queued.taken = True
                self._changed.release()
                try:
                    self._commit(writer, batch)
                finally:
                    self._changed.acquire()
                    self._free.append(writer)
                    self._changed.notify_all()
        if pending.error is not None:
            raise pending.error
        return pending.entry_id

    @staticmethod
    def _commit(writer: InboxWriter, batch: list[_Pending]) -> None:
        try:
            ids = writer.insert([pending.values for pending in batch])
        except BaseException as error:  # every put of the batch fails with it: none of them is acked
            for pending in batch:
                pending.error, pending.done = error, True
            return
        for pending, entry_id in zip(batch, ids, strict=True):  # no id: already stored, a redelivery
            pending.entry_id, pending.done = entry_id, True

    def claim_stale(
        self, worker: str, now: datetime, lease_until: datetime, platforms: frozenset[Platform] | None = None
    ) -> InboxEntry | None:
        stale = or_(InboxRow.lease_until.is_(None), InboxRow.lease_until < now)
        if platforms is not None:
            stale = and_(stale, InboxRow.platform.in_([platform.value for platform in sorted(platforms)]))
        with self._db.engine.connect().execution_options(**{READ_ONLY: True}) as connection:
            if connection.scalar(select(InboxRow.id).where(stale).limit(1)) is None:
                return None  # the usual case, found without taking SQLite's write lock away from the acks
        with self._db.sessions.begin() as session:
            query = select(InboxRow).where(stale).order_by(InboxRow.id).limit(1)
            if self._db.skip_locked:
                query = query.with_for_update(skip_locked=True)
            row = session.scalars(query).first()
            if row is None:
                return None
            claimed = session.execute(
                update(InboxRow)
                .where(InboxRow.id == row.id, stale)
                .values(worker=worker, lease_until=lease_until, attempts=InboxRow.attempts + 1)
                .execution_options(synchronize_session=False)
            )
            if rows_changed(claimed) != 1:
                return None
            return InboxEntry(row.id, row.sealed, row.attempts + 1, InboxKind(row.kind), row.posted_id)

    def renew(self, entry_id: int, worker: str, lease_until: datetime) -> bool:
        with self._db.sessions.begin() as session:
            renewed = session.execute(
                update(InboxRow)
                .where(InboxRow.id == entry_id, InboxRow.worker == worker)
                .values(lease_until=lease_until)
                .execution_options(synchronize_session=False)
            )
            return rows_changed(renewed) == 1

    def note_posted(self, entry_id: int, message_id: str) -> None:
        with self._db.sessions.begin() as session:
            session.execute(update(InboxRow).where(InboxRow.id == entry_id).values(posted_id=message_id))

    def remove(self, entry_id: int) -> None:
        with self._db.sessions.begin() as session:
            session.execute(delete(InboxRow).where(InboxRow.id == entry_id))

    def count(self) -> int:
        """Entries waiting (tests and tools)."""
        with self._db.sessions() as session:
            return len(session.scalars(select(InboxRow.id)).all())
