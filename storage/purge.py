"""Retention: delete old conversations (and with them their vaults, revisions, jobs…) in batches."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from bot.ports.repository import PurgeReport
from storage.database import rows_changed
from storage.tables import (
    ApprovalRow,
    ConversationRow,
    GroundingExampleRow,
    InstructionRow,
    JobRow,
    ModelAttemptRow,
    RevisionRow,
    VaultRow,
)

# Children first, so the deletion works whether or not the database enforces ON DELETE CASCADE.
_CHILDREN = (GroundingExampleRow, ApprovalRow, ModelAttemptRow, JobRow, RevisionRow, InstructionRow, VaultRow)


def delete_conversations(session: Session, ids: list[int]) -> None:
    """Delete conversations and everything that hangs from them (the audit log stays)."""
    for table in _CHILDREN:
        session.execute(delete(table).where(table.conversation_id.in_(ids)))
    session.execute(delete(ConversationRow).where(ConversationRow.id.in_(ids)))


def purge(sessions: sessionmaker[Session], created_before: datetime, now: datetime, batch_size: int) -> PurgeReport:
    conversations = 0
    while True:
        with sessions.begin() as session:
            ids = list(
                session.scalars(
                    select(ConversationRow.id)
                    .where(ConversationRow.created_at < created_before)
                    .order_by(ConversationRow.id)
                    .limit(batch_size)
                )
            )
            if ids:
                delete_conversations(session, ids)
        conversations += len(ids)
        if len(ids) < batch_size:
            break
    with sessions.begin() as session:
        vaults = rows_changed(session.execute(delete(VaultRow).where(VaultRow.expires_at <= now)))
    return PurgeReport(conversations, vaults)
