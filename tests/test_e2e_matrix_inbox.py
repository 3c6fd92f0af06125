"""Matrix and the inbox: `plume serve` against a real Synapse. The sync token acknowledges a batch of events; an
event the inbox cannot store keeps the token where it was (the batch comes again), and an event whose handling
fails after it was stored is handled again from the inbox, although the token has moved on."""

from __future__ import annotations

import sqlite3
import time
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess
from tests.matrix_server import MatrixUser, Synapse
from tests.test_e2e_matrix import REVIEW, Running, _model_reply, matrix_env, wait_for

pytestmark = pytest.mark.e2e


def _start(tmp_path: Path, synapse: Synapse, model: FakeMistralServer) -> Running:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{suffix}"))
    room = alice.create_room("Avis des usagers", [bot.user_id])
    model.reply = _model_reply
    env = matrix_env(tmp_path, synapse, bot, model.url, room) | {"PLUME_JOB_LEASE_SECONDS": "2"}
    plume = PlumeProcess(env, tmp_path, "plume-matrix").wait_ready()
    wait_for(lambda: bot.user_id in alice.members(room), "the bot to accept the invitation")
    return Running(plume, model, bot, alice, alice, room, tmp_path / "plume.db")


def _rename(db: Path, table: str, to: str) -> None:
    with closing(sqlite3.connect(db, timeout=30)) as connection:
        connection.execute(f"ALTER TABLE {table} RENAME TO {to}")
        connection.commit()


def test_a_review_the_inbox_cannot_store_keeps_the_sync_token_and_is_drafted_once_it_can(
    tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer
) -> None:
    run = _start(tmp_path, synapse, fake_mistral)
    try:
        _rename(run.db, "inbox", "inbox_away")
        review = run.alice.say(run.room, REVIEW)
        wait_for(lambda: "not handled (NotStored)" in run.plume.log.read_text(), "the failed store")
        time.sleep(1.0)
        assert run.count("conversations") == 0

        _rename(run.db, "inbox_away", "inbox")
        run.draft(review, 1)
        assert run.count("conversations") == 1
        assert run.count("inbox") == 0
        assert len(run.thread(review)) == 1, "drafted once"
    finally:
        run.plume.stop()


def test_a_review_whose_handling_fails_is_handled_again_from_the_inbox(
    tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer
) -> None:
    run = _start(tmp_path, synapse, fake_mistral)
    try:
        _rename(run.db, "audit_events", "audit_away")  # intake cannot store the conversation with its audit event
        review = run.alice.say(run.room, REVIEW)
        wait_for(lambda: "Matrix event m.room.message not handled" in run.plume.log.read_text(), "the failure")
        assert run.count("inbox") == 1, "the review waits in the inbox"

        _rename(run.db, "audit_away", "audit_events")
        run.draft(review, 1)  # no new event: the inbox's recovery takes it in once its lease has expired
        assert run.count("conversations") == 1
        assert run.count("inbox") == 0
        assert len(run.thread(review)) == 1, "drafted once"
    finally:
        run.plume.stop()
