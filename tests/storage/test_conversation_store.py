"""Instructions, redrafts, manual edits, retries and attempts in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.domain import AuditKind, ConversationStatus, JobKind, JobStatus, PseudonymisedText, RevisionKind
from bot.ports.models import ModelAttempt
from bot.ports.repository import InstructionOutcome, NewInstruction, SealedVault
from storage.repository import SqlRepository
from tests.storage.records import (
    LEASE,
    MODEL,
    T0,
    count,
    job_row,
    make_audit,
    make_new_conversation,
    make_new_revision,
    ready,
    start,
)

OTHER_MODEL = "mistral:mistral-large-latest"


def _instruction(ts: str = "1767000002.000100", text: str = "plus court") -> NewInstruction:
    return NewInstruction("C0FEEDBACK", ts, "U0AGENT", PseudonymisedText(text))


def _vault(version: int = 1) -> SealedVault:
    return SealedVault(b"extended-vault", version)


def test_find_conversation_by_its_thread(repo: SqlRepository) -> None:
    conversation = start(repo)

    assert repo.conversations.find_conversation("C0FEEDBACK", conversation.thread_id) == conversation
    assert repo.conversations.find_conversation("C0FEEDBACK", "1.0") is None
    assert repo.conversations.find_conversation("C0OTHER", conversation.thread_id) is None


def test_an_instruction_is_queued_once_with_its_vault(engine: Engine, repo: SqlRepository) -> None:
    conversation, _, _ = ready(repo)
    audit = make_audit(AuditKind.INSTRUCTION_RECEIVED, conversation.id)

    assert (
        repo.conversations.add_instruction(conversation.id, _instruction(), _vault(1), audit)
        is InstructionOutcome.QUEUED
    )
    assert (
        repo.conversations.add_instruction(conversation.id, _instruction(), _vault(2), audit)
        is InstructionOutcome.DUPLICATE
    )

    assert count(engine, "instructions") == 1
    assert count(engine, "jobs", "kind = 'refinement' AND status = 'pending'") == 1
    assert repo.conversations.load_vault(conversation.id, T0) == SealedVault(b"extended-vault", 2)
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.DRAFTING


def test_an_instruction_on_a_vault_changed_meanwhile_stores_nothing(engine: Engine, repo: SqlRepository) -> None:
    conversation, _, _ = ready(repo)
    audit = make_audit(AuditKind.INSTRUCTION_RECEIVED, conversation.id)
    repo.conversations.add_instruction(conversation.id, _instruction("1767000002.000100"), _vault(1), audit)

    outcome = repo.conversations.add_instruction(conversation.id, _instruction("1767000002.000200"), _vault(1), audit)

    assert outcome is InstructionOutcome.VAULT_CHANGED
    assert count(engine, "instructions") == 1


def test_an_instruction_on_an_approved_conversation_is_refused(engine: Engine, repo: SqlRepository) -> None:
    conversation, _, revision = ready(repo)
    repo.conversations.approve(revision, "U0LEAD", T0, make_audit(AuditKind.APPROVED, conversation.id))

    outcome = repo.conversations.add_instruction(
        conversation.id, _instruction(), _vault(), make_audit(AuditKind.INSTRUCTION_RECEIVED)
    )

    assert outcome is InstructionOutcome.APPROVED
    assert count(engine, "jobs", "status = 'pending'") == 0


def test_history_pairs_each_revision_with_its_instruction(repo: SqlRepository) -> None:
    conversation, _, first = ready(repo)
    repo.conversations.add_instruction(
        conversation.id, _instruction(), _vault(), make_audit(AuditKind.INSTRUCTION_RECEIVED)
    )
    job = repo.jobs.claim_job("worker-b", T0, LEASE)
    assert job is not None and job.kind is JobKind.REFINEMENT and job.instruction_id is not None
    asked = repo.conversations.get_instruction(job.instruction_id)
    refined = make_new_revision(conversation.id, kind=RevisionKind.REFINEMENT, text_="Plus court.")
    second = repo.jobs.complete_job(
        job,
        replace(refined, instruction_id=job.instruction_id),
        make_audit(AuditKind.REVISION_CREATED),
    )

    assert repo.conversations.history(conversation.id) == [(first, None), (second, asked)]
    assert asked is not None and asked.text == "plus court"


def test_jobs_of_one_conversation_run_one_at_a_time(repo: SqlRepository) -> None:
    conversation, _, _ = ready(repo)
    audit = make_audit(AuditKind.INSTRUCTION_RECEIVED, conversation.id)
    repo.conversations.add_instruction(conversation.id, _instruction("1767000002.000100"), _vault(1), audit)
    repo.conversations.add_instruction(conversation.id, _instruction("1767000002.000200"), _vault(2), audit)
    other = start(repo, 2)

    first = repo.jobs.claim_job("worker-a", T0, LEASE)
    second = repo.jobs.claim_job("worker-b", T0, LEASE)

    assert first is not None and first.conversation_id == conversation.id
    assert second is not None and second.conversation_id == other.id, "the next instruction waits for the first"
    assert repo.jobs.claim_job("worker-c", T0, LEASE) is None
    assert repo.jobs.claim_job("worker-c", T0 + timedelta(seconds=LEASE + 1), LEASE) is not None, (
        "unless its worker died"
    )


def test_a_redraft_is_queued_once_and_only_from_the_current_revision(engine: Engine, repo: SqlRepository) -> None:
    conversation, _, revision = ready(repo)
    audit = make_audit(AuditKind.REDRAFT_REQUESTED, conversation.id)

    assert repo.conversations.request_redraft(revision, JobKind.REGENERATION, MODEL, audit)
    assert not repo.conversations.request_redraft(revision, JobKind.MODEL_SWITCH, OTHER_MODEL, audit), (
        "already drafting"
    )

    assert count(engine, "jobs", "status = 'pending'") == 1
    assert count(engine, "audit_events", "kind = 'redraft_requested'") == 1


def test_a_manual_revision_needs_the_current_revision_and_an_unchanged_vault(repo: SqlRepository) -> None:
    conversation, _, base = ready(repo)
    edit = make_new_revision(conversation.id, kind=RevisionKind.MANUAL_EDIT, text_="Texte de l'agent.")
    audit = make_audit(AuditKind.MANUAL_EDIT, conversation.id)

    assert repo.conversations.add_manual_revision(base, edit, _vault(2), audit) is None, "stale vault version"
    manual = repo.conversations.add_manual_revision(base, edit, _vault(1), audit)

    assert manual is not None and manual.number == 2 and manual.kind is RevisionKind.MANUAL_EDIT
    assert repo.conversations.add_manual_revision(base, edit, _vault(2), audit) is None, "base is no longer current"


def test_a_failed_job_is_retried_once_in_its_message(engine: Engine, repo: SqlRepository) -> None:
    conversation = start(repo)
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None
    repo.jobs.set_job_message(job.id, "1767000009.000100")
    repo.jobs.fail_job(job.id, "server_error", make_audit(AuditKind.GENERATION_FAILED, conversation.id))
    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.FAILED

    audit = make_audit(AuditKind.RETRY_REQUESTED, conversation.id)
    assert repo.jobs.retry_failed_job(job.id, OTHER_MODEL, audit)
    assert not repo.jobs.retry_failed_job(job.id, OTHER_MODEL, audit)

    assert job_row(engine, job.id).status == JobStatus.RETRIED.value
    retried = repo.jobs.claim_job("worker-b", T0, LEASE)
    assert retried is not None
    assert (retried.kind, retried.model_id, retried.message_id) == (JobKind.DRAFT, OTHER_MODEL, "1767000009.000100")


def test_a_failed_refinement_leaves_the_existing_draft_ready(repo: SqlRepository) -> None:
    conversation, _, _ = ready(repo)
    repo.conversations.add_instruction(
        conversation.id, _instruction(), _vault(), make_audit(AuditKind.INSTRUCTION_RECEIVED)
    )
    job = repo.jobs.claim_job("worker-b", T0, LEASE)
    assert job is not None

    repo.jobs.fail_job(job.id, "timeout", make_audit(AuditKind.GENERATION_FAILED, conversation.id))

    stored = repo.conversations.get_conversation(conversation.id)
    assert stored is not None and stored.status is ConversationStatus.READY


def test_every_model_attempt_is_recorded(engine: Engine, repo: SqlRepository) -> None:
    start(repo)
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None

    repo.jobs.record_attempts(job, MODEL, [ModelAttempt(1200, error="RateLimited"), ModelAttempt(900, 300, 120)])

    assert count(engine, "model_attempts") == 2
    assert count(engine, "model_attempts", "error = 'RateLimited' AND input_tokens IS NULL") == 1
    assert count(engine, "model_attempts", "error IS NULL AND output_tokens = 120") == 1


def test_an_instruction_before_agreement_is_kept_and_queued_after_the_draft(
    engine: Engine, repo: SqlRepository
) -> None:
    waiting = repo.conversations.create_conversation(
        replace(make_new_conversation(7), start_drafting=False), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert waiting is not None and count(engine, "jobs") == 0

    outcome = repo.conversations.add_instruction(
        waiting.id, _instruction(), _vault(), make_audit(AuditKind.INSTRUCTION_RECEIVED)
    )

    assert outcome is InstructionOutcome.NOT_STARTED
    assert count(engine, "jobs") == 0 and count(engine, "instructions") == 1
    assert repo.conversations.start_drafting(waiting.id, make_audit(AuditKind.REDRAFT_REQUESTED, waiting.id))
    with engine.connect() as db:
        kinds = db.execute(text("SELECT kind, instruction_id IS NOT NULL FROM jobs ORDER BY id")).all()
    assert [tuple(row) for row in kinds] == [("draft", False), ("refinement", True)]


def test_a_revision_is_found_from_the_message_that_shows_it(repo: SqlRepository) -> None:
    """Reactions (Matrix) and some callbacks name only the message: it leads back to its revision, in its channel."""
    conversation, _, revision = ready(repo)
    assert revision.message_id is not None

    found = repo.conversations.revision_at(conversation.channel_id, revision.message_id)

    assert found is not None and found.id == revision.id
    assert repo.conversations.revision_at("C0ELSEWHERE", revision.message_id) is None
    assert repo.conversations.revision_at(conversation.channel_id, "1767000009.999999") is None


def test_a_dismissed_conversation_is_forgotten_unless_approved(engine: Engine, repo: SqlRepository) -> None:
    dismissed, _, _ = ready(repo, 1)
    approved, _, revision = ready(repo, 2)
    repo.conversations.approve(revision, "U0LEAD", T0, make_audit(AuditKind.APPROVED, approved.id))

    assert repo.conversations.dismiss(dismissed.id, make_audit(AuditKind.REVIEW_DISMISSED, dismissed.id))
    assert not repo.conversations.dismiss(approved.id, make_audit(AuditKind.REVIEW_DISMISSED, approved.id))
    assert not repo.conversations.dismiss(dismissed.id, make_audit(AuditKind.REVIEW_DISMISSED, dismissed.id))

    assert repo.conversations.get_conversation(dismissed.id) is None
    assert repo.conversations.get_conversation(approved.id) is not None
    for table in ("revisions", "jobs", "vaults"):
        assert count(engine, table, "conversation_id = :id", id=dismissed.id) == 0
    assert count(engine, "audit_events", "kind = 'review_dismissed'") == 1
