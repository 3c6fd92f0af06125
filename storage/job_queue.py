"""`bot.ports.repository.JobQueue` on SQLAlchemy: claims with leases, one job at a time per conversation, retries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.domain import AuditEvent, ConversationStatus, Job, JobKind, JobStatus, NewRevision, Platform, Revision
from bot.ports.models import ModelAttempt
from storage.database import READ_ONLY, Database, rows_changed
from storage.mapping import audit_row, job_of, revision_of
from storage.tables import ConversationRow, JobRow, ModelAttemptRow
from storage.writes import Dropped, insert_job, insert_revision, latest_revision_id

_OPEN = (JobStatus.PENDING.value, JobStatus.RUNNING.value)


def _others_open(session: Session, job_id: int, conversation_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(JobRow)
            .where(JobRow.conversation_id == conversation_id, JobRow.id != job_id, JobRow.status.in_(_OPEN))
        )
    )


class SqlJobQueue:
    def __init__(self, database: Database) -> None:
        self._db = database

    def claim_job(
        self, worker: str, now: datetime, lease_seconds: int, platforms: frozenset[Platform] | None = None
    ) -> Job | None:
        other = aliased(JobRow)
        busy = exists().where(
            other.conversation_id == JobRow.conversation_id,
            other.id != JobRow.id,
            other.status == JobStatus.RUNNING.value,
            other.lease_until >= now,
        )
        claimable = or_(
            and_(JobRow.status == JobStatus.PENDING.value, JobRow.run_after <= now, ~busy),
            and_(JobRow.status == JobStatus.RUNNING.value, JobRow.lease_until < now),
        )
        if platforms is not None:  # a primary-key probe per candidate job: no index beyond the conversations' own
            served = [platform.value for platform in sorted(platforms)]
            claimable = and_(
                claimable,
                exists().where(ConversationRow.id == JobRow.conversation_id, ConversationRow.platform.in_(served)),
            )
        with self._db.engine.connect().execution_options(**{READ_ONLY: True}) as connection:
            if connection.scalar(select(JobRow.id).where(claimable).limit(1)) is None:
                return None  # an idle poll takes no write lock (on SQLite, acks' inbox writes would queue behind it)
        with self._db.sessions.begin() as session:
            query = select(JobRow).where(claimable).order_by(JobRow.id).limit(1)
            if self._db.skip_locked:
                query = query.with_for_update(skip_locked=True, of=JobRow)
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
            if rows_changed(claimed) != 1:
                return None
            session.refresh(row)
            return job_of(row)

    def get_job(self, job_id: int) -> Job | None:
        with self._db.sessions() as session:
            row = session.get(JobRow, job_id)
            return job_of(row) if row else None

    def extend_lease(self, job: Job, until: datetime) -> bool:
        with self._db.sessions.begin() as session:
            result = session.execute(
                update(JobRow)
                .where(JobRow.id == job.id, JobRow.status == JobStatus.RUNNING.value, JobRow.worker == job.worker)
                .values(lease_until=until)
                .execution_options(synchronize_session=False)
            )
            return rows_changed(result) == 1

    def release_job(self, job: Job) -> None:
        with self._db.sessions.begin() as session:
            session.execute(
                update(JobRow)
                .where(JobRow.id == job.id, JobRow.status == JobStatus.RUNNING.value, JobRow.worker == job.worker)
                .values(status=JobStatus.PENDING.value, lease_until=None, attempts=JobRow.attempts - 1)
                .execution_options(synchronize_session=False)
            )

    def set_job_message(self, job_id: int, message_id: str) -> None:
        with self._db.sessions.begin() as session:
            session.execute(update(JobRow).where(JobRow.id == job_id).values(message_id=message_id))

    def complete_job(self, job: Job, revision: NewRevision, audit: AuditEvent) -> Revision | None:
        now = self._db.now()
        try:
            with self._db.sessions.begin() as session:
                held = session.execute(
                    update(JobRow)
                    .where(JobRow.id == job.id, JobRow.status == JobStatus.RUNNING.value, JobRow.worker == job.worker)
                    .values(updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                more = _others_open(session, job.id, revision.conversation_id)
                status = ConversationStatus.DRAFTING if more else ConversationStatus.READY
                reopened = session.execute(
                    update(ConversationRow)
                    .where(
                        ConversationRow.id == revision.conversation_id,
                        ConversationRow.status != ConversationStatus.APPROVED.value,
                    )
                    .values(status=status.value, model_id=revision.model_id, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if rows_changed(held) != 1 or rows_changed(reopened) != 1:
                    raise Dropped
                row = insert_revision(session, revision, now)
                session.execute(update(JobRow).where(JobRow.id == job.id).values(revision_id=row.id))
                session.add(audit_row(audit, now, revision.conversation_id))
                return revision_of(row)
        except Dropped:
            return None

    def finish_delivery(self, job: Job) -> bool:
        with self._db.sessions.begin() as session:
            finished = session.execute(
                update(JobRow)
                .where(JobRow.id == job.id, JobRow.status == JobStatus.RUNNING.value, JobRow.worker == job.worker)
                .values(status=JobStatus.DONE.value, lease_until=None, updated_at=self._db.now())
            )
            return rows_changed(finished) == 1

    def retry_job(self, job_id: int, run_after: datetime, error: str) -> None:
        with self._db.sessions.begin() as session:
            session.execute(
                update(JobRow)
                .where(JobRow.id == job_id)
                .values(status=JobStatus.PENDING.value, run_after=run_after, lease_until=None, last_error=error)
            )

    def fail_job(self, job_id: int, error: str, audit: AuditEvent) -> None:
        now = self._db.now()
        with self._db.sessions.begin() as session:
            job = session.get(JobRow, job_id)
            if job is None:
                return
            job.status = JobStatus.FAILED.value
            job.lease_until = None
            job.last_error = error
            job.updated_at = now
            if not _others_open(session, job.id, job.conversation_id):
                has_draft = session.scalar(latest_revision_id(job.conversation_id).exists().select())
                status = ConversationStatus.READY if has_draft else ConversationStatus.FAILED
                session.execute(
                    update(ConversationRow)
                    .where(
                        ConversationRow.id == job.conversation_id,
                        ConversationRow.status == ConversationStatus.DRAFTING.value,
                    )
                    .values(status=status.value, updated_at=now)
                )
            session.add(audit_row(audit, now))

    def retry_failed_job(self, job_id: int, model_id: str, audit: AuditEvent) -> bool:
        now = self._db.now()
        try:
            with self._db.sessions.begin() as session:
                failed = session.get(JobRow, job_id)
                retired = session.execute(
                    update(JobRow)
                    .where(JobRow.id == job_id, JobRow.status == JobStatus.FAILED.value)
                    .values(status=JobStatus.RETRIED.value, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if failed is None or rows_changed(retired) != 1:
                    raise Dropped
                self._mark_drafting(session, failed.conversation_id, now)
                kind = JobKind(failed.kind)
                if model_id != failed.model_id and kind is JobKind.REGENERATION:
                    kind = JobKind.MODEL_SWITCH
                # The failure message becomes the new attempt's progress message.
                insert_job(
                    session, failed.conversation_id, kind, model_id, now, failed.instruction_id, failed.message_id
                )
                session.add(audit_row(audit, now))
                return True
        except Dropped:
            return False

    def failure_messages(self, conversation_id: int) -> list[str]:
        with self._db.sessions() as session:
            return [
                str(message_id)
                for message_id in session.scalars(
                    select(JobRow.message_id)
                    .where(
                        JobRow.conversation_id == conversation_id,
                        JobRow.status == JobStatus.FAILED.value,
                        JobRow.message_id.is_not(None),
                    )
                    .order_by(JobRow.id)
                )
            ]

    def record_attempts(self, job: Job, model_id: str, attempts: Sequence[ModelAttempt]) -> None:
        if not attempts:
            return
        now = self._db.now()
        with self._db.sessions.begin() as session:
            session.add_all(
                ModelAttemptRow(
                    conversation_id=job.conversation_id,
                    job_id=job.id,
                    model_id=model_id,
                    latency_ms=attempt.latency_ms,
                    input_tokens=attempt.input_tokens,
                    output_tokens=attempt.output_tokens,
                    error=attempt.error,
                    created_at=now,
                )
                for attempt in attempts
            )

    @staticmethod
    def _mark_drafting(session: Session, conversation_id: int, now: datetime) -> None:
        """Move a ready or failed conversation to drafting; an approved one refuses (Dropped)."""
        moved = session.execute(
            update(ConversationRow)
            .where(
                ConversationRow.id == conversation_id,
                ConversationRow.status.in_(
                    [ConversationStatus.READY.value, ConversationStatus.FAILED.value, ConversationStatus.DRAFTING.value]
                ),
            )
            .values(status=ConversationStatus.DRAFTING.value, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if rows_changed(moved) != 1:
            raise Dropped
