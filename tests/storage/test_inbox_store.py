"""The inbox store on SQLite and PostgreSQL: one row per message however often it is put, puts made together
committed together, a row taken over only once its lease has expired."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from bot.ports.inbox import InboxKey
from storage.database import Database
from storage.inbox_store import SqlInboxStore
from storage.inbox_writer import InboxWriter
from storage.tables import InboxRow
from tests.storage.records import FakeClock

LEASE = timedelta(seconds=30)


def test_a_message_is_stored_once_however_often_it_is_put(engine: Engine, clock: FakeClock) -> None:
    store = SqlInboxStore(Database(engine, clock))
    key = InboxKey("slack", "C1", "1700.1")

    first = store.put(key, b"sealed", "p1", clock.now + LEASE)

    assert first is not None
    assert store.put(key, b"sealed again", "p2", clock.now + LEASE) is None
    assert store.put(InboxKey("mattermost", "C1", "1700.1"), b"other", "p1", clock.now + LEASE) is not None
    assert store.count() == 2


def test_puts_made_together_each_get_their_own_row(engine: Engine, clock: FakeClock) -> None:
    store = SqlInboxStore(Database(engine, clock))
    results: dict[int, int | None] = {}
    start = threading.Barrier(20)

    def put(n: int) -> None:
        start.wait()
        results[n] = store.put(InboxKey("slack", "C1", f"1700.{n}"), f"s{n}".encode(), "p1", clock.now + LEASE)

    threads = [threading.Thread(target=put, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len({entry_id for entry_id in results.values() if entry_id is not None}) == 20
    assert store.count() == 20


def test_a_row_is_taken_over_only_after_its_lease_and_by_one_claimer(engine: Engine, clock: FakeClock) -> None:
    store = SqlInboxStore(Database(engine, clock))
    entry_id = store.put(InboxKey("slack", "C1", "1700.1"), b"sealed", "dead", clock.now + LEASE)

    assert store.claim_stale("next", clock.now, clock.now + LEASE) is None, "its process may still take it in"
    clock.now += LEASE + timedelta(seconds=1)
    entry = store.claim_stale("next", clock.now, clock.now + LEASE)
    assert entry is not None and (entry.id, entry.sealed, entry.attempts) == (entry_id, b"sealed", 2)
    assert store.claim_stale("other", clock.now, clock.now + LEASE) is None, "now leased to the claimer"

    store.remove(entry.id)
    assert store.count() == 0


def test_a_put_row_reads_back_as_the_orm_writes_it(engine: Engine, clock: FakeClock) -> None:
    """Puts bypass the ORM (a driver statement on their own connection): times and bytes must read back the same."""
    store = SqlInboxStore(Database(engine, clock))
    sealed = bytes(range(256))
    entry_id = store.put(InboxKey("slack", "C1", "1700.1"), sealed, "p1", clock.now + LEASE)

    with Session(engine) as session:
        row = session.get(InboxRow, entry_id)
        assert row is not None
        assert (row.sealed, row.worker, row.attempts) == (sealed, "p1", 1)
        assert row.received_at == clock.now and row.lease_until == clock.now + LEASE
        assert row.received_at.tzinfo is not None


def test_a_put_that_fails_leaves_the_next_one_a_working_connection(engine: Engine, clock: FakeClock) -> None:
    """The inbox's connection is never pinged: when it breaks (here, its table is gone for a moment), that put raises
    (its review is not acked), and the next put works on a fresh connection."""
    store = SqlInboxStore(Database(engine, clock))
    store.put(InboxKey("slack", "C1", "1700.1"), b"s1", "p1", clock.now + LEASE)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE inbox RENAME TO inbox_away"))
    try:
        with pytest.raises(DatabaseError):
            store.put(InboxKey("slack", "C1", "1700.2"), b"s2", "p1", clock.now + LEASE)
    finally:
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE inbox_away RENAME TO inbox"))

    assert store.put(InboxKey("slack", "C1", "1700.2"), b"s2", "p1", clock.now + LEASE) is not None
    assert store.count() == 2


def test_a_key_twice_in_one_batch_is_stored_once(engine: Engine, clock: FakeClock) -> None:
    """A batch is one transaction (on PostgreSQL one statement): a redelivery inside it gets no id of its own."""
    rows = [
        {"platform": "slack", "channel_id": "C1", "message_id": message, "kind": "review", "sealed": b"s",
         "received_at": clock.now, "worker": "p1", "lease_until": clock.now + LEASE, "attempts": 1}
        for message in ("1700.1", "1700.2", "1700.1")
    ]  # fmt: skip
    writer = InboxWriter(engine)
    try:
        first, second, again = writer.insert(rows)
    finally:
        writer.close()

    assert first is not None and second is not None and first != second
    assert again is None
    assert SqlInboxStore(Database(engine, clock)).count() == 2


def test_on_postgresql_a_slow_commit_does_not_hold_the_next_puts(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commit waiting for the server holds its own batch only: on PostgreSQL a second writer commits the puts that
    arrive meanwhile. SQLite has one writer, so the next put waits for the slow commit there."""
    store = SqlInboxStore(Database(engine, clock))
    slow_started, release = threading.Event(), threading.Event()
    insert = InboxWriter.insert

    def first_insert_slow(writer: InboxWriter, rows: list[dict[str, object]]) -> list[int | None]:
        if rows[0]["message_id"] == "1700.1":
            slow_started.set()
            release.wait()
        return insert(writer, rows)

    monkeypatch.setattr(InboxWriter, "insert", first_insert_slow)
    results: dict[str, int | None] = {}

    def put(message: str) -> None:
        results[message] = store.put(InboxKey("slack", "C1", message), b"s", "p1", clock.now + LEASE)

    slow = threading.Thread(target=put, args=("1700.1",))
    slow.start()
    assert slow_started.wait(10)
    next_put = threading.Thread(target=put, args=("1700.2",))
    next_put.start()
    postgresql = engine.dialect.name == "postgresql"
    next_put.join(30 if postgresql else 0.5)  # on SQLite it stays blocked until the release, however long we wait
    stored_beside_the_slow_commit = not next_put.is_alive()
    release.set()
    slow.join(10)
    next_put.join(10)

    assert stored_beside_the_slow_commit == postgresql
    assert results["1700.1"] is not None and results["1700.2"] is not None
    assert store.count() == 2
