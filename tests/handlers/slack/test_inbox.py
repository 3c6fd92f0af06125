"""Nothing acked is lost: the real Bolt app, as production runs it (listeners after the ack), stores each review in
the inbox, sealed, before it answers Slack; intake takes it in afterwards, once, whatever Slack redelivers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from slack_bolt import App, BoltRequest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.chat_router import ChatRouter
from bot.core import Core
from bot.domain import IncomingReview, IntakeSource, Platform
from bot.models.registry import ModelRegistry
from bot.ports.privacy import Pseudonymisation
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.vault import Vault
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.database import open_engine, upgrade
from tests.fakes.bolt_harness import SECRET
from tests.fakes.core import MODELS, build_test_core
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, message_event, signed_headers

REVIEW = "Bonjour, je suis Marie Dupont, joignable au 06 12 34 56 78. Mon dossier CAF n'avance pas."


class HeldPseudonymiser:
    """The real pseudonymiser, held at the door until `release()`: intake stays pending after the ack."""

    def __init__(self, real: PresidioPseudonymiser) -> None:
        self._real = real
        self.open = threading.Event()

    def pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        assert self.open.wait(30), "never released"
        return self._real.pseudonymise(text, vault)


@dataclass
class Served:
    app: App
    core: Core
    engine: Engine
    db: Path
    masker: HeldPseudonymiser

    def send(self, body: str, **headers: str) -> int:
        signed = {name: [value] for name, value in {**signed_headers(SECRET, body), **headers}.items()}
        return self.app.dispatch(
            BoltRequest(body=body, headers={"content-type": ["application/json"], **signed})
        ).status

    def count(self, table: str) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

    def stored_bytes(self) -> bytes:
        """Everything SQLite holds on disk: the database file and its write-ahead log."""
        return b"".join(path.read_bytes() for path in self.db.parent.glob(f"{self.db.name}*"))

    def wait(self, condition: object, what: str) -> None:
        deadline = time.monotonic() + 20
        while not condition():  # type: ignore[operator]
            assert time.monotonic() < deadline, what
            time.sleep(0.02)


@pytest.fixture
def served(tmp_path: Path, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser) -> Iterator[Served]:
    """Plume's Bolt app with Bolt's default behaviour: `dispatch` returns at the ack, listeners run afterwards."""
    db = tmp_path / "plume.db"
    engine = open_engine(f"sqlite:///{db}")
    upgrade(engine)
    provider = FakeProvider()
    client = build_web_client("xoxb-test", fake_slack.url)
    choices = ModelRegistry({"mistral": provider}, MODELS).choices
    chat = ChatRouter({Platform.SLACK: SlackChat(client, choices)}, choices)
    held = HeldPseudonymiser(pseudonymiser)
    core = build_test_core(engine, held, provider, chat)
    app = build_app(client, core, signing_secret=SECRET, feedback_channels=frozenset({FEEDBACK_CHANNEL}))
    yield Served(app, core, engine, db, held)
    held.open.set()
    engine.dispose()


def test_an_acked_review_is_in_the_inbox_sealed_and_taken_in_once_despite_retries(served: Served) -> None:
    body = message_event(REVIEW, "1700000000.000100")

    assert served.send(body) == 200
    assert served.count("inbox") == 1, "stored before the ack"
    assert served.count("conversations") == 0, "intake is still held"
    stored = served.stored_bytes()
    for secret in (REVIEW, "Marie Dupont", "06 12 34 56 78", "dossier CAF"):
        assert secret.encode() not in stored, f"{secret!r} stored in clear"

    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert served.send(body, **retry) == 200
    assert served.count("inbox") == 1, "a redelivery stores nothing more"

    served.masker.open.set()
    served.wait(lambda: served.count("inbox") == 0, "the review was never taken in")
    assert served.count("conversations") == 1
    assert served.count("jobs") == 1

    assert served.send(body, **{**retry, "X-Slack-Retry-Num": "2"}) == 200  # after intake: a new inbox row...
    served.wait(lambda: served.count("inbox") == 0, "the late redelivery was never taken in")
    assert served.count("conversations") == 1, "...that finds its conversation already there"
    assert REVIEW.encode() not in served.stored_bytes()


def test_a_review_the_inbox_cannot_store_is_not_acked(served: Served) -> None:
    """Fail closed: without its inbox row a review gets a 5xx, and Slack sends it again."""
    with served.engine.begin() as connection:
        connection.execute(text("ALTER TABLE inbox RENAME TO inbox_away"))

    body = message_event(REVIEW, "1700000000.000200")
    assert served.send(body) == 500

    with served.engine.begin() as connection:
        connection.execute(text("ALTER TABLE inbox_away RENAME TO inbox"))
    assert served.send(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}) == 200
    served.masker.open.set()
    served.wait(lambda: served.count("conversations") == 1, "the redelivered review was never taken in")


def test_a_review_left_in_the_inbox_by_a_dead_process_is_taken_in_by_the_next(served: Served) -> None:
    """A row whose lease has expired (its process died after the ack) is taken in by whoever recovers the inbox."""
    served.masker.open.set()
    served.core.inbox.accept(_review("1700000000.000300"))  # stored, then "the process died": nobody takes it in
    with served.engine.begin() as connection:
        connection.execute(text("UPDATE inbox SET lease_until = '2000-01-01 00:00:00'"))

    assert served.core.inbox.recover_one() is True
    assert served.core.inbox.recover_one() is False
    assert served.count("inbox") == 0
    assert served.count("conversations") == 1
    assert served.count("jobs") == 1


def test_a_review_leased_by_a_live_process_is_left_to_it(served: Served) -> None:
    served.core.inbox.accept(_review("1700000000.000400"))
    assert served.core.inbox.recover_one() is False
    assert served.count("inbox") == 1


def _review(ts: str) -> IncomingReview:
    return IncomingReview(Platform.SLACK, "T1", FEEDBACK_CHANNEL, ts, ts, "U1", IntakeSource.CHANNEL, REVIEW)
