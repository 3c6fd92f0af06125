"""Instructions and forms wait in the inbox like reviews: the real Bolt app (listeners after the ack) stores them,
sealed, before it answers Slack; they are handled once afterwards, whatever Slack redelivers, and a form handled
again after a crash reuses the review it had already posted. SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from slack_bolt import App, BoltRequest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.chat_router import ChatRouter
from bot.core import Core
from bot.domain import AuditEvent, Conversation, IncomingInstruction, Platform, ReviewForm
from bot.inbox_letters import FormLetter, InstructionLetter
from bot.models.registry import ModelRegistry
from bot.ports.privacy import Pseudonymisation
from bot.ports.repository import NewConversation
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.vault import Vault
from handlers.slack import ids
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.conversation_store import SqlConversationStore
from storage.database import Database
from tests.fakes.bolt_harness import SECRET
from tests.fakes.core import MODELS, build_test_core
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import (
    AGENT,
    FEEDBACK_CHANNEL,
    TEAM,
    message_event,
    message_shortcut,
    signed_headers,
    slash_command,
    thread_reply_event,
    view_submission,
)

REVIEW = "Bonjour, je suis Marie Dupont. Mon dossier CAF n'avance pas depuis trois mois."
INSTRUCTION = "Précise que Mme Dupont peut rappeler au 06 12 34 56 78."
FORM = "application/x-www-form-urlencoded"
REVIEW_TS = "1700000000.000100"


class HeldPseudonymiser:
    """The real pseudonymiser, held at the door while `open` is clear: handling waits after the ack."""

    def __init__(self, real: PresidioPseudonymiser) -> None:
        self._real = real
        self.open = threading.Event()
        self.open.set()

    def pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        assert self.open.wait(30), "never released"
        return self._real.pseudonymise(text, vault)


class CrashingOnce(SqlConversationStore):
    """The real store, except that storing the first conversation fails, as a process dying right then would."""

    crashed = False

    def create_conversation(self, new: NewConversation, audit: AuditEvent) -> Conversation | None:
        if not self.crashed:
            self.crashed = True
            raise RuntimeError("the process died here")
        return super().create_conversation(new, audit)


@dataclass
class Served:
    app: App
    core: Core
    engine: Engine
    masker: HeldPseudonymiser
    slack: FakeSlackApi

    def send(self, body: str, content_type: str = "application/json", **headers: str) -> int:
        signed = {name: [value] for name, value in {**signed_headers(SECRET, body), **headers}.items()}
        request = BoltRequest(body=body, headers={"content-type": [content_type], **signed})
        return self.app.dispatch(request).status

    def rows(self, query: str) -> list[tuple[object, ...]]:
        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]

    def count(self, table: str) -> int:
        return int(self.rows(f"SELECT count(*) FROM {table}")[0][0])

    def wait(self, condition: object, what: str) -> None:
        deadline = time.monotonic() + 20
        while not condition():  # type: ignore[operator]
            assert time.monotonic() < deadline, what
            time.sleep(0.02)

    def review_posts(self) -> int:
        """Messages posted in the channel itself (a form's review), not in a thread."""
        return sum(not call.params.get("thread_ts") for call in self.slack.calls_to("chat.postMessage"))


def _serve(engine: Engine, slack: FakeSlackApi, real: PresidioPseudonymiser, *, crash: bool = False) -> Served:
    provider = FakeProvider()
    client = build_web_client("xoxb-test", slack.url)
    choices = ModelRegistry({"mistral": provider}, MODELS).choices
    chat = ChatRouter({Platform.SLACK: SlackChat(client, choices)}, choices)
    held = HeldPseudonymiser(real)
    conversations = CrashingOnce(Database(engine)) if crash else None
    core = build_test_core(engine, held, provider, chat, conversations=conversations)
    app = build_app(client, core, signing_secret=SECRET, feedback_channels=frozenset({FEEDBACK_CHANNEL}))
    return Served(app, core, engine, held, slack)


@pytest.fixture
def served(engine: Engine, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser) -> Iterator[Served]:
    served = _serve(engine, fake_slack, pseudonymiser)
    yield served
    served.masker.open.set()


def _expire_leases(served: Served) -> None:
    with served.engine.begin() as connection:
        connection.execute(text("UPDATE inbox SET lease_until = :past"), {"past": datetime(2000, 1, 1)})


def test_a_reply_in_a_thread_is_in_the_inbox_sealed_before_its_ack_and_applied_once(served: Served) -> None:
    assert served.send(message_event(REVIEW, REVIEW_TS)) == 200
    served.wait(lambda: served.count("conversations") == 1 and served.count("inbox") == 0, "review never taken in")
    served.masker.open.clear()

    reply = thread_reply_event(INSTRUCTION, "1700000000.000200", REVIEW_TS)
    assert served.send(reply) == 200
    assert served.rows("SELECT kind FROM inbox") == [("instruction",)], "stored before the ack, as an instruction"
    assert served.count("instructions") == 0, "handling is still held"
    [(sealed,)] = served.rows("SELECT sealed FROM inbox")
    for secret in ("Dupont", "06 12 34 56 78", "rappeler"):
        assert secret.encode() not in bytes(sealed), f"{secret!r} stored in clear"
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert served.send(reply, **retry) == 200
    assert served.count("inbox") == 1, "a redelivery stores nothing more"

    served.masker.open.set()
    served.wait(lambda: served.count("inbox") == 0, "the instruction was never handled")
    assert served.count("instructions") == 1
    assert served.send(reply, **{**retry, "X-Slack-Retry-Num": "2"}) == 200  # after handling: a new row...
    served.wait(lambda: served.count("inbox") == 0, "the late redelivery was never handled")
    assert served.count("instructions") == 1, "...that finds its instruction already there"
    assert served.count("jobs") == 2, "the first draft's job and one refinement"


def test_a_reply_left_in_the_inbox_by_a_dead_process_is_applied_by_the_next(served: Served) -> None:
    assert served.send(message_event(REVIEW, REVIEW_TS)) == 200
    served.wait(lambda: served.count("conversations") == 1 and served.count("inbox") == 0, "review never taken in")
    reply = IncomingInstruction(
        Platform.SLACK, TEAM, FEEDBACK_CHANNEL, REVIEW_TS, "1700000000.000200", AGENT, INSTRUCTION
    )
    assert served.core.inbox.accept(InstructionLetter(reply)) is not None  # stored, then "the process died"
    assert served.core.inbox.recover_one() is False, "its lease still runs: its process may yet handle it"

    _expire_leases(served)
    assert served.core.inbox.recover_one() is True
    assert served.core.inbox.recover_one() is False
    assert served.count("inbox") == 0
    assert served.count("instructions") == 1
    assert served.count("jobs") == 2, "the first draft's job and one refinement"


def test_a_form_is_in_the_inbox_sealed_before_its_ack_then_posted_and_drafted_once(served: Served) -> None:
    served.masker.open.clear()
    body = view_submission(ids.REVIEW_MODAL, FEEDBACK_CHANNEL, {"service": "CAF", "text": REVIEW})

    assert served.send(body, FORM) == 200
    assert served.rows("SELECT kind, message_id FROM inbox") == [("form", "form:view:VMODAL")]
    [(sealed,)] = served.rows("SELECT sealed FROM inbox")
    assert b"Dupont" not in bytes(sealed) and b"dossier" not in bytes(sealed)
    assert served.review_posts() == 0, "nothing posted before the form is pseudonymised"

    served.masker.open.set()
    served.wait(lambda: served.count("inbox") == 0, "the form was never taken in")
    assert served.count("conversations") == 1
    assert served.review_posts() == 1


def test_a_form_cut_after_its_review_was_posted_is_taken_in_again_without_posting_twice(
    engine: Engine, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser
) -> None:
    served = _serve(engine, fake_slack, pseudonymiser, crash=True)
    body = view_submission(ids.REVIEW_MODAL, FEEDBACK_CHANNEL, {"text": REVIEW})

    assert served.send(body, FORM) == 200
    served.wait(lambda: served.rows("SELECT posted_id FROM inbox") != [(None,)], "the posted review was not noted")
    [(posted,)] = served.rows("SELECT posted_id FROM inbox")
    assert served.review_posts() == 1
    assert served.count("conversations") == 0, "the process 'died' before storing the conversation"

    _expire_leases(served)
    assert served.core.inbox.recover_one() is True
    assert served.count("inbox") == 0
    assert served.review_posts() == 1, "the review is not posted a second time"
    assert served.rows("SELECT thread_id FROM conversations") == [(posted,)], "drafted in that post's thread"


def test_a_shortcut_and_a_typed_command_are_stored_sealed_before_their_ack(served: Served) -> None:
    served.masker.open.clear()
    message = {"type": "message", "user": "UCITIZEN", "text": REVIEW, "ts": "1700000000.000500"}
    shortcut = message_shortcut(message, response_url=served.slack.response_url("shortcut"))
    command = slash_command(REVIEW, response_url=served.slack.response_url("command"))

    assert served.send(shortcut, FORM) == 200
    assert served.send(command, FORM) == 200
    stored = served.rows("SELECT kind, message_id, sealed FROM inbox ORDER BY id")
    assert [row[:2] for row in stored] == [("review", "1700000000.000500"), ("form", "form:command:1337.42.command")]
    assert all(b"Dupont" not in bytes(row[2]) for row in stored)  # type: ignore[arg-type]

    served.masker.open.set()
    served.wait(lambda: served.count("inbox") == 0, "never taken in")
    assert served.count("conversations") == 2
    assert served.review_posts() == 1, "the typed command's review is posted in the channel"


def test_a_form_taken_over_by_another_process_while_it_waited_is_left_to_that_process(served: Served) -> None:
    """Its lease ran out before this process got to it, and another process claimed it: posting it here too would
    post the review twice."""
    form = ReviewForm(Platform.SLACK, TEAM, FEEDBACK_CHANNEL, AGENT, "", "", "", REVIEW)
    accepted = served.core.inbox.accept(FormLetter(form, "view:VLATE"))
    assert accepted is not None
    with served.engine.begin() as connection:
        connection.execute(text("UPDATE inbox SET worker = 'another-process'"))

    assert served.core.inbox.take_in(accepted) is None
    assert served.review_posts() == 0
    assert served.count("inbox") == 1, "left to the process that holds it"
    assert served.count("conversations") == 0
