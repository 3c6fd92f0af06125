"""`bot.ports.examples.ExampleStore` on SQLAlchemy: approved threads kept as examples, searched in French.

The search itself, per database, is storage/example_search.py; it reads the pseudonymised review, placeholders
left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.domain import AuditEvent, Platform, PseudonymisedText
from bot.ports.examples import GroundingExample
from storage.database import Database, rows_changed
from storage.example_search import INSERT_SEARCH_ROW, search, search_row
from storage.mapping import audit_row
from storage.tables import ConversationRow, GroundingExampleRow


def insert_example(session: Session, conversation: ConversationRow, reply: str, at: datetime) -> None:
    """Keep an approved thread as an example of its channel, inside the approval's transaction."""
    row = GroundingExampleRow(
        conversation_id=conversation.id,
        platform=conversation.platform,
        team_id=conversation.team_id,
        channel_id=conversation.channel_id,
        thread_id=conversation.thread_id,
        review=conversation.review,
        reply=reply,
        approved_at=at,
    )
    session.add(row)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(INSERT_SEARCH_ROW, search_row(row.id, conversation.channel_id, row.review, row.reply))


class SqlExampleStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def similar_examples(self, channel_id: str, review: PseudonymisedText, limit: int) -> list[GroundingExample]:
        with self._db.sessions() as session:
            ids = search(session, self._db.dialect, channel_id, review, limit)
        return self.examples_by_id(ids)

    def pinned_examples(self, channel_id: str, limit: int) -> list[GroundingExample]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(GroundingExampleRow)
                .where(GroundingExampleRow.channel_id == channel_id, GroundingExampleRow.pinned_at.is_not(None))
                .order_by(GroundingExampleRow.pinned_at.desc())
                .limit(limit)
            )
            return [example_of(row) for row in rows]

    def examples_by_id(self, ids: Sequence[int]) -> list[GroundingExample]:
        if not ids:
            return []
        with self._db.sessions() as session:
            rows = session.scalars(select(GroundingExampleRow).where(GroundingExampleRow.id.in_(list(ids))))
            found = {row.id: example_of(row) for row in rows}
        return [found[example_id] for example_id in ids if example_id in found]

    def example_of(self, conversation_id: int) -> GroundingExample | None:
        with self._db.sessions() as session:
            row = session.scalars(
                select(GroundingExampleRow).where(GroundingExampleRow.conversation_id == conversation_id)
            ).first()
            return example_of(row) if row else None

    def pin_example(self, example_id: int, title: str, user_id: str, audit: AuditEvent) -> bool:
        now = self._db.now()
        with self._db.sessions.begin() as session:
            pinned = session.execute(
                update(GroundingExampleRow)
                .where(GroundingExampleRow.id == example_id)
                .values(title=title, pinned_by=user_id, pinned_at=now)
                .execution_options(synchronize_session=False)
            )
            if rows_changed(pinned) != 1:
                return False
            session.add(audit_row(audit, now))
            return True


def example_of(row: GroundingExampleRow) -> GroundingExample:
    return GroundingExample(
        id=row.id,
        conversation_id=row.conversation_id,
        platform=Platform(row.platform),
        team_id=row.team_id,
        channel_id=row.channel_id,
        thread_id=row.thread_id,
        review=PseudonymisedText(row.review),
        reply=PseudonymisedText(row.reply),
        approved_at=row.approved_at,
        title=row.title,
    )
