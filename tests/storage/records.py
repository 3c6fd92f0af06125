"""Stored records and helpers for the repository tests: factories, counts, concurrency."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.domain import (
    AuditEvent,
    AuditKind,
    Conversation,
    IncomingReview,
    IntakeSource,
    Job,
    NewRevision,
    Platform,
    PseudonymisedText,
    Revision,
    RevisionKind,
)
from bot.ports.repository import NewConversation
from storage.repository import SqlRepository
from storage.tables import ConversationRow, JobRow
from tests.fakes.store import add_pending_job

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
MODEL = "mistral:mistral-small-latest"
LEASE = 60

T = TypeVar("T")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


# --- value factories ---------------------------------------------------------------------------------------------


def make_review(n: int = 1, *, channel_id: str = "C0FEEDBACK", user_id: str = "U0AGENT") -> IncomingReview:
    """A review message; `n` makes its timestamp unique."""
    ts = f"1767000000.{n:06d}"
    return IncomingReview(
        platform=Platform.SLACK,
        team_id="T0PLUME",
        channel_id=channel_id,
        message_id=ts,
        thread_id=ts,
        user_id=user_id,
        source=IntakeSource.CHANNEL,
        text=f"Avis brut numéro {n}, appelez Jean Dupont au 06 12 34 56 78",
    )


def make_new_conversation(
    n: int = 1,
    *,
    channel_id: str = "C0FEEDBACK",
    sealed: bytes = b"sealed-vault-bytes",
    expires_at: datetime = T0 + timedelta(days=30),
) -> NewConversation:
    """What the service hands to the store for review `n`."""
    return NewConversation(
        review=make_review(n, channel_id=channel_id),
        pseudonymised=PseudonymisedText(f"Avis numéro {n}, appelez [PERSONNE_1] au [TELEPHONE_1]"),
        masked_counts={"PERSONNE": 1, "TELEPHONE": 1},
        model_id=MODEL,
        sealed_vault=sealed,
        vault_expires_at=expires_at,
    )


def make_new_revision(
    conversation_id: int, *, kind: RevisionKind = RevisionKind.DRAFT, text_: str = "Bonjour [PERSONNE_1],"
) -> NewRevision:
    """A model answer ready to be stored."""
    return NewRevision(
        conversation_id=conversation_id,
        kind=kind,
        model_id=MODEL,
        prompt_version="reponse_avis.v1",
        prompt_hash="0" * 64,
        text=PseudonymisedText(text_),
        message_id="1767000001.000100",
        input_tokens=321,
        output_tokens=123,
        latency_ms=1500,
    )


def make_audit(kind: AuditKind, conversation_id: int | None = None, actor: str = "plume") -> AuditEvent:
    """An audit line with ids and counts only."""
    return AuditEvent(kind=kind, actor=actor, conversation_id=conversation_id, details={"n": 1})


# --- helpers -----------------------------------------------------------------------------------------------------


def count(engine: Engine, table: str, where: str = "", **params: object) -> int:
    """Count rows of `table` with plain SQL."""
    sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
    with engine.connect() as connection:
        return int(connection.execute(text(sql), params).scalar_one())


def job_row(engine: Engine, job_id: int) -> JobRow:
    """The stored job, read straight from its table."""
    with Session(engine) as session:
        row = session.get(JobRow, job_id)
        assert row is not None
        return row


def conversation_row(engine: Engine, conversation_id: int) -> ConversationRow:
    """The stored conversation, read straight from its table."""
    with Session(engine) as session:
        row = session.get(ConversationRow, conversation_id)
        assert row is not None
        return row


def start(repo: SqlRepository, n: int = 1) -> Conversation:
    """Create conversation `n`, failing the test if the store refused it."""
    conversation = repo.conversations.create_conversation(
        make_new_conversation(n), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert conversation is not None
    return conversation


def ready(repo: SqlRepository, n: int = 1) -> tuple[Conversation, Job, Revision]:
    """A conversation whose draft job ran and was delivered: it is READY with revision 1."""
    conversation = start(repo, n)
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None and job.conversation_id == conversation.id
    revision = repo.jobs.complete_job(
        job, make_new_revision(conversation.id), make_audit(AuditKind.REVISION_CREATED, conversation.id)
    )
    assert revision is not None and repo.jobs.finish_delivery(job)
    return conversation, job, revision


def next_revision(engine: Engine, repo: SqlRepository, conversation: Conversation, **changes: Any) -> Revision:
    """Run a second job on `conversation` (as a regeneration would) and return its revision."""
    add_pending_job(engine, conversation.id, T0)
    job = repo.jobs.claim_job("worker-b", T0, LEASE)
    assert job is not None
    revision = repo.jobs.complete_job(
        job, make_new_revision(conversation.id, **changes), make_audit(AuditKind.REVISION_CREATED, conversation.id)
    )
    assert revision is not None and repo.jobs.finish_delivery(job)
    return revision


def all_at_once(threads: int, action: Callable[[int], T]) -> list[T]:
    """Run `action(i)` in `threads` threads released together by a barrier; return the results."""
    barrier = threading.Barrier(threads)

    def run(i: int) -> T:
        barrier.wait(timeout=30)
        return action(i)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(run, range(threads)))


def assert_utc(value: datetime, expected: datetime) -> None:
    """`value` is timezone-aware, in UTC, and the same instant as `expected`."""
    assert value.tzinfo is not None
    assert value.utcoffset() == timedelta(0)
    assert value == expected


def approved(
    repo: SqlRepository, n: int, review: str, reply: str = "Bonjour [PERSONNE_1], merci.", channel: str = "C0FEEDBACK"
) -> tuple[Conversation, Revision]:
    """Conversation `n` with `review`, drafted as `reply` and approved."""
    new = replace(make_new_conversation(n, channel_id=channel), pseudonymised=PseudonymisedText(review))
    conversation = repo.conversations.create_conversation(new, make_audit(AuditKind.REVIEW_RECEIVED))
    assert conversation is not None
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None and job.conversation_id == conversation.id
    revision = repo.jobs.complete_job(
        job, make_new_revision(conversation.id, text_=reply), make_audit(AuditKind.REVISION_CREATED)
    )
    assert revision is not None and repo.jobs.finish_delivery(job)
    assert repo.conversations.approve(revision, "U0LEAD", T0, make_audit(AuditKind.APPROVED, conversation.id))
    return conversation, revision
