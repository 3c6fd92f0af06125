"""`bot.ports.repository.ConversationStore` on SQLAlchemy: each change is one transaction, guarded by the database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.domain import (
    Approval,
    AuditEvent,
    AuditKind,
    Conversation,
    ConversationStatus,
    Instruction,
    JobKind,
    NewRevision,
    Revision,
)
from bot.ports.repository import InstructionOutcome, NewConversation, NewInstruction, PurgeReport, SealedVault
from storage.approvals import SqlApprovals
from storage.database import Database, rows_changed
from storage.mapping import audit_row, conversation_of, instruction_of, revision_of
from storage.purge import delete_conversations, purge
from storage.tables import AuditEventRow, ConversationRow, InstructionRow, RevisionRow, VaultRow
from storage.writes import Dropped, insert_job, insert_revision, latest_revision_id, revision_still_current, store_vault


class _Refused(Exception):
    def __init__(self, outcome: InstructionOutcome) -> None:
        self.outcome = outcome


class SqlConversationStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._approvals = SqlApprovals(database)

    def create_conversation(self, new: NewConversation, audit: AuditEvent) -> Conversation | None:
        now = self._db.now()
        review = new.review
        row = ConversationRow(
            platform=review.platform.value,
            team_id=review.team_id,
            channel_id=review.channel_id,
            review_message_id=review.message_id,
            thread_id=review.thread_id,
            source=review.source.value,
            requested_by=review.user_id,
            review=new.pseudonymised,
            masked_counts=dict(new.masked_counts),
            status=(
                ConversationStatus.DRAFTING if new.start_drafting else ConversationStatus.AWAITING_CONFIRMATION
            ).value,
            model_id=new.model_id,
            created_at=now,
            updated_at=now,
        )
        try:
            with self._db.sessions.begin() as session:
                session.add(row)
                session.flush()
                session.add(VaultRow(conversation_id=row.id, sealed=new.sealed_vault, expires_at=new.vault_expires_at))
                if new.start_drafting:
                    insert_job(session, row.id, JobKind.DRAFT, new.model_id, now, None)
                session.add(audit_row(audit, now, row.id))
        except IntegrityError:
            return None
        return conversation_of(row)

    def get_conversation(self, conversation_id: int) -> Conversation | None:
        with self._db.sessions() as session:
            row = session.get(ConversationRow, conversation_id)
            return conversation_of(row) if row else None

    def find_conversation(self, channel_id: str, thread_id: str) -> Conversation | None:
        with self._db.sessions() as session:
            row = session.scalars(
                select(ConversationRow)
                .where(ConversationRow.channel_id == channel_id, ConversationRow.thread_id == thread_id)
                .order_by(ConversationRow.id)
                .limit(1)
            ).first()
            return conversation_of(row) if row else None

    def load_vault(self, conversation_id: int, now: datetime) -> SealedVault | None:
        with self._db.sessions() as session:
            row = session.get(VaultRow, conversation_id)
            if row is None or row.expires_at <= now:
                return None
            return SealedVault(row.sealed, row.version)

    def add_instruction(
        self, conversation_id: int, instruction: NewInstruction, vault: SealedVault, audit: AuditEvent
    ) -> InstructionOutcome:
        now = self._db.now()
        try:
            with self._db.sessions.begin() as session:
                conversation = session.get(ConversationRow, conversation_id)
                if conversation is None or conversation.status == ConversationStatus.APPROVED.value:
                    raise _Refused(InstructionOutcome.APPROVED)
                waiting = conversation.status == ConversationStatus.AWAITING_CONFIRMATION.value
                if not store_vault(session, conversation_id, vault):
                    raise _Refused(InstructionOutcome.VAULT_CHANGED)
                row = InstructionRow(
                    conversation_id=conversation_id,
                    channel_id=instruction.channel_id,
                    message_id=instruction.message_id,
                    user_id=instruction.user_id,
                    text=instruction.text,
                    created_at=now,
                )
                session.add(row)
                session.flush()
                session.add(audit_row(audit, now, conversation_id))
                if waiting:  # kept: start_drafting queues it after the first draft
                    return InstructionOutcome.NOT_STARTED
                conversation.status = ConversationStatus.DRAFTING.value
                conversation.updated_at = now
                insert_job(session, conversation_id, JobKind.REFINEMENT, conversation.model_id, now, row.id)
        except _Refused as refused:
            return refused.outcome
        except IntegrityError:
            return InstructionOutcome.DUPLICATE
        return InstructionOutcome.QUEUED

    def get_instruction(self, instruction_id: int) -> Instruction | None:
        with self._db.sessions() as session:
            row = session.get(InstructionRow, instruction_id)
            return instruction_of(row) if row else None

    def history(self, conversation_id: int) -> list[tuple[Revision, Instruction | None]]:
        with self._db.sessions() as session:
            rows = session.execute(
                select(RevisionRow, InstructionRow)
                .outerjoin(InstructionRow, RevisionRow.instruction_id == InstructionRow.id)
                .where(RevisionRow.conversation_id == conversation_id)
                .order_by(RevisionRow.number)
            ).all()
            return [(revision_of(rev), instruction_of(ins) if ins else None) for rev, ins in rows]

    def request_redraft(self, revision: Revision, kind: JobKind, model_id: str, audit: AuditEvent) -> bool:
        now = self._db.now()
        try:
            with self._db.sessions.begin() as session:
                moved = session.execute(
                    update(ConversationRow)
                    .where(
                        ConversationRow.id == revision.conversation_id,
                        ConversationRow.status == ConversationStatus.READY.value,
                        latest_revision_id(revision.conversation_id) == revision.id,
                    )
                    .values(status=ConversationStatus.DRAFTING.value, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if rows_changed(moved) != 1:
                    raise Dropped
                insert_job(session, revision.conversation_id, kind, model_id, now, None)
                session.add(audit_row(audit, now))
                return True
        except Dropped:
            return False

    def start_drafting(self, conversation_id: int, audit: AuditEvent) -> bool:
        now = self._db.now()
        with self._db.sessions.begin() as session:
            moved = session.execute(
                update(ConversationRow)
                .where(
                    ConversationRow.id == conversation_id,
                    ConversationRow.status == ConversationStatus.AWAITING_CONFIRMATION.value,
                )
                .values(status=ConversationStatus.DRAFTING.value, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if rows_changed(moved) != 1:
                return False
            conversation = session.get(ConversationRow, conversation_id)
            assert conversation is not None
            insert_job(session, conversation_id, JobKind.DRAFT, conversation.model_id, now, None)
            kept = session.scalars(  # instructions sent before the agreement, applied in order after the draft
                select(InstructionRow.id)
                .where(InstructionRow.conversation_id == conversation_id)
                .order_by(InstructionRow.id)
            ).all()
            for instruction_id in kept:
                insert_job(session, conversation_id, JobKind.REFINEMENT, conversation.model_id, now, instruction_id)
            session.add(audit_row(audit, now, conversation_id))
            return True

    def add_manual_revision(
        self, base: Revision, revision: NewRevision, vault: SealedVault, audit: AuditEvent
    ) -> Revision | None:
        now = self._db.now()
        try:
            with self._db.sessions.begin() as session:
                current = revision_still_current(session, base, now)
                if not current or not store_vault(session, base.conversation_id, vault):
                    raise Dropped
                row = insert_revision(session, revision, now)
                session.add(audit_row(audit, now, base.conversation_id))
                return revision_of(row)
        except Dropped:
            return None

    def set_revision_message(self, revision_id: int, message_id: str) -> None:
        with self._db.sessions.begin() as session:
            session.execute(update(RevisionRow).where(RevisionRow.id == revision_id).values(message_id=message_id))

    def get_revision(self, revision_id: int) -> Revision | None:
        with self._db.sessions() as session:
            row = session.get(RevisionRow, revision_id)
            return revision_of(row) if row else None

    def revision_at(self, channel_id: str, message_id: str) -> Revision | None:
        with self._db.sessions() as session:
            row = session.scalars(
                select(RevisionRow).where(RevisionRow.channel_id == channel_id, RevisionRow.message_id == message_id)
            ).first()
            return revision_of(row) if row else None

    def current_revision(self, conversation_id: int) -> Revision | None:
        with self._db.sessions() as session:
            row = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.conversation_id == conversation_id)
                .order_by(RevisionRow.number.desc())
                .limit(1)
            ).first()
            return revision_of(row) if row else None

    def get_approval(self, conversation_id: int) -> Approval | None:
        return self._approvals.get_approval(conversation_id)

    def approve(
        self, revision: Revision, user_id: str, at: datetime, audit: AuditEvent, *also: AuditEvent
    ) -> Approval | None:
        conversation = self.get_conversation(revision.conversation_id)
        if conversation is None:
            return None
        return self._approvals.approve(conversation, revision, user_id, at, audit, *also)

    def dismiss(self, conversation_id: int, audit: AuditEvent) -> bool:
        now = self._db.now()
        with self._db.sessions.begin() as session:
            kept = session.execute(
                update(ConversationRow)
                .where(
                    ConversationRow.id == conversation_id, ConversationRow.status != ConversationStatus.APPROVED.value
                )
                .values(updated_at=now)
                .execution_options(synchronize_session=False)
            )  # locks the row, so that an approval cannot slip in between
            if rows_changed(kept) != 1:
                return False
            delete_conversations(session, [conversation_id])
            session.add(audit_row(audit, now, conversation_id))
            return True

    def take_over(self, conversation_id: int, user_id: str, audit: AuditEvent) -> Conversation | None:
        now = self._db.now()
        with self._db.sessions.begin() as session:
            taken = session.execute(
                update(ConversationRow)
                .where(
                    ConversationRow.id == conversation_id,
                    ConversationRow.taken_by.is_(None),
                    ConversationRow.status != ConversationStatus.APPROVED.value,
                )
                .values(taken_by=user_id, updated_at=now)
                .execution_options(synchronize_session=False)
            )  # one statement: of two clicks at once, the second finds the row taken
            if rows_changed(taken) == 1:
                session.add(audit_row(audit, now, conversation_id))
            row = session.get(ConversationRow, conversation_id, populate_existing=True)
            return conversation_of(row) if row else None

    def record_audit(self, event: AuditEvent) -> None:
        with self._db.sessions.begin() as session:
            session.add(audit_row(event, self._db.now()))

    def count_actions(self, actor: str, kinds: Sequence[AuditKind], since: datetime) -> int:
        with self._db.sessions() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(AuditEventRow)
                    .where(
                        AuditEventRow.at >= since,
                        AuditEventRow.actor == actor,
                        AuditEventRow.kind.in_([kind.value for kind in kinds]),
                    )
                )
                or 0
            )

    def purge(self, created_before: datetime, now: datetime, batch_size: int) -> PurgeReport:
        return purge(self._db.sessions, created_before, now, batch_size)
