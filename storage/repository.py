"""`bot.ports.Repository` on SQLAlchemy: every state change is one transaction, guarded by the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.domain import (
    Approval,
    AuditEvent,
    Conversation,
    ConversationStatus,
    Job,
    JobKind,
    JobStatus,
    NewRevision,
    Revision,
)
from bot.ports import NewConversation
from storage.mapping import approval_of, audit_row, conversation_of, revision_of
from storage.tables import ApprovalRow, ConversationRow, JobRow, RevisionRow, VaultRow


class _Dropped(Exception):
    """Raised inside a transaction to roll it back and store nothing."""


class SqlRepository:
    """Implements `bot.ports.Repository`."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._skip_locked = engine.dialect.name == "postgresql"
        self._now = clock

    def create_conversation(self, new: NewConversation, audit: AuditEvent) -> Conversation | None:
        now = self._now()
        review = new.review
        row = ConversationRow(
            team_id=review.team_id,
            channel_id=review.channel_id,
            review_ts=review.message_ts,
            thread_ts=review.thread_ts,
            source=review.source.value,
            requested_by=review.user_id,
            review=new.pseudonymised,
            masked_counts=dict(new.masked_counts),
            status=ConversationStatus.DRAFTING.value,
            model_id=new.model_id,
            created_at=now,
            updated_at=now,
        )
        try:
            with self._sessions.begin() as session:
                session.add(row)
                session.flush()
                session.add(VaultRow(conversation_id=row.id, sealed=new.sealed_vault, expires_at=new.vault_expires_at))
                session.add(
                    JobRow(
                        kind=JobKind.DRAFT.value,
                        conversation_id=row.id,
                        model_id=new.model_id,
                        status=JobStatus.PENDING.value,
                        attempts=0,
                        run_after=now,
                        created_at=now,
                        updated_at=now,
                    )
                )
                session.add(audit_row(audit, now, row.id))
        except IntegrityError:
            return None
        return conversation_of(row)

    def get_conversation(self, conversation_id: int) -> Conversation | None:
        with self._sessions() as session:
            row = session.get(ConversationRow, conversation_id)
            return conversation_of(row) if row else None

    def load_sealed_vault(self, conversation_id: int, now: datetime) -> bytes | None:
        with self._sessions() as session:
            row = session.get(VaultRow, conversation_id)
            if row is None or row.expires_at <= now:
                return None
            return row.sealed

    def claim_job(self, worker: str, now: datetime, lease_seconds: int) -> Job | None:
        claimable = or_(
            and_(JobRow.status == JobStatus.PENDING.value, JobRow.run_after <= now),
            and_(JobRow.status == JobStatus.RUNNING.value, JobRow.lease_until < now),
        )
        with self._sessions.begin() as session:
            query = select(JobRow).where(claimable).order_by(JobRow.id).limit(1)
            if self._skip_locked:
                query = query.with_for_update(skip_locked=True)
            row = session.scalars(query).first()
            if row is None:
                return None
            claimed = session.execute(
                update(JobRow)
                .where(JobRow.id == row.id, claimable)
                .values(
                    status=JobStatus.RUNNING.value,
                    worker=worker,
                    lease_until=now + timedelta(seconds=lease_seconds),
                    attempts=JobRow.attempts + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return None
            return Job(
                row.id, JobKind(row.kind), row.conversation_id, row.model_id, row.attempts + 1, row.message_ts, worker
            )

    def set_job_message(self, job_id: int, message_ts: str) -> None:
        with self._sessions.begin() as session:
            session.execute(update(JobRow).where(JobRow.id == job_id).values(message_ts=message_ts))

    def complete_job(self, job: Job, revision: NewRevision, audit: AuditEvent) -> Revision | None:
        now = self._now()
        try:
            with self._sessions.begin() as session:
                finished = session.execute(
                    update(JobRow)
                    .where(JobRow.id == job.id, JobRow.status == JobStatus.RUNNING.value, JobRow.worker == job.worker)
                    .values(status=JobStatus.DONE.value, lease_until=None, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                reopened = session.execute(
                    update(ConversationRow)
                    .where(
                        ConversationRow.id == revision.conversation_id,
                        ConversationRow.status != ConversationStatus.APPROVED.value,
                    )
                    .values(status=ConversationStatus.READY.value, model_id=revision.model_id, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if finished.rowcount != 1 or reopened.rowcount != 1:  # type: ignore[attr-defined]
                    raise _Dropped
                latest = session.scalar(
                    select(func.max(RevisionRow.number)).where(RevisionRow.conversation_id == revision.conversation_id)
                )
                number = (latest or 0) + 1
                row = RevisionRow(
                    conversation_id=revision.conversation_id,
                    number=number,
                    kind=revision.kind.value,
                    model_id=revision.model_id,
                    prompt_version=revision.prompt_version,
                    prompt_hash=revision.prompt_hash,
                    text=revision.text,
                    message_ts=revision.message_ts,
                    input_tokens=revision.input_tokens,
                    output_tokens=revision.output_tokens,
                    latency_ms=revision.latency_ms,
                    created_at=now,
                )
                session.add(row)
                session.flush()
                session.add(audit_row(audit, now, revision.conversation_id))
                return revision_of(row)
        except _Dropped:
            return None

    def retry_job(self, job_id: int, run_after: datetime, error: str) -> None:
        with self._sessions.begin() as session:
            session.execute(
                update(JobRow)
                .where(JobRow.id == job_id)
                .values(status=JobStatus.PENDING.value, run_after=run_after, lease_until=None, last_error=error)
            )

    def fail_job(self, job_id: int, error: str, audit: AuditEvent) -> None:
        now = self._now()
        with self._sessions.begin() as session:
            job = session.get(JobRow, job_id)
            if job is None:
                return
            job.status = JobStatus.FAILED.value
            job.lease_until = None
            job.last_error = error
            job.updated_at = now
            session.execute(
                update(ConversationRow)
                .where(
                    ConversationRow.id == job.conversation_id,
                    ConversationRow.status == ConversationStatus.DRAFTING.value,
                )
                .values(status=ConversationStatus.FAILED.value, updated_at=now)
            )
            session.add(audit_row(audit, now))

    def get_revision(self, revision_id: int) -> Revision | None:
        with self._sessions() as session:
            row = session.get(RevisionRow, revision_id)
            return revision_of(row) if row else None

    def current_revision(self, conversation_id: int) -> Revision | None:
        with self._sessions() as session:
            row = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.conversation_id == conversation_id)
                .order_by(RevisionRow.number.desc())
                .limit(1)
            ).first()
            return revision_of(row) if row else None

    def get_approval(self, conversation_id: int) -> Approval | None:
        with self._sessions() as session:
            row = session.scalars(select(ApprovalRow).where(ApprovalRow.conversation_id == conversation_id)).first()
            return approval_of(row) if row else None

    def approve(self, revision: Revision, user_id: str, at: datetime, audit: AuditEvent) -> Approval | None:
        try:
            with self._sessions.begin() as session:
                if not self._freeze(session, revision, at):
                    return None
                row = ApprovalRow(
                    conversation_id=revision.conversation_id,
                    revision_id=revision.id,
                    user_id=user_id,
                    model_id=revision.model_id,
                    approved_at=at,
                )
                session.add(row)
                session.add(audit_row(audit, at))
                session.flush()
                return approval_of(row)
        except IntegrityError:
            return None

    @staticmethod
    def _freeze(session: Session, revision: Revision, at: datetime) -> bool:
        """Move the conversation to approved only if it is ready and `revision` is still its latest."""
        latest = (
            select(RevisionRow.id)
            .where(RevisionRow.conversation_id == revision.conversation_id)
            .order_by(RevisionRow.number.desc())
            .limit(1)
            .scalar_subquery()
        )
        result = session.execute(
            update(ConversationRow)
            .where(
                ConversationRow.id == revision.conversation_id,
                ConversationRow.status == ConversationStatus.READY.value,
                latest == revision.id,
            )
            .values(status=ConversationStatus.APPROVED.value, updated_at=at)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    def record_audit(self, event: AuditEvent) -> None:
        with self._sessions.begin() as session:
            session.add(audit_row(event, self._now()))
