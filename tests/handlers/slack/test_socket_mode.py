"""SlackSocket against the fake Socket Mode endpoint: dead links replaced in seconds, disconnects, orderly stop.

A real Bolt app with one listener; the durations printed here are noisy (shared CI machine) and only shown.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from slack_bolt import Ack, App
from slack_sdk import WebClient

from handlers.slack.socket_mode import SlackSocket, SocketModeUnavailable
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_socket_mode import FakeSocketMode

PING = 1.0
MENTION = {"type": "event_callback", "team_id": "T0001", "event": {"type": "app_mention", "user": "U1", "text": "x"}}


@pytest.fixture
def socket_mode(fake_slack: FakeSlackApi) -> Iterator[FakeSocketMode]:
    with FakeSocketMode() as fake:
        fake_slack.socket_mode_url = fake.issue_url
        yield fake


class Listener:
    """What the app did after each ack; `hold` keeps the work after the ack running until released."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.hold = threading.Event()
        self.hold.set()
        self.started = threading.Event()

    def build(self, fake_slack: FakeSlackApi) -> App:
        client = WebClient(token="xoxb-1", base_url=fake_slack.url)
        app = App(client=client, request_verification_enabled=False, token_verification_enabled=False)

        @app.event("app_mention")
        def on_mention(event: dict[str, Any]) -> None:
            self.hold.wait(10)
            self.done.append(str(event.get("text")))

        @app.command("/plume")
        def on_command(ack: Ack) -> None:
            ack("reçu")

        @app.command("/lent")
        def on_slow_command(ack: Ack) -> None:
            self.started.set()
            self.hold.wait(10)
            ack("trop tard")

        return app


@pytest.fixture
def listener() -> Listener:
    return Listener()


@pytest.fixture
def socket(fake_slack: FakeSlackApi, socket_mode: FakeSocketMode, listener: Listener) -> Iterator[SlackSocket]:
    slack_socket = SlackSocket(listener.build(fake_slack), "xapp-1", fake_slack.url, ping_interval=PING)
    slack_socket.start()
    yield slack_socket
    slack_socket.stop()


def _reconnect_after(socket_mode: FakeSocketMode, failure: str) -> float:
    """Break the link with `failure` ("drop" or "silence"); seconds until the next connection is open."""
    broken = socket_mode.wait_connections(1)
    started = time.monotonic()
    assert getattr(socket_mode, failure)() == 1
    replacement = socket_mode.wait_connections(2, timeout=30)
    elapsed = replacement.opened_at - started
    print(f"\n{failure}: new Socket Mode connection after {elapsed:.2f} s (ping interval {PING} s)")
    assert broken.number == 1
    return elapsed


def test_envelopes_are_acked_with_bolts_answer(socket: SlackSocket, socket_mode: FakeSocketMode) -> None:
    socket_mode.wait_connections(1)

    event = socket_mode.wait_ack(socket_mode.send(MENTION))
    command = socket_mode.wait_ack(socket_mode.send({"command": "/plume", "text": ""}, "slash_commands"))

    assert event.ack_payload is None
    assert command.ack_payload == {"text": "reçu"}


def test_a_dropped_tcp_connection_is_replaced_in_seconds(
    socket: SlackSocket, socket_mode: FakeSocketMode, listener: Listener
) -> None:
    elapsed = _reconnect_after(socket_mode, "drop")

    assert elapsed < 10 * PING, "not the minute the builtin client takes"
    assert socket_mode.wait_ack(socket_mode.send(MENTION)).ack_connection == 2


def test_a_silent_dead_link_is_given_up_on_a_missed_pong(socket: SlackSocket, socket_mode: FakeSocketMode) -> None:
    elapsed = _reconnect_after(socket_mode, "silence")

    dead = socket_mode.connections[0]
    assert dead.pings >= 1 and dead.ended_by != "dropped", "the client gave up on the link itself"
    assert socket_mode.connections[1].ticket != dead.ticket, "a fresh URL from apps.connections.open"
    assert elapsed < 10 * PING
    assert socket_mode.wait_ack(socket_mode.send(MENTION)).ack_connection == 2


@pytest.mark.parametrize("reason", ["warning", "refresh_requested", "link_disabled"])
def test_after_a_disconnect_the_next_envelope_is_acked_well_within_3_s(
    socket: SlackSocket, socket_mode: FakeSocketMode, reason: str
) -> None:
    socket_mode.wait_connections(1)

    socket_mode.disconnect(reason)
    socket_mode.wait_connections(2, timeout=10)
    envelope = socket_mode.wait_ack(socket_mode.send(MENTION), timeout=3)

    print(f"\n{reason}: envelope acked in {envelope.ack_latency:.3f} s on the new connection")
    assert envelope.ack_connection == 2
    assert socket_mode.wait_closed(1).ended_by == "client"


def test_stop_closes_the_socket_then_finishes_the_work_after_acks(
    fake_slack: FakeSlackApi, socket_mode: FakeSocketMode, listener: Listener
) -> None:
    slack_socket = SlackSocket(listener.build(fake_slack), "xapp-1", fake_slack.url, ping_interval=PING)
    slack_socket.start()
    socket_mode.wait_connections(1)
    listener.hold.clear()
    socket_mode.wait_ack(socket_mode.send({**MENTION, "event": {**MENTION["event"], "text": "acked"}}))

    stopper = threading.Thread(target=slack_socket.stop)
    stopper.start()
    closed = socket_mode.wait_closed(1)
    assert stopper.is_alive() and listener.done == [], "the socket closed while the acked work still ran"
    listener.hold.set()
    stopper.join(10)

    assert closed.ended_by == "client"
    assert listener.done == ["acked"], "work after an ack finishes before stop returns"
    assert len(socket_mode.connections) == 1, "no reconnection once stopping"


def test_an_envelope_still_in_hand_at_stop_is_never_acked(
    fake_slack: FakeSlackApi, socket_mode: FakeSocketMode, listener: Listener
) -> None:
    slack_socket = SlackSocket(listener.build(fake_slack), "xapp-1", fake_slack.url, ping_interval=PING)
    slack_socket.start()
    socket_mode.wait_connections(1)
    listener.hold.clear()
    slow = socket_mode.send({"command": "/lent", "text": ""}, "slash_commands")
    assert listener.started.wait(10)

    stopper = threading.Thread(target=slack_socket.stop)
    stopper.start()
    socket_mode.wait_closed(1)
    listener.hold.set()  # Bolt's listener acks now, after the close
    stopper.join(10)

    assert not stopper.is_alive()
    assert socket_mode.envelopes[slow].acked_at is None, "Slack sends it again to another connection"
    assert [event for event in socket_mode.events() if not event.startswith(("open", "envelope"))] == ["close 1 client"]


def test_start_gives_up_when_the_websocket_is_refused(
    fake_slack: FakeSlackApi, socket_mode: FakeSocketMode, listener: Listener
) -> None:
    socket_mode.refusing = True
    slack_socket = SlackSocket(listener.build(fake_slack), "xapp-1", fake_slack.url, ping_interval=0.2)

    with pytest.raises(SocketModeUnavailable):
        slack_socket.start(timeout=1.5)
    slack_socket.stop()

    assert socket_mode.refused >= 2, "the SDK kept trying meanwhile"
    assert socket_mode.connections == []


def test_stop_before_start_is_harmless(fake_slack: FakeSlackApi, listener: Listener) -> None:
    """SIGTERM may come while `plume serve` is still starting."""
    SlackSocket(listener.build(fake_slack), "xapp-1", fake_slack.url).stop(timeout=1)
