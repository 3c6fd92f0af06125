"""Several processes on one database, each serving some platforms: a process claims only the draft jobs and the
inbox entries of the platforms it has an adapter for, so none fails another platform's job for want of one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.engine import Engine

from bot.domain import AuditKind, Conversation, Platform
from bot.ports.inbox import InboxKey
from storage.database import Database
from storage.inbox_store import SqlInboxStore
from storage.repository import SqlRepository
from tests.storage.records import LEASE, T0, FakeClock, make_audit, make_new_conversation

MATRIX = frozenset({Platform.MATRIX})
SLACK_AND_MATTERMOST = frozenset({Platform.SLACK, Platform.MATTERMOST})


def _conversation(repo: SqlRepository, n: int, platform: Platform) -> Conversation:
    new = make_new_conversation(n)
    conversation = repo.conversations.create_conversation(
        replace(new, review=replace(new.review, platform=platform)), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert conversation is not None
    return conversation


def test_a_process_claims_only_the_jobs_of_the_platforms_it_serves(repo: SqlRepository) -> None:
    on_matrix = _conversation(repo, 1, Platform.MATRIX)
    on_slack = _conversation(repo, 2, Platform.SLACK)

    slack_job = repo.jobs.claim_job("slack-process", T0, LEASE, SLACK_AND_MATTERMOST)
    assert slack_job is not None and slack_job.conversation_id == on_slack.id, "the older Matrix job is not its own"
    assert repo.jobs.claim_job("slack-process", T0, LEASE, SLACK_AND_MATTERMOST) is None

    matrix_job = repo.jobs.claim_job("matrix-process", T0, LEASE, MATRIX)
    assert matrix_job is not None and matrix_job.conversation_id == on_matrix.id
    assert repo.jobs.claim_job("matrix-process", T0, LEASE, MATRIX) is None


def test_an_expired_lease_is_taken_over_only_by_a_process_of_the_same_platform(repo: SqlRepository) -> None:
    on_matrix = _conversation(repo, 1, Platform.MATRIX)
    assert repo.jobs.claim_job("matrix-a", T0, LEASE, MATRIX) is not None
    later = T0 + timedelta(seconds=LEASE + 1)

    assert repo.jobs.claim_job("slack-process", later, LEASE, SLACK_AND_MATTERMOST) is None
    taken = repo.jobs.claim_job("matrix-b", later, LEASE, MATRIX)
    assert taken is not None and taken.conversation_id == on_matrix.id and taken.attempts == 2


def test_inbox_recovery_takes_only_entries_of_the_platforms_served(engine: Engine, clock: FakeClock) -> None:
    store = SqlInboxStore(Database(engine, clock))
    lease = timedelta(seconds=30)
    matrix_entry = store.put(InboxKey("matrix", "!room:hs", "$event"), b"m", "dead", clock.now + lease)
    slack_entry = store.put(InboxKey("slack", "C1", "1700.1"), b"s", "dead", clock.now + lease)
    clock.now += lease + timedelta(seconds=1)

    taken = store.claim_stale("slack-process", clock.now, clock.now + lease, SLACK_AND_MATTERMOST)
    assert taken is not None and taken.id == slack_entry, "the older Matrix entry is not its own"
    assert store.claim_stale("slack-process", clock.now, clock.now + lease, SLACK_AND_MATTERMOST) is None

    taken = store.claim_stale("matrix-process", clock.now, clock.now + lease, MATRIX)
    assert taken is not None and taken.id == matrix_entry
