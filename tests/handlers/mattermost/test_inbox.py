"""Mattermost acknowledges no event: a review or a reply is stored in the inbox, sealed, as it arrives, so that
one waiting for a busy worker is already safe; each is handled once."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing

from bot.ports.privacy import Pseudonymisation
from bot.privacy.vault import Vault
from tests.fakes.mattermost_harness import MattermostHarness

REVIEW = "Bonjour, je suis Marie Dupont. La CAF ne répond jamais à mes courriels."
REPLIES = ["Plus court, s'il te plaît", "Ajoute que Mme Dupont peut rappeler au 06 12 34 56 78"]


def _inbox(mm: MattermostHarness) -> list[tuple[str, bytes]]:
    with closing(sqlite3.connect(mm.db)) as db:
        return [(kind, bytes(sealed)) for kind, sealed in db.execute("SELECT kind, sealed FROM inbox ORDER BY id")]


def test_replies_waiting_for_a_busy_worker_are_already_in_the_inbox_and_each_applied_once(
    mm: MattermostHarness,
) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait_live_draft(review["id"])
    mm.settle()
    held, release = threading.Event(), threading.Event()
    real = mm.pseudonymiser.pseudonymise

    def holding(text: str, vault: Vault) -> Pseudonymisation:  # the only worker stops on the first reply
        held.set()
        assert release.wait(20), "never released"
        return real(text, vault)

    mm.pseudonymiser.pseudonymise = holding  # type: ignore[method-assign]
    try:
        for reply in REPLIES:
            mm.fake.user_posts(mm.feedback, mm.agent, reply, root_id=review["id"])
        assert held.wait(15)
        deadline = time.monotonic() + 15
        while len(_inbox(mm)) < 2:  # the first is being handled, the second waits for the worker
            assert time.monotonic() < deadline, f"{len(_inbox(mm))} of the 2 replies in the inbox"
            time.sleep(0.02)
        assert [kind for kind, _ in _inbox(mm)] == ["instruction", "instruction"]
        assert all(b"Dupont" not in sealed and b"court" not in sealed for _, sealed in _inbox(mm)), "sealed"
    finally:
        release.set()
        mm.pseudonymiser.pseudonymise = real  # type: ignore[method-assign]
    mm.provider.enqueue("Version courte.")
    mm.provider.enqueue("Version avec le rappel.")
    mm.wait_live_draft(review["id"], 3)
    mm.settle()
    assert _inbox(mm) == []
    assert mm.count("instructions") == 2
    assert mm.count("revisions") == 3, "one new version per reply, none twice"
