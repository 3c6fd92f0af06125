"""Approvals on SQLAlchemy: a thread frozen on its current revision, kept as a grounding example of its channel."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.domain import Approval, AuditEvent, Conversation, Revision
from bot.text_distance import normalised_distance
from storage.database import Database
from storage.examples_store import insert_example
from storage.mapping import approval_of, audit_row
from storage.tables import ApprovalRow, ConversationRow, RevisionRow
from storage.writes import revision_still_current


class SqlApprovals:
    """The approval half of `bot.ports.repository.ConversationStore`, which `SqlConversationStore` delegates to."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get_approval(self, conversation_id: int) -> Approval | None:
        with self._db.sessions() as session:
            row = session.scalars(select(ApprovalRow).where(ApprovalRow.conversation_id == conversation_id)).first()
            return approval_of(row) if row else None

    def approve(
        self,
        conversation: Conversation,
        revision: Revision,
        user_id: str,
        at: datetime,
        audit: AuditEvent,
        *also: AuditEvent,
    ) -> Approval | None:
        distance = self._edit_distance(revision)  # before the write transaction: no lock held while it runs
        try:
            with self._db.sessions.begin() as session:
                if not revision_still_current(session, revision, at, freeze=True):
                    return None
                row = ApprovalRow(
                    conversation_id=revision.conversation_id,
                    revision_id=revision.id,
                    user_id=user_id,
                    model_id=revision.model_id,
                    approved_at=at,
                    edit_distance=distance,
                    revision_number=revision.number,
                    channel_id=conversation.channel_id,
                    review_received_at=conversation.created_at,
                )
                session.add(row)
                session.add_all(audit_row(event, at) for event in (audit, *also))
                session.flush()
                conversation_row = session.get(ConversationRow, revision.conversation_id)
                assert conversation_row is not None
                insert_example(session, conversation_row, revision.text, at)
                return approval_of(row)
        except IntegrityError:
            return None

    def _edit_distance(self, approved: Revision) -> float:
        """How far the approved text is from the first draft (0 unchanged, 1 rewritten), both pseudonymised."""
        if approved.number == 1:
            return 0.0
        with self._db.sessions() as session:
            first = session.scalar(
                select(RevisionRow.text).where(
                    RevisionRow.conversation_id == approved.conversation_id, RevisionRow.number == 1
                )
            )
        return normalised_distance(first if first is not None else "", approved.text)
