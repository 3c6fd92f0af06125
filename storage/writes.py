"""SQL that the conversation store, the approvals and the job queue share: revision, job and vault writes, the
current revision."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, ScalarSelect, func, select, update
from sqlalchemy.orm import Session

from bot.domain import ConversationStatus, JobKind, JobStatus, NewRevision, Revision
from bot.ports.repository import SealedVault
from storage.database import rows_changed
from storage.tables import ConversationRow, JobRow, RevisionRow, VaultRow


class Dropped(Exception):
    """Raised inside a transaction to roll it back and store nothing."""


def latest_revision_id(conversation_id: int | ColumnElement[int]) -> ScalarSelect[int]:
    return (
        select(RevisionRow.id)
        .where(RevisionRow.conversation_id == conversation_id)
        .order_by(RevisionRow.number.desc())
        .limit(1)
        .scalar_subquery()
    )


def revision_still_current(session: Session, revision: Revision, at: datetime, *, freeze: bool = False) -> bool:
    """True if the conversation is ready and `revision` is its latest; with `freeze`, approve it as well."""
    status = ConversationStatus.APPROVED if freeze else ConversationStatus.READY
    result = session.execute(
        update(ConversationRow)
        .where(
            ConversationRow.id == revision.conversation_id,
            ConversationRow.status == ConversationStatus.READY.value,
            latest_revision_id(revision.conversation_id) == revision.id,
        )
        .values(status=status.value, updated_at=at)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result) == 1


def insert_revision(session: Session, revision: NewRevision, now: datetime) -> RevisionRow:
    latest = session.scalar(
        select(func.max(RevisionRow.number)).where(RevisionRow.conversation_id == revision.conversation_id)
    )
    channel_id, received_at = session.execute(
        select(ConversationRow.channel_id, ConversationRow.created_at).where(
            ConversationRow.id == revision.conversation_id
        )
    ).one()
    row = RevisionRow(
        conversation_id=revision.conversation_id,
        number=(latest or 0) + 1,
        kind=revision.kind.value,
        model_id=revision.model_id,
        prompt_version=revision.prompt_version,
        prompt_hash=revision.prompt_hash,
        text=revision.text,
        message_id=revision.message_id,
        input_tokens=revision.input_tokens,
        output_tokens=revision.output_tokens,
        latency_ms=revision.latency_ms,
        created_at=now,
        author_user_id=revision.author_user_id,
        instruction_id=revision.instruction_id,
        cost_eur=revision.cost_eur,
        channel_id=channel_id,
        review_received_at=received_at,
        grounding_sources=list(revision.sources) or None,
    )
    session.add(row)
    session.flush()
    return row


def insert_job(
    session: Session,
    conversation_id: int,
    kind: JobKind,
    model_id: str,
    now: datetime,
    instruction_id: int | None,
    message_id: str | None = None,
) -> None:
    session.add(
        JobRow(
            kind=kind.value,
            conversation_id=conversation_id,
            model_id=model_id,
            status=JobStatus.PENDING.value,
            attempts=0,
            run_after=now,
            created_at=now,
            updated_at=now,
            instruction_id=instruction_id,
            message_id=message_id,
        )
    )


def store_vault(session: Session, conversation_id: int, vault: SealedVault) -> bool:
    """Replace the vault if it is still at `vault.version`; False if someone extended it meanwhile."""
    result = session.execute(
        update(VaultRow)
        .where(VaultRow.conversation_id == conversation_id, VaultRow.version == vault.version)
        .values(sealed=vault.sealed, version=vault.version + 1)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result) == 1
