"""The WebSocket loop: a post delivered twice drafts once, a dead link or a cut reconnects, a bad token is said."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from handlers.mattermost.socket import Backoff, EventSocket
from tests.fakes.mattermost_api import FakeMattermost
from tests.fakes.mattermost_harness import MattermostHarness

pytestmark = pytest.mark.filterwarnings("ignore:ssl=None is deprecated:DeprecationWarning")

REVIEW = "Madame Lucie Bernard attend son remboursement de la CPAM depuis six semaines."


def test_the_same_post_delivered_again_after_a_reconnect_drafts_once(mm: MattermostHarness) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait_live_draft(review["id"])
    mm.fake.deliver_again(review["id"], after_reconnect=True)
    assert mm.fake.drop_connections() == 1
    mm.fake.wait_for_connections(2)
    marker = mm.fake.user_posts(mm.feedback, mm.agent, "Un autre avis : le site des impôts était en panne.")
    mm.wait_live_draft(marker["id"])  # events arrive in order: the second delivery came before this one
    mm.settle()

    assert mm.pseudonymiser.texts[REVIEW] == 1, "the second delivery reached the core"
    assert len(mm.drafts(review["id"])) == 1 and len(mm.provider.calls) == 2
    second = mm.fake.sessions[-1]
    again = [f for f in second.sent if f.get("event") == "posted" and review["id"] in f["data"]["post"]]
    assert again, "the fake did deliver the post a second time"


def test_a_dead_link_is_detected_and_the_socket_reconnects(mm: MattermostHarness) -> None:
    assert mm.fake.silence_connections() == 1
    mm.fake.wait_for_connections(2, timeout=15)  # heartbeat 1 s: the missing pong ends the first connection
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait_live_draft(review["id"])


def test_the_bots_own_posts_and_other_bots_are_ignored(mm: MattermostHarness) -> None:
    other_bot = mm.fake.add_user("robot", is_bot=True)
    with mm.fake.cond:  # the fake has no API to join a channel: add the member to its store
        mm.fake._members[mm.feedback].add(other_bot)
    mm.fake.user_posts(mm.feedback, other_bot, "Message automatique : sauvegarde terminée.")
    marker = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait_live_draft(marker["id"])
    mm.settle()
    assert "sauvegarde terminée" not in mm.provider.prompts_text()
    assert len(mm.provider.calls) == 1, "the draft posted by Plume itself was not taken for a review"


class _Said(logging.Handler):
    """Sets `event` when a record containing `words` is logged."""

    def __init__(self, words: str) -> None:
        super().__init__(logging.ERROR)
        self.words, self.event = words, threading.Event()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())
        if self.words in record.getMessage():
            self.event.set()


def test_a_refused_token_is_logged_clearly_and_retried_slowly() -> None:
    frames: list[dict[str, Any]] = []
    said = _Said("refused the bot token")
    logger = logging.getLogger("handlers.mattermost.socket")
    logger.addHandler(said)
    try:
        with FakeMattermost() as fake:
            socket = EventSocket(fake.websocket_url, "wrong-token", frames.append, backoff=Backoff(refused=30.0))
            socket.start()
            try:
                fake.wait_for_session(lambda s: s.refused)
                assert said.event.wait(10), said.messages
            finally:
                socket.stop()
            assert "MATTERMOST_BOT_TOKEN" in said.messages[-1]
            assert len(fake.sessions) == 1, "a refused token is not retried at once"
            assert not socket.connected.is_set() and frames == []
    finally:
        logger.removeHandler(said)
