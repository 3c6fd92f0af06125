"""The fake Socket Mode endpoint, checked against slack_sdk's own Socket Mode client (the builtin one)."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_socket_mode import FakeSocketMode


@pytest.fixture
def socket_mode(fake_slack: FakeSlackApi) -> Iterator[FakeSocketMode]:
    with FakeSocketMode(ping_interval=0.3) as fake:
        fake_slack.socket_mode_url = fake.issue_url
        yield fake


@pytest.fixture
def sdk_client(fake_slack: FakeSlackApi, socket_mode: FakeSocketMode) -> Iterator[SocketModeClient]:
    client = SocketModeClient(app_token="xapp-1", web_client=WebClient(base_url=fake_slack.url), ping_interval=1)
    received: list[dict[str, Any]] = []
    client.message_listeners.append(lambda _client, message, _raw: received.append(message))

    def ack(client: SocketModeClient, request: SocketModeRequest) -> None:
        payload = {"text": "ok"} if request.accepts_response_payload else None
        client.send_socket_mode_response(SocketModeResponse(request.envelope_id, payload=payload))

    client.socket_mode_request_listeners.append(ack)
    client.received = received  # type: ignore[attr-defined]
    yield client
    client.close()


def test_hello_then_envelopes_acked_by_envelope_id(
    fake_slack: FakeSlackApi, socket_mode: FakeSocketMode, sdk_client: SocketModeClient
) -> None:
    sdk_client.connect()
    socket_mode.wait_connections(1)

    event = socket_mode.wait_ack(socket_mode.send({"event": {"type": "app_mention", "text": "x"}}))
    command = socket_mode.wait_ack(socket_mode.send({"command": "/plume"}, "slash_commands"))

    hello = sdk_client.received[0]  # type: ignore[attr-defined]
    assert hello["type"] == "hello" and hello["num_connections"] == 1
    assert hello["connection_info"] == {"app_id": socket_mode.app_id}
    assert {"host", "build_number", "approximate_connection_time"} <= set(hello["debug_info"])
    envelope = sdk_client.received[1]  # type: ignore[attr-defined]
    assert envelope["type"] == "events_api" and envelope["accepts_response_payload"] is False
    assert {"envelope_id", "payload", "retry_attempt", "retry_reason"} <= set(envelope)
    assert event.ack_connection == 1 and event.ack_latency is not None and event.ack_latency < 3
    assert command.ack_payload == {"text": "ok"}
    assert fake_slack.calls_to("apps.connections.open")


def test_a_disconnect_message_makes_the_client_reconnect(
    socket_mode: FakeSocketMode, sdk_client: SocketModeClient
) -> None:
    sdk_client.connect()
    socket_mode.wait_connections(1)

    assert socket_mode.disconnect("refresh_requested") == 1

    socket_mode.wait_connections(2, timeout=10)
    socket_mode.wait_closed(1, timeout=10)
    assert socket_mode.wait_ack(socket_mode.send({"event": {"type": "app_mention"}})).ack_connection == 2
    assert "disconnect 1 refresh_requested" in socket_mode.events()


def test_pings_both_ways_and_dropped_connections_end_without_a_close_frame(
    socket_mode: FakeSocketMode, sdk_client: SocketModeClient
) -> None:
    sdk_client.connect()
    first = socket_mode.wait_connections(1)
    deadline = time.monotonic() + 5
    while (first.pings == 0 or first.pongs == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert first.pings >= 1, "the client's pings reach the fake"
    assert first.pongs >= 1, "the fake's own pings are answered"

    assert socket_mode.drop() == 1

    assert socket_mode.wait_closed(1).ended_by == "dropped"


def test_refused_connections_and_unknown_tickets_get_401(socket_mode: FakeSocketMode) -> None:
    url = socket_mode.issue_url().replace("ws://", "http://")
    for target, refusing in ((url.replace("ticket=", "ticket=forged"), False), (url, True)):
        socket_mode.refusing = refusing
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(target, timeout=5)
        assert refused.value.code == 401
    assert socket_mode.refused == 2
    assert socket_mode.connections == []
