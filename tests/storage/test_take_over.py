"""« Je m'en occupe » in the store: of agents clicking at once, exactly one becomes the agent in charge."""

from __future__ import annotations

import threading

from sqlalchemy.engine import Engine

from bot.domain import AuditKind, Conversation
from storage.audit_store import SqlAuditStore
from storage.database import Database
from storage.repository import SqlRepository
from tests.storage.records import T0, FakeClock, count, make_audit, ready


def test_agents_taking_a_review_over_at_once_leave_one_taker(engine: Engine, repo: SqlRepository) -> None:
    conversation, _, _ = ready(repo)
    takers = [f"U0TAKER{n}" for n in range(4)]
    seen: dict[str, Conversation | None] = {}
    barrier = threading.Barrier(len(takers))

    def take(user: str) -> None:
        barrier.wait()
        seen[user] = repo.conversations.take_over(
            conversation.id, user, make_audit(AuditKind.TAKEN_OVER, conversation.id, user)
        )

    threads = [threading.Thread(target=take, args=(user,)) for user in takers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    winners = {now.taken_by for now in seen.values() if now is not None}
    assert len(winners) == 1 and winners <= set(takers), "every clicker reads the same single taker"
    (winner,) = winners
    assert seen[str(winner)] is not None and seen[str(winner)].in_charge == winner  # type: ignore[union-attr]
    assert count(engine, "audit_events", "kind = 'taken_over'") == 1
    assert repo.conversations.find_conversation("C0FEEDBACK", conversation.thread_id).in_charge == winner  # type: ignore[union-attr]


def test_an_approved_review_is_not_taken_over(repo: SqlRepository) -> None:
    conversation, _, revision = ready(repo)
    repo.conversations.approve(revision, "U0AGENT", T0, make_audit(AuditKind.APPROVED, conversation.id))

    now = repo.conversations.take_over(conversation.id, "U0LATE", make_audit(AuditKind.TAKEN_OVER, conversation.id))

    assert now is not None and now.taken_by is None and now.in_charge == now.requested_by


def test_the_leads_view_shows_the_taker_in_charge(engine: Engine, repo: SqlRepository, clock: FakeClock) -> None:
    conversation, _, _ = ready(repo)
    store = SqlAuditStore(Database(engine, clock))
    assert [t.in_charge for t in store.waiting(None, 10).threads] == [conversation.requested_by]

    repo.conversations.take_over(conversation.id, "U0TAKER", make_audit(AuditKind.TAKEN_OVER, conversation.id))

    assert [t.in_charge for t in store.waiting(None, 10).threads] == ["U0TAKER"]
    assert store.open_threads_of("U0TAKER", 10).total == 1
    assert store.open_threads_of(conversation.requested_by, 10).total == 0
