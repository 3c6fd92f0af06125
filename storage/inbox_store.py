"""The inbox: reviews stored before their ack, sealed, each taken by one process at a time under a lease."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.ports.inbox import InboxEntry, InboxKey
from storage.database import Database, rows_changed
from storage.tables import InboxRow


class SqlInboxStore:
    """The `InboxStore` port on SQL: a unique key makes redeliveries no-ops, a lease hands over a dead process's."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def put(self, key: InboxKey, sealed: bytes, worker: str, lease_until: datetime) -> int | None:
        row = InboxRow(
            platform=key.platform,
            channel_id=key.channel_id,
            message_id=key.message_id,
            sealed=sealed,
            received_at=self._db.now(),
            worker=worker,
            lease_until=lease_until,
            attempts=1,
        )
        try:
            with self._db.sessions.begin() as session:
                session.add(row)
                session.flush()
                return row.id
        except IntegrityError:
            return None

    def claim_stale(self, worker: str, now: datetime, lease_until: datetime) -> InboxEntry | None:
        stale = or_(InboxRow.lease_until.is_(None), InboxRow.lease_until < now)
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
            return InboxEntry(row.id, row.sealed, row.attempts + 1)

    def remove(self, entry_id: int) -> None:
        with self._db.sessions.begin() as session:
            session.execute(delete(InboxRow).where(InboxRow.id == entry_id))

    def count(self) -> int:
        """Entries waiting (tests and tools)."""
        with self._db.sessions() as session:
            return len(session.scalars(select(InboxRow.id)).all())
