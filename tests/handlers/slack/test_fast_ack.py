"""The HTTP route's fast path: a signed review is sealed into the inbox and acked before Bolt reads it, then Bolt
dispatches the same request once requests quieten; every other request goes through Bolt at once, as before.

Production's Bolt app (listeners after the ack) behind the WSGI route `plume serve --http` serves, a real SQLite
store, the real pseudonymiser. A global middleware records what Bolt sees and when."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.context import BoltContext
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.chat_router import ChatRouter
from bot.core import Core
from bot.domain import Platform
from bot.models.registry import ModelRegistry
from bot.privacy.engine import PresidioPseudonymiser
from handlers.slack import ids
from handlers.slack.app import build_app, build_web_client, fast_acks
from handlers.slack.chat import SlackChat
from handlers.slack.events import ACCEPTED
from handlers.slack.http import EVENTS_PATH, slack_route
from handlers.web import router
from storage.database import open_engine, upgrade
from tests.fakes.bolt_harness import SECRET
from tests.fakes.core import MODELS, build_test_core
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import AGENT, FEEDBACK_CHANNEL, block_action, message_event, signed_headers

REVIEW = "Bonjour, je suis Marie Dupont, joignable au 06 12 34 56 78. Mon dossier CAF n'avance pas."


@dataclass
class Seen:
    """One request as Bolt's middleware saw it."""

    ts: str
    accepted_before: bool
    retry: str | None


@dataclass
class Route:
    core: Core
    engine: Engine
    db: Path
    response_url: str
    wsgi: Callable[..., Any]
    seen: list[Seen] = field(default_factory=list)

    def post(
        self, body: str, content_type: str = "application/json", *, secret: str = SECRET, **headers: str
    ) -> tuple[int, bytes]:
        data = body.encode()
        environ: dict[str, object] = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": EVENTS_PATH,
            "QUERY_STRING": "",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "CONTENT_TYPE": content_type,
            "CONTENT_LENGTH": str(len(data)),
            "wsgi.input": io.BytesIO(data),
        }
        for name, value in {**signed_headers(secret, body), **headers}.items():
            environ[f"HTTP_{name.upper().replace('-', '_')}"] = value
        statuses: list[str] = []
        answer = b"".join(self.wsgi(environ, lambda status, _headers: statuses.append(status)))
        return int(statuses[0].split()[0]), answer

    def count(self, table: str) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

    def stored_bytes(self) -> bytes:
        return b"".join(path.read_bytes() for path in self.db.parent.glob(f"{self.db.name}*"))

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + 20
        while not condition():
            assert time.monotonic() < deadline, what
            time.sleep(0.02)


@pytest.fixture
def route(tmp_path: Path, fake_slack: FakeSlackApi, pseudonymiser: PresidioPseudonymiser) -> Iterator[Route]:
    db = tmp_path / "plume.db"
    engine = open_engine(f"sqlite:///{db}")
    upgrade(engine)
    provider = FakeProvider()
    client = build_web_client("xoxb-test", fake_slack.url)
    choices = ModelRegistry({"mistral": provider}, MODELS).choices
    chat = ChatRouter({Platform.SLACK: SlackChat(client, choices)}, choices)
    core = build_test_core(engine, pseudonymiser, provider, chat)
    channels = frozenset({FEEDBACK_CHANNEL})
    app = build_app(client, core, signing_secret=SECRET, feedback_channels=channels)
    fast = fast_acks(app, core, signing_secret=SECRET, feedback_channels=channels)
    assert fast is not None
    served = Route(
        core, engine, db, fake_slack.url, router({EVENTS_PATH: slack_route(app, fast)}, lambda: {"status": "ok"})
    )

    @app.middleware
    def record(
        body: dict[str, Any], context: BoltContext, request: BoltRequest, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        event = body.get("event") if isinstance(body.get("event"), dict) else {}
        ts = str(event.get("ts") or body.get("type"))
        retry = request.headers.get("x-slack-retry-num", [None])[0]
        served.seen.append(Seen(ts, ACCEPTED in context, retry))
        return next()

    yield served
    engine.dispose()


def test_a_review_is_stored_sealed_and_acked_before_bolt_reads_it(route: Route) -> None:
    with route.core.quiet.busy():  # another request in progress: nothing after an ack may run yet
        assert route.post(message_event(REVIEW, "1700000000.000100"))[0] == 200
        assert route.count("inbox") == 1, "stored before the ack"
        assert route.seen == [], "acked without Bolt"
        for secret in (REVIEW, "Marie Dupont", "06 12 34 56 78"):
            assert secret.encode() not in route.stored_bytes(), f"{secret!r} stored in clear"

    route.wait(lambda: route.count("conversations") == 1, "the review was never taken in")
    assert route.seen == [Seen("1700000000.000100", True, None)], "Bolt dispatched it afterwards, already accepted"
    route.wait(lambda: route.count("inbox") == 0, "the inbox row outlived intake")
    assert route.count("jobs") == 1


def test_each_acked_review_waits_for_a_quiet_gap_of_its_own_before_bolt(
    route: Route, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[int] = []
    """How many requests Bolt had seen each time the after-ack thread waited for a quiet gap."""
    wait = route.core.quiet.wait

    def recorded_wait() -> bool:
        if threading.current_thread().name == "plume-slack-after-ack":
            handed.append(len(route.seen))
        return wait()

    monkeypatch.setattr(route.core.quiet, "wait", recorded_wait)
    with route.core.quiet.busy():  # a burst: both reviews acked while another request runs
        for ts in ("1700000000.000201", "1700000000.000202"):
            assert route.post(message_event(REVIEW, ts))[0] == 200

    route.wait(lambda: len(route.seen) == 2, "Bolt never dispatched both reviews")
    assert handed == [0, 1], "one quiet gap before each request handed to Bolt, not one for the whole backlog"
    route.wait(lambda: route.count("conversations") == 2, "both reviews taken in")


def test_a_redelivered_review_is_acked_again_and_taken_in_once(route: Route) -> None:
    body = message_event(REVIEW, "1700000000.000200")
    assert route.post(body)[0] == 200
    assert route.post(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})[0] == 200

    route.wait(lambda: len(route.seen) == 2, "Bolt never saw both deliveries")
    assert [seen.retry for seen in route.seen] == [None, "1"], "Bolt gets the request's own headers"
    route.wait(lambda: route.count("inbox") == 0, "never taken in")
    assert route.count("conversations") == 1
    assert route.count("jobs") == 1


@pytest.mark.parametrize(
    ("secret", "headers"),
    [("wrong-secret", {}), (SECRET, {"X-Slack-Signature": ""}), (SECRET, {"X-Slack-Request-Timestamp": "demain"})],
)
def test_a_review_without_a_valid_signature_is_refused_and_not_stored(
    route: Route, secret: str, headers: dict[str, str]
) -> None:
    """Left to Bolt, which refuses it (401; 500 for a timestamp that is not a number, as Bolt always did)."""
    assert route.post(message_event(REVIEW, "1700000000.000300"), secret=secret, **headers)[0] in (401, 500)
    assert route.count("inbox") == 0
    assert route.seen == []


def test_an_old_signed_review_is_refused_and_not_stored(route: Route) -> None:
    body = message_event(REVIEW, "1700000000.000310")
    old = signed_headers(SECRET, body, int(time.time()) - 600)
    assert route.post(body, **old)[0] == 401
    assert route.count("inbox") == 0


def test_url_verification_is_answered_by_bolt(route: Route) -> None:
    body = json.dumps({"token": "legacy", "challenge": "le-défi", "type": "url_verification"})
    status, answer = route.post(body)
    assert status == 200
    assert json.loads(answer) == {"challenge": "le-défi"}


def test_events_that_are_not_reviews_go_through_bolt_before_the_ack(route: Route) -> None:
    """A reply in a thread (an instruction), a message outside the feedback channels, a click: Bolt sees each
    before the route answers, as without the fast path."""
    with route.core.quiet.busy():
        reply = message_event("Plus court.", "1700000000.000401", thread_ts="1700000000.000400")
        assert route.post(reply)[0] == 200
        elsewhere = message_event("Bonjour à tous", "1700000000.000402", channel="CGENERAL")
        assert route.post(elsewhere)[0] == 200
        click = block_action(ids.REGENERATE, "999", user=AGENT, response_url=route.response_url)
        assert route.post(click, "application/x-www-form-urlencoded")[0] == 200
        assert [seen.ts for seen in route.seen] == ["1700000000.000401", "1700000000.000402", "block_actions"]
        with route.engine.connect() as connection:  # the reply was sealed by Bolt's middleware, as an instruction
            kinds = connection.execute(text("SELECT kind, message_id FROM inbox")).all()
        assert [tuple(row) for row in kinds] == [("instruction", "1700000000.000401")]


def test_a_malformed_event_is_refused_by_bolt_and_not_stored(route: Route) -> None:
    body = json.loads(message_event(REVIEW, "1700000000.000500"))
    body["event"]["user"] = ["UAGENT"]
    assert route.post(json.dumps(body))[0] == 400
    assert route.count("inbox") == 0


def test_a_review_the_inbox_cannot_store_is_not_acked(route: Route) -> None:
    """Fail closed: the store fails, Bolt tries again and answers 500; Slack's redelivery is then acked."""
    with route.engine.begin() as connection:
        connection.execute(text("ALTER TABLE inbox RENAME TO inbox_away"))
    body = message_event(REVIEW, "1700000000.000600")
    assert route.post(body)[0] == 500

    with route.engine.begin() as connection:
        connection.execute(text("ALTER TABLE inbox_away RENAME TO inbox"))
    assert route.post(body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})[0] == 200
    route.wait(lambda: route.count("conversations") == 1, "the redelivered review was never taken in")
