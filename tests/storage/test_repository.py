"""SqlRepository against a migrated database: SQLite always, the local PostgreSQL when it answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.domain import (
    Approval,
    AuditKind,
    ConversationStatus,
    IntakeSource,
    JobKind,
    JobStatus,
    RevisionKind,
)
from bot.ports.repository import SealedVault
from storage.repository import SqlRepository
from storage.tables import JobRow
from tests.fakes.store import add_pending_job
from tests.storage.records import (
    LEASE,
    MODEL,
    T0,
    FakeClock,
    all_at_once,
    assert_utc,
    conversation_row,
    count,
    job_row,
    make_audit,
    make_new_conversation,
    make_new_revision,
    next_revision,
    ready,
    start,
)

# --- create_conversation -----------------------------------------------------------------------------------------


def test_create_conversation_stores_conversation_vault_job_and_audit(engine: Engine, repo: SqlRepository) -> None:
    """One call stores the conversation, its sealed vault, a pending draft job and one audit line."""
    conversation = start(repo)

    assert conversation.channel_id == "C0FEEDBACK"
    assert conversation.review_message_id == conversation.thread_id == "1767000000.000001"
    assert conversation.source is IntakeSource.CHANNEL
    assert conversation.requested_by == "U0AGENT"
    assert conversation.review == "Avis numéro 1, appelez [PERSONNE_1] au [TELEPHONE_1]"
    assert conversation.masked_counts == {"PERSONNE": 1, "TELEPHONE": 1}
    assert conversation.status is ConversationStatus.DRAFTING
    assert conversation.model_id == MODEL
    assert repo.conversations.get_conversation(conversation.id) == conversation

    assert repo.conversations.load_vault(conversation.id, T0) == SealedVault(b"sealed-vault-bytes", 1)
    assert count(engine, "vaults") == 1

    assert count(engine, "jobs") == 1
    with Session(engine) as session:
        job = session.scalars(select(JobRow)).one()
    assert job.conversation_id == conversation.id
    assert job.kind == JobKind.DRAFT.value
    assert job.status == JobStatus.PENDING.value
    assert job.attempts == 0
    assert job.model_id == MODEL
    assert job.run_after == T0

    assert count(engine, "audit_events") == 1
    assert (
        count(
            engine,
            "audit_events",
            "kind = :kind AND conversation_id = :cid",
            kind="review_received",
            cid=conversation.id,
        )
        == 1
    )


def test_create_conversation_twice_for_same_message_returns_none(engine: Engine, repo: SqlRepository) -> None:
    """A redelivered review (same channel and ts) is refused and leaves no row behind."""
    start(repo)

    again = repo.conversations.create_conversation(make_new_conversation(1), make_audit(AuditKind.REVIEW_RECEIVED))

    assert again is None
    for table in ("conversations", "vaults", "jobs", "audit_events"):
        assert count(engine, table) == 1, table


def test_create_conversation_same_ts_in_another_channel_is_new(engine: Engine, repo: SqlRepository) -> None:
    """Uniqueness is per (channel, ts): the same ts in another channel is another review."""
    start(repo)

    other = repo.conversations.create_conversation(
        make_new_conversation(1, channel_id="C0OTHER"), make_audit(AuditKind.REVIEW_RECEIVED)
    )

    assert other is not None
    assert count(engine, "conversations") == 2
    assert count(engine, "jobs") == 2


# --- claim_job ---------------------------------------------------------------------------------------------------


def test_claim_job_claims_a_pending_job_once(engine: Engine, repo: SqlRepository) -> None:
    """The pending job goes to the first worker, with one attempt counted; a second claim gets nothing."""
    conversation = start(repo)

    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None
    assert job.kind is JobKind.DRAFT
    assert job.conversation_id == conversation.id
    assert job.model_id == MODEL
    assert job.attempts == 1
    assert job.message_id is None

    assert repo.jobs.claim_job("worker-b", T0, LEASE) is None

    row = job_row(engine, job.id)
    assert row.status == JobStatus.RUNNING.value
    assert row.worker == "worker-a"
    assert row.attempts == 1
    assert row.lease_until == T0 + timedelta(seconds=LEASE)


def test_claim_job_waits_for_run_after(repo: SqlRepository) -> None:
    """A job whose run_after is still in the future is not handed out."""
    start(repo)

    assert repo.jobs.claim_job("worker-a", T0 - timedelta(seconds=1), LEASE) is None
    assert repo.jobs.claim_job("worker-a", T0, LEASE) is not None


def test_claim_job_reclaims_a_running_job_whose_lease_expired(engine: Engine, repo: SqlRepository) -> None:
    """A worker that died mid-job loses it once its lease is over; the next claim counts a second attempt."""
    start(repo)
    first = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert first is not None
    repo.jobs.set_job_message(first.id, "1767000001.000100")

    assert repo.jobs.claim_job("worker-b", T0 + timedelta(seconds=LEASE - 1), LEASE) is None

    later = T0 + timedelta(seconds=LEASE + 1)
    second = repo.jobs.claim_job("worker-b", later, LEASE)
    assert second is not None
    assert second.id == first.id
    assert second.attempts == 2
    assert second.message_id == "1767000001.000100"

    row = job_row(engine, first.id)
    assert row.worker == "worker-b"
    assert row.lease_until == later + timedelta(seconds=LEASE)


def test_concurrent_claims_give_each_job_to_exactly_one_worker(engine: Engine, repo: SqlRepository) -> None:
    """8 threads racing for 5 jobs: every job is claimed, and by one worker only."""
    for n in range(1, 6):
        start(repo, n)
    with Session(engine) as session:
        job_ids = sorted(session.scalars(select(JobRow.id)).all())
    assert len(job_ids) == 5

    def drain(worker: int) -> list[int]:
        claimed: list[int] = []
        while (job := repo.jobs.claim_job(f"worker-{worker}", T0, LEASE)) is not None:
            claimed.append(job.id)
        return claimed

    per_worker = all_at_once(8, drain)

    claimed = [job_id for ids in per_worker for job_id in ids]
    assert sorted(claimed) == job_ids
    assert count(engine, "jobs", "status = 'running' AND attempts = 1") == 5


# --- complete_job and current_revision ---------------------------------------------------------------------------


def test_complete_job_numbers_revisions_and_marks_ready(engine: Engine, repo: SqlRepository, clock: FakeClock) -> None:
    """Revisions are numbered 1, 2 per conversation; the job is done, the conversation READY."""
    conversation, job, first = ready(repo)

    assert first.number == 1
    assert first.conversation_id == conversation.id
    assert first.kind is RevisionKind.DRAFT
    assert first.text == "Bonjour [PERSONNE_1],"
    assert first.input_tokens == 321 and first.output_tokens == 123 and first.latency_ms == 1500
    row = job_row(engine, job.id)
    assert row.status == JobStatus.DONE.value
    assert row.lease_until is None
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.READY
    assert repo.conversations.current_revision(conversation.id) == first

    clock.now = T0 + timedelta(minutes=2)
    second = next_revision(engine, repo, conversation, kind=RevisionKind.REGENERATION, text_="Madame, Monsieur,")

    assert second.number == 2
    assert second.id != first.id
    assert repo.conversations.current_revision(conversation.id) == second
    assert repo.conversations.get_revision(first.id) == first
    assert count(engine, "revisions", "conversation_id = :cid", cid=conversation.id) == 2
    assert (
        count(engine, "audit_events", "kind = 'revision_created' AND conversation_id = :cid", cid=conversation.id) == 2
    )


def test_a_worker_whose_lease_was_taken_over_stores_nothing(engine: Engine, repo: SqlRepository) -> None:
    """The late result of a worker presumed dead is dropped; the worker holding the lease completes the job."""
    conversation = start(repo)
    stale = repo.jobs.claim_job("worker-a", T0, LEASE)
    current = repo.jobs.claim_job("worker-b", T0 + timedelta(seconds=LEASE + 1), LEASE)
    assert stale is not None and current is not None and stale.id == current.id

    late = repo.jobs.complete_job(stale, make_new_revision(conversation.id), make_audit(AuditKind.REVISION_CREATED))

    assert late is None
    assert count(engine, "revisions") == 0
    assert count(engine, "audit_events", "kind = 'revision_created'") == 0
    done = repo.jobs.complete_job(current, make_new_revision(conversation.id), make_audit(AuditKind.REVISION_CREATED))
    assert done is not None and done.number == 1


def test_a_late_job_never_reopens_an_approved_conversation(engine: Engine, repo: SqlRepository) -> None:
    """Once approved, a conversation stays frozen whatever job finishes afterwards."""
    conversation, _, revision = ready(repo)
    add_pending_job(engine, conversation.id, T0)
    job = repo.jobs.claim_job("worker-b", T0, LEASE)
    assert job is not None
    assert (
        repo.conversations.approve(revision, "U0LEAD", T0, make_audit(AuditKind.APPROVED, conversation.id)) is not None
    )

    late = repo.jobs.complete_job(job, make_new_revision(conversation.id), make_audit(AuditKind.REVISION_CREATED))

    assert late is None
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.APPROVED
    assert count(engine, "revisions") == 1


def test_revision_numbers_are_unique_per_conversation(engine: Engine, repo: SqlRepository) -> None:
    """The database itself refuses a second revision with the same number in one conversation."""
    conversation, _job, _first = ready(repo)

    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO revisions (conversation_id, number, kind, model_id, prompt_version, prompt_hash,"
                " text, latency_ms, created_at) VALUES (:cid, 1, 'draft', 'm', 'v', 'h', 't', 1, :at)"
            ),
            {"cid": conversation.id, "at": T0},
        )
    assert count(engine, "revisions") == 1


def test_current_revision_is_none_before_any_draft(repo: SqlRepository) -> None:
    """A conversation still drafting has no current revision."""
    conversation = start(repo)

    assert repo.conversations.current_revision(conversation.id) is None


# --- approve -----------------------------------------------------------------------------------------------------


def test_approve_current_revision_once(engine: Engine, repo: SqlRepository) -> None:
    """The first approval of the current revision is recorded and freezes the conversation; a second is refused."""
    conversation, _job, revision = ready(repo)
    at = T0 + timedelta(minutes=5)

    approval = repo.conversations.approve(
        revision, "U0LEAD", at, make_audit(AuditKind.APPROVED, conversation.id, "U0LEAD")
    )

    assert approval == Approval(conversation.id, revision.id, "U0LEAD", MODEL, at)
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.APPROVED
    assert repo.conversations.get_approval(conversation.id) == approval

    again = repo.conversations.approve(
        revision, "U0OTHER", at, make_audit(AuditKind.APPROVED, conversation.id, "U0OTHER")
    )

    assert again is None
    assert count(engine, "approvals") == 1
    assert count(engine, "audit_events", "kind = 'approved'") == 1
    assert repo.conversations.get_approval(conversation.id) == approval


def test_approve_older_revision_returns_none(engine: Engine, repo: SqlRepository) -> None:
    """A click on a stale revision's button records nothing; the current one can still be approved."""
    conversation, _, first = ready(repo)
    second = next_revision(engine, repo, conversation, kind=RevisionKind.REFINEMENT)

    assert repo.conversations.approve(first, "U0LEAD", T0, make_audit(AuditKind.APPROVED, conversation.id)) is None
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.READY
    assert count(engine, "approvals") == 0
    assert count(engine, "audit_events", "kind = 'approved'") == 0

    approval = repo.conversations.approve(second, "U0LEAD", T0, make_audit(AuditKind.APPROVED, conversation.id))
    assert approval is not None and approval.revision_id == second.id


def test_approve_while_a_redraft_is_queued_returns_none(engine: Engine, repo: SqlRepository) -> None:
    """A revision about to be replaced (a regeneration is queued) cannot be approved, even if it is still the latest."""
    conversation, _, revision = ready(repo)
    assert repo.conversations.request_redraft(
        revision, JobKind.REGENERATION, MODEL, make_audit(AuditKind.REDRAFT_REQUESTED, conversation.id)
    )

    assert repo.conversations.approve(revision, "U0LEAD", T0, make_audit(AuditKind.APPROVED, conversation.id)) is None
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.DRAFTING
    assert count(engine, "approvals") == 0


def test_concurrent_approvals_record_exactly_one(engine: Engine, repo: SqlRepository) -> None:
    """10 agents pressing ✅ at the same moment: one Approval, one row."""
    conversation, _job, revision = ready(repo)

    results = all_at_once(
        10,
        lambda i: repo.conversations.approve(
            revision, f"U0AGENT{i}", T0, make_audit(AuditKind.APPROVED, conversation.id, f"U0AGENT{i}")
        ),
    )

    approvals = [result for result in results if result is not None]
    assert len(approvals) == 1
    assert count(engine, "approvals") == 1
    assert count(engine, "audit_events", "kind = 'approved'") == 1
    assert repo.conversations.get_approval(conversation.id) == approvals[0]


# --- vault expiry, failures, retries -----------------------------------------------------------------------------


def test_load_vault_returns_none_once_expired(repo: SqlRepository) -> None:
    """The sealed vault is readable until its expiry, and never after."""
    expires_at = T0 + timedelta(hours=1)
    conversation = repo.conversations.create_conversation(
        make_new_conversation(sealed=b"\x00secret\xff", expires_at=expires_at), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert conversation is not None

    assert repo.conversations.load_vault(conversation.id, expires_at - timedelta(seconds=1)) == SealedVault(
        b"\x00secret\xff", 1
    )
    assert repo.conversations.load_vault(conversation.id, expires_at) is None
    assert repo.conversations.load_vault(conversation.id, expires_at + timedelta(days=1)) is None
    assert repo.conversations.load_vault(conversation.id + 1000, T0) is None


def test_fail_job_marks_job_and_drafting_conversation_failed(engine: Engine, repo: SqlRepository) -> None:
    """A job that fails for good fails its still-drafting conversation, with an audit line."""
    conversation = start(repo)
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None

    repo.jobs.fail_job(job.id, "model_unavailable", make_audit(AuditKind.GENERATION_FAILED, conversation.id))

    row = job_row(engine, job.id)
    assert row.status == JobStatus.FAILED.value
    assert row.last_error == "model_unavailable"
    assert row.lease_until is None
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.FAILED
    assert (
        count(engine, "audit_events", "kind = 'generation_failed' AND conversation_id = :cid", cid=conversation.id) == 1
    )
    assert repo.jobs.claim_job("worker-b", T0 + timedelta(days=1), LEASE) is None


def test_fail_job_leaves_a_ready_conversation_ready(engine: Engine, repo: SqlRepository) -> None:
    """Only a DRAFTING conversation turns FAILED: a thread that already has a draft keeps it."""
    conversation, job, _revision = ready(repo)

    repo.jobs.fail_job(job.id, "model_unavailable", make_audit(AuditKind.GENERATION_FAILED, conversation.id))

    assert job_row(engine, job.id).status == JobStatus.FAILED.value
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.READY


def test_retry_job_puts_it_back_to_pending_after_run_after(engine: Engine, repo: SqlRepository) -> None:
    """A retried job is pending again, not claimable before run_after, then claimed with a second attempt."""
    start(repo)
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None
    run_after = T0 + timedelta(minutes=5)

    repo.jobs.retry_job(job.id, run_after, "TimeoutError")

    row = job_row(engine, job.id)
    assert row.status == JobStatus.PENDING.value
    assert row.run_after == run_after
    assert row.lease_until is None
    assert row.last_error == "TimeoutError"
    assert repo.jobs.claim_job("worker-b", run_after - timedelta(seconds=1), LEASE) is None
    again = repo.jobs.claim_job("worker-b", run_after, LEASE)
    assert again is not None
    assert again.id == job.id
    assert again.attempts == 2


# --- time zones --------------------------------------------------------------------------------------------------


def test_timestamps_come_back_timezone_aware_utc(engine: Engine, repo: SqlRepository) -> None:
    """Every datetime read back is aware and in UTC, even when written with another offset."""
    conversation, job, revision = ready(repo)
    paris = timezone(timedelta(hours=2))
    approved_at = datetime(2026, 3, 2, 12, 0, tzinfo=paris)
    assert (
        repo.conversations.approve(revision, "U0LEAD", approved_at, make_audit(AuditKind.APPROVED, conversation.id))
        is not None
    )

    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None
    assert_utc(stored.created_at, T0)
    current = repo.conversations.current_revision(conversation.id)
    assert current is not None
    assert_utc(current.created_at, T0)
    approval = repo.conversations.get_approval(conversation.id)
    assert approval is not None
    assert_utc(approval.approved_at, approved_at)
    assert approval.approved_at.hour == 10
    row = job_row(engine, job.id)
    assert_utc(row.run_after, T0)
    assert_utc(row.updated_at, T0)
    assert_utc(conversation_row(engine, conversation.id).updated_at, approved_at)


def test_a_stored_revision_keeps_its_job_until_it_is_delivered(engine: Engine, repo: SqlRepository) -> None:
    """complete_job stores the revision and notes it on the job, which stays running; a worker that took the job over
    (the first died before showing it) gets the revision id, so it only delivers; finish_delivery ends the job once."""
    conversation = start(repo)
    first = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert first is not None
    revision = repo.jobs.complete_job(first, make_new_revision(conversation.id), make_audit(AuditKind.REVISION_CREATED))
    assert revision is not None
    assert job_row(engine, first.id).status == JobStatus.RUNNING.value
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.READY

    taken_over = repo.jobs.claim_job("worker-b", T0 + timedelta(seconds=LEASE + 1), LEASE)

    assert taken_over is not None and (taken_over.id, taken_over.revision_id) == (first.id, revision.id)
    assert not repo.jobs.finish_delivery(first), "the first worker no longer holds the job"
    assert repo.jobs.finish_delivery(taken_over)
    assert job_row(engine, first.id).status == JobStatus.DONE.value and job_row(engine, first.id).lease_until is None
    assert count(engine, "revisions") == 1
