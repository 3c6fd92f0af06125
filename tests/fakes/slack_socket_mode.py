"""A local fake of Slack's Socket Mode endpoint (the wss:// URL that apps.connections.open hands out).

It speaks the protocol as Slack does (https://docs.slack.dev/apis/events-api/using-socket-mode/):
- the client connects to the URL with its ticket; a ticket the fake did not issue, or any connection while
  `refusing`, gets HTTP 401 instead of the upgrade;
- the server speaks first: {"type": "hello", "num_connections", "debug_info", "connection_info"};
- each event is an envelope {"envelope_id", "type": events_api | interactive | slash_commands, "payload",
  "accepts_response_payload", "retry_attempt", "retry_reason"}; the app acks with {"envelope_id"[, "payload"]};
- {"type": "disconnect", "reason": "warning" | "refresh_requested" | "link_disabled"} asks the app to reconnect
  (link_disabled: Socket Mode was turned off); the server pings every `ping_interval` seconds and answers pings.

Test controls: `send` an envelope and `wait_ack` it (the ack's latency is recorded), `drop` the TCP connections
abruptly (no close frame), `silence` them (a dead link: nothing answered, not even pings), `disconnect` with a
reason, `refusing` to refuse new connections. `timeline` holds what happened, in order, for ordering checks.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import WSMsgType, web

from tests.fakes.aio_server import LocalAioServer
from tests.fakes.slack_socket_wire import Envelope, SocketConnection, disconnect, envelope, hello


@dataclass
class _Live:
    info: SocketConnection
    ws: web.WebSocketResponse
    transport: asyncio.BaseTransport | None


class FakeSocketMode:
    """Serve ws://127.0.0.1:<port>/link/ like Slack's Socket Mode; thread-safe controls for the tests."""

    def __init__(self, app_id: str = "A0PLUME", ping_interval: float = 5.0) -> None:
        self.app_id = app_id
        self.ping_interval = ping_interval
        self.refusing = False
        self.connections: list[SocketConnection] = []
        self.envelopes: dict[str, Envelope] = {}
        self.timeline: list[tuple[float, str, str]] = []
        self.refused = 0
        self._tickets: set[str] = set()
        self._ticket_numbers = itertools.count(1)
        self._live: list[_Live] = []
        self._cond = threading.Condition()
        self._server = LocalAioServer("fake-slack-socket-mode")

    # --- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> Self:
        app = web.Application()
        app.router.add_get("/link/", self._handle)
        self._server.start(app)
        return self

    def stop(self) -> None:
        if self._server.running:
            with contextlib.suppress(Exception):
                self._server.call(self._close_all(1001), timeout=5)
        self._server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def issue_url(self) -> str:
        """A fresh ws:// URL with its own ticket, as apps.connections.open returns (wire it into FakeSlackApi)."""
        ticket = f"{next(self._ticket_numbers):04d}-{uuid.uuid4().hex[:8]}"
        with self._cond:
            self._tickets.add(ticket)
        return f"ws://127.0.0.1:{self._server.port}/link/?ticket={ticket}&app_id={self.app_id}"

    # --- what the tests do -----------------------------------------------------------------------------------

    def send(
        self,
        payload: dict[str, Any],
        kind: str = "events_api",
        *,
        retry_attempt: int = 0,
        retry_reason: str = "",
        connection: int | None = None,
    ) -> str:
        """Send an envelope on `connection` (default: the newest open one); return its envelope_id."""
        frame = envelope(payload, kind, retry_attempt, retry_reason)
        envelope_id = str(frame["envelope_id"])
        number = self._server.call(self._send_envelope(frame, connection))
        if number is None:
            raise AssertionError("no open Socket Mode connection to send the envelope on")
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> Envelope:
        """The envelope once acked; AssertionError if no ack came within `timeout` seconds."""
        self._wait(lambda: self.envelopes[envelope_id].acked_at is not None, timeout, f"no ack for {envelope_id}")
        return self.envelopes[envelope_id]

    def wait_connections(self, count: int, timeout: float = 30.0) -> SocketConnection:
        """Wait until `count` connections were opened in all; return the latest."""
        self._wait(lambda: len(self.connections) >= count, timeout, f"fewer than {count} connection(s)")
        return self.connections[count - 1]

    def wait_closed(self, number: int, timeout: float = 30.0) -> SocketConnection:
        """Wait until connection `number` (1-based) has ended; return it."""
        self._wait(lambda: not self.connections[number - 1].open, timeout, f"connection {number} still open")
        return self.connections[number - 1]

    def _wait(self, done: Callable[[], bool], timeout: float, failure: str) -> None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not done():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{failure} after {timeout} s")
                self._cond.wait(remaining)

    def open_connections(self) -> list[SocketConnection]:
        with self._cond:
            return [info for info in self.connections if info.open]

    def drop(self) -> int:
        """Cut every open connection as a network failure does: the TCP socket goes, no close frame."""
        return self._server.call(self._drop())

    def silence(self) -> int:
        """Turn every open connection into a dead link: frames are read and ignored, pings go unanswered."""
        return self._server.call(self._silence())

    def disconnect(self, reason: str = "refresh_requested") -> int:
        """Send {"type": "disconnect", "reason": ...} on every open connection; the app must reconnect."""
        return self._server.call(self._disconnect(reason))

    def events(self) -> list[str]:
        """The timeline's kinds, in order ("open 1", "ack 1", "close 1 client"...)."""
        with self._cond:
            return [f"{kind} {detail}".strip() for _, kind, detail in self.timeline]

    # --- the server, on its own event loop -------------------------------------------------------------------

    def _note(self, kind: str, detail: str) -> None:
        with self._cond:
            self.timeline.append((time.monotonic(), kind, detail))
            self._cond.notify_all()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        ticket = request.query.get("ticket", "")
        with self._cond:
            known = ticket in self._tickets
            if self.refusing or not known:
                self.refused += 1
        if self.refusing or not known:
            self._note("refused", ticket)
            return web.Response(status=401, text="invalid ticket" if not known else "refused")
        ws = web.WebSocketResponse(autoping=False, compress=False, max_msg_size=0)
        await ws.prepare(request)
        with self._cond:
            info = SocketConnection(len(self.connections) + 1, ticket, time.monotonic())
            self.connections.append(info)
        live = _Live(info, ws, request.transport)
        self._live.append(live)
        self._note("open", str(info.number))
        pinger = asyncio.ensure_future(self._ping(live))
        try:
            await self._write(live, hello(len(self._live), self.app_id))
            await self._read(live)
        finally:
            pinger.cancel()
            self._live.remove(live)
            with self._cond:
                info.closed_at = time.monotonic()
                info.ended_by = info.ended_by or "lost"
            self._note("close", f"{info.number} {info.ended_by}")
        return ws

    async def _read(self, live: _Live) -> None:
        while not live.ws.closed:
            msg = await live.ws.receive()
            if msg.type == WSMsgType.CLOSE:
                live.info.ended_by = live.info.ended_by or "client"
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await live.ws.close()
                return
            if msg.type in (WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                return
            if msg.type == WSMsgType.PING:
                with self._cond:
                    live.info.pings += 1  # counted even on a dead link: it reached the fake, no pong goes back
            if live.info.silent:
                continue
            if msg.type == WSMsgType.PING:
                await live.ws.pong(msg.data)
            elif msg.type == WSMsgType.PONG:
                with self._cond:
                    live.info.pongs += 1
            elif msg.type == WSMsgType.TEXT:
                self._receive(live, msg.data)

    def _receive(self, live: _Live, text: str) -> None:
        try:
            frame = json.loads(text)
        except ValueError:
            frame = text
        with self._cond:
            live.info.received.append(frame)
            sent = self.envelopes.get(frame.get("envelope_id", "")) if isinstance(frame, dict) else None
            first = sent is not None and sent.acked_at is None
            if sent is not None and first:
                sent.acked_at = time.monotonic()
                sent.ack_connection = live.info.number
                payload = frame.get("payload")
                sent.ack_payload = payload if isinstance(payload, dict) else None
            self._cond.notify_all()
        if first:
            self._note("ack", str(live.info.number))

    async def _ping(self, live: _Live) -> None:
        while not live.ws.closed:
            await asyncio.sleep(self.ping_interval)
            if not live.info.silent and not live.ws.closed:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await live.ws.ping(f"fake-{time.time()}".encode())

    async def _write(self, live: _Live, frame: dict[str, Any]) -> bool:
        if live.ws.closed or live.info.silent:
            return False
        try:
            await live.ws.send_str(json.dumps(frame))
        except (ConnectionError, RuntimeError):
            return False
        return True

    async def _send_envelope(self, frame: dict[str, Any], connection: int | None) -> int | None:
        candidates = [live for live in self._live if connection in (None, live.info.number) and not live.ws.closed]
        if not candidates:
            return None
        live = candidates[-1]
        with self._cond:
            self.envelopes[frame["envelope_id"]] = Envelope(
                frame["envelope_id"], frame["type"], frame["payload"], live.info.number, time.monotonic()
            )
        self._note("envelope", f"{live.info.number} {frame['type']}")
        return live.info.number if await self._write(live, frame) else None

    async def _drop(self) -> int:
        dropped = 0
        for live in list(self._live):
            if live.transport is not None and not live.transport.is_closing():
                live.info.ended_by = "dropped"
                live.transport.abort()
                dropped += 1
        return dropped

    async def _silence(self) -> int:
        with self._cond:
            for live in self._live:
                live.info.silent = True
        return len(self._live)

    async def _disconnect(self, reason: str) -> int:
        sent = 0
        for live in list(self._live):
            if await self._write(live, disconnect(reason)):
                sent += 1
                self._note("disconnect", f"{live.info.number} {reason}")
        return sent

    async def _close_all(self, code: int) -> None:
        for live in list(self._live):
            live.info.ended_by = live.info.ended_by or "server"
            with contextlib.suppress(ConnectionError, RuntimeError):
                await live.ws.close(code=code)
