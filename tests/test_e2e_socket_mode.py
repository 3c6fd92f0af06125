"""End to end in Socket Mode (the default `plume serve`): a subprocess against the fake Slack Web API, the fake
Socket Mode endpoint and a fake Mistral server. Durations printed here are noisy (shared machine) and only shown."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import parse_qs
from urllib.request import urlopen

import pytest
import sqlalchemy

from tests.conftest import empty_postgres
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import block_action, message_event
from tests.fakes.slack_socket_mode import FakeSocketMode

NAME, PHONE = "Marie Dupont", "06 12 34 56 78"
REVIEW = f"Bonjour, je suis {NAME}. Personne ne rappelle au {PHONE} depuis trois mois, la CAF ne répond pas."


@pytest.fixture
def socket_mode(fake_slack: FakeSlackApi) -> Iterator[FakeSocketMode]:
    with FakeSocketMode() as fake:
        fake_slack.socket_mode_url = fake.issue_url
        yield fake


def _start(home: Path, slack: FakeSlackApi, model: FakeMistralServer, database_url: str) -> PlumeProcess:
    env = plume_env(home, slack.url, model.url, database_url, SLACK_APP_TOKEN="xapp-e2e", PLUME_LOG_LEVEL="INFO")
    return PlumeProcess(env, home, "plume-socket", socket_mode=True).wait_ready()


@pytest.fixture
def plume(
    tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer, socket_mode: FakeSocketMode
) -> Iterator[PlumeProcess]:
    process = _start(tmp_path, fake_slack, fake_mistral, f"sqlite:///{tmp_path / 'plume.db'}")
    socket_mode.wait_connections(1)
    yield process
    process.stop()


def _model_reply(body: dict[str, Any]) -> str:
    person = re.search(r"\[PERSONNE_\d+\]", body["messages"][-1]["content"])
    return f"Bonjour {person.group(0) if person else 'Madame, Monsieur'}, merci pour votre avis sur la CAF."


def _has_action(call: SlackCall, action_id: str) -> bool:
    return action_id in json.dumps(call.params.get("blocks", []))


def _event(text: str, ts: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(message_event(text, ts))
    return body


def _click(draft: SlackCall, response_url: str) -> dict[str, Any]:
    """The block_actions payload of a click on the draft's approve button, as Socket Mode carries it (JSON)."""
    button = next(
        element
        for block in draft.params["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == "plume_approve"
    )
    form = block_action("plume_approve", button["value"], user="ULEAD", response_url=response_url)
    payload: dict[str, Any] = json.loads(parse_qs(form)["payload"][0])
    return payload


def test_review_to_approval_over_socket_mode_across_a_dropped_connection(
    plume: PlumeProcess, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer, socket_mode: FakeSocketMode
) -> None:
    fake_mistral.reply = _model_reply

    review = socket_mode.wait_ack(socket_mode.send(_event(REVIEW, "1700000000.000100")))
    draft = fake_slack.wait_for("chat.update", lambda c: _has_action(c, "plume_approve"), timeout=60)
    reconnect, cpu, window = _drop_and_reconnect(plume, socket_mode)
    click = socket_mode.wait_ack(socket_mode.send(_click(draft, fake_slack.response_url("ok")), "interactive"))
    approved = fake_slack.wait_for(
        "chat.update", lambda c: "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False), timeout=30
    )

    print(f"\nacks: review {review.ack_latency:.3f} s, approve click {click.ack_latency:.3f} s")
    print(f"dropped TCP: reconnected after {reconnect:.2f} s; {cpu:.2f} s of CPU in the {window:.1f} s after the drop")
    assert fake_slack.calls_to("chat.postMessage")[0].params["thread_ts"] == "1700000000.000100"
    for action_id in ("plume_approve", "plume_regenerate", "plume_edit", "plume_switch_model"):
        assert _has_action(draft, action_id)
    assert f"Bonjour {NAME}, merci" in json.dumps(draft.params["blocks"], ensure_ascii=False)
    sent = json.dumps([request.body for request in fake_mistral.requests], ensure_ascii=False)
    assert "[PERSONNE_1]" in sent and NAME not in sent and PHONE not in sent
    assert socket_mode.connections[0].ended_by == "dropped" and click.ack_connection == 2
    assert reconnect < 20, "noticed in seconds, not the ~60 s of slack_sdk's builtin client"
    assert cpu < 0.5 * window, "no core spinning while the link is down"
    assert approved.params["ts"] == draft.params["ts"] and not _has_action(approved, "plume_approve")
    with sqlite3.connect(plume.log.parent / "plume.db") as db:
        assert db.execute("SELECT user_id FROM approvals").fetchall() == [("ULEAD",)]
    assert NAME not in plume.log.read_text()


def _drop_and_reconnect(plume: PlumeProcess, socket_mode: FakeSocketMode) -> tuple[float, float, float]:
    """Cut the TCP connection; seconds until the next one opened, and Plume's CPU seconds in a ~3 s window."""
    cpu_before, started = plume.cpu_seconds(), time.monotonic()
    socket_mode.drop()
    reconnect = socket_mode.wait_connections(2, timeout=30).opened_at - started
    time.sleep(max(0.0, 3.0 - (time.monotonic() - started)))  # a window of a few seconds around the reconnection
    return reconnect, plume.cpu_seconds() - cpu_before, time.monotonic() - started


def test_sigterm_closes_the_socket_first_then_lets_the_running_draft_finish(
    plume: PlumeProcess, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer, socket_mode: FakeSocketMode
) -> None:
    fake_mistral.reply = _model_reply
    fake_mistral.delay_before_answer = 5.0
    socket_mode.wait_ack(socket_mode.send(_event(REVIEW, "1700000000.000200")))
    fake_mistral.wait_for_requests(1, timeout=60)  # the draft is running: the model is thinking

    plume.process.terminate()
    closed = socket_mode.wait_closed(1, timeout=10)
    finished_before_close = [c for c in fake_slack.calls_to("chat.update") if _has_action(c, "plume_approve")]
    assert not socket_mode.open_connections(), "Slack would now route new events to the app's other connections"
    draft = fake_slack.wait_for("chat.update", lambda c: _has_action(c, "plume_approve"), timeout=60)
    code = plume.process.wait(timeout=60)

    assert code == 0
    assert closed.ended_by == "client", "Plume closed the socket itself, with a close frame"
    assert draft.params["channel"]
    assert closed.closed_at is not None and draft.params["ts"]
    assert len(socket_mode.connections) == 1, "no reconnection while stopping"
    assert len(fake_mistral.requests) == 1
    order = [kind for kind in socket_mode.events() if kind.startswith(("ack", "close"))]
    assert order == ["ack 1", "close 1 client"]
    assert finished_before_close == [], "the socket closed while the draft was still running; it finished after"


def _healthz(port: int) -> tuple[int, dict[str, Any]]:
    try:
        with urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return response.status, json.loads(response.read())
    except HTTPError as error:
        return error.code, json.loads(error.read())


def _set_connections(database_url: str, allowed: bool) -> None:
    """Let clients connect to the test database or not (and cut those connected), from the maintenance database."""
    url = sqlalchemy.make_url(database_url)
    admin = sqlalchemy.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{url.database}" WITH ALLOW_CONNECTIONS {str(allowed).lower()}')
            if not allowed:
                terminate = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %(name)s"
                connection.exec_driver_sql(terminate, {"name": url.database})
    finally:
        admin.dispose()


def test_health_port_in_socket_mode_says_when_the_database_is_down(
    tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer, socket_mode: FakeSocketMode
) -> None:
    database_url = empty_postgres()
    plume = _start(tmp_path, fake_slack, fake_mistral, database_url)
    try:
        assert _healthz(plume.port) == (200, {"status": "ok", "database": "ok"})
        _set_connections(database_url, allowed=False)
        try:
            status, body = _healthz(plume.port)
        finally:
            _set_connections(database_url, allowed=True)
        assert status == 503 and body["status"] == "error" and body["database"]
        assert _healthz(plume.port) == (200, {"status": "ok", "database": "ok"})
        assert socket_mode.wait_connections(1).open, "Slack itself is served over the socket, not the health port"
    finally:
        assert plume.stop() == 0
