"""End to end: Plume stopped while more events than its sync window (100 a room) arrive; restarted, it pages back
over the gap and drafts every review posted meanwhile once, in the order they were posted, and follows the
refinement asked meanwhile."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess
from tests.matrix_server import MatrixUser, Synapse
from tests.test_e2e_matrix import REVIEW, Running, _model_reply, matrix_env, wait_for

pytestmark = pytest.mark.e2e

SYNC_WINDOW = 100
"""The timeline limit of Plume's sync filter (handlers/matrix/sync.py)."""


def test_a_restart_after_a_long_stop_drafts_every_review_of_the_gap_once_in_order(
    tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer
) -> None:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{suffix}"))
    room = alice.create_room("Avis des usagers", [bot.user_id])
    env = matrix_env(tmp_path, synapse, bot, fake_mistral.url, room)
    fake_mistral.reply = _model_reply
    before = PlumeProcess(env, tmp_path, "plume-before")
    try:
        before.wait_ready()
        wait_for(lambda: bot.user_id in alice.members(room), "the bot to accept the invitation")
        run = Running(before, fake_mistral, bot, alice, alice, room, tmp_path / "plume.db")
        earlier = alice.say(room, REVIEW)
        run.draft(earlier, 1)
    finally:
        assert before.stop() == 0

    in_gap = [alice.say(room, f"Avis n° {n} : {REVIEW}") for n in range(1, 4)]
    alice.say(room, "plus court", thread=earlier)
    for n in range(SYNC_WINDOW + 10):  # another integration's notices: events Plume reads and leaves alone
        alice.send(room, {"msgtype": "m.notice", "body": f"Rappel automatique n° {n}"})
    in_window = alice.say(room, f"Avis n° 4 : {REVIEW}")

    run.plume = PlumeProcess(env, tmp_path, "plume-after")
    try:
        run.plume.wait_ready()
        for root in [*in_gap, in_window]:
            assert "Bonjour Marie Dupont, merci" in run.draft(root, 1, timeout=120)["shown"]
        run.draft(earlier, 2, timeout=120)
    finally:
        assert run.plume.stop() == 0

    with closing(sqlite3.connect(run.db)) as db:
        drafted = [row[0] for row in db.execute("SELECT review_message_id FROM conversations ORDER BY id")]
        revisions = db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    assert drafted == [earlier, *in_gap, in_window], "every review once, in the order posted"
    assert revisions == 6, "one draft per review, one refinement: no event handled twice"
    assert len(fake_mistral.requests) == 6
    for root in [*in_gap, in_window]:
        assert len(run.thread(root)) == 1, "one draft message per review"
    log = run.plume.log.read_text()
    assert "missed event(s) caught up" in log
    assert "Marie Dupont" not in log, "counts in the log, never the text"
