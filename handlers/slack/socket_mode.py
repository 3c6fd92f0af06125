"""Socket Mode as production meets it: dead links noticed in seconds, and a shutdown that never acks after closing.

slack_sdk's builtin client (what Bolt's SocketModeHandler uses) spins on a socket the peer has reset and notices
a dead link only after 4 ping intervals; its websocket-client variant has no pong timeout at all. The aiohttp
client (aiohttp is already a dependency) reads a reset as a close at once, and its heartbeat closes a link whose
pong does not come back within half a ping interval; its monitor then reconnects on its next tick. So a dropped
connection is replaced within about two ping intervals, without a busy loop.

The client runs on its own event loop in a thread; each envelope is dispatched to the sync Bolt app in a worker
thread (Bolt answers at `ack()`), and the ack is sent from the loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_bolt.response import BoltResponse
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.async_client import AsyncBaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

PING_INTERVAL = 2.0
"""Seconds between pings; a pong missing for half of it closes the link, and the monitor reconnects."""

CONNECT_TIMEOUT = 30.0
"""Seconds `start` waits for the first connection (the SDK retries meanwhile) before giving up."""

DISPATCH_WORKERS = 10
"""Envelopes handed to Bolt at once (Bolt's own listener pool then runs the work that follows each ack)."""


class SocketModeUnavailable(Exception):
    """No Socket Mode connection could be opened at start (the WebSocket upgrade refused, or no answer)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no connection within {seconds:.0f} s")
        self.seconds = seconds


class SlackSocket:
    """One Socket Mode connection to Slack, kept alive, for a sync Bolt app."""

    def __init__(self, app: App, app_token: str, api_url: str, *, ping_interval: float = PING_INTERVAL) -> None:
        self._app = app
        self._app_token = app_token
        self._api_url = api_url
        self._ping_interval = ping_interval
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="plume-socket-mode", daemon=True)
        self._dispatch = ThreadPoolExecutor(DISPATCH_WORKERS, thread_name_prefix="plume-socket-dispatch")
        self._client: SocketModeClient | None = None
        self._closing = threading.Event()

    def start(self, timeout: float = CONNECT_TIMEOUT) -> None:
        """Open the connection (apps.connections.open, then the WebSocket); return once it is up, or raise
        SocketModeUnavailable after `timeout` seconds."""
        self._thread.start()
        connected = asyncio.run_coroutine_threadsafe(self._connect(), self._loop)
        try:
            connected.result(timeout=timeout)
        except TimeoutError:
            connected.cancel()
            raise SocketModeUnavailable(timeout) from None

    def stop(self, timeout: float = 10.0) -> None:
        """Close the socket first (Slack then routes new events to other connections), then let what was received
        finish: envelopes being dispatched (no ack is sent after the close: Slack redelivers those elsewhere) and the
        work Bolt runs after each ack."""
        self._closing.set()
        if self._client is not None and self._thread.is_alive():
            future = asyncio.run_coroutine_threadsafe(self._client.close(), self._loop)  # type: ignore[no-untyped-call]
            try:
                future.result(timeout=timeout)
            except Exception as error:  # a dead link may not close cleanly: it is gone either way
                log.warning("Socket Mode: closing the connection failed (%s)", type(error).__name__)
        log.info("Socket Mode: connection closed; finishing what was received")
        self._dispatch.shutdown(wait=True)
        self._app.listener_runner.listener_executor.shutdown(wait=True)
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=timeout)

    async def _connect(self) -> None:
        web_client = AsyncWebClient(base_url=self._api_url)
        # The SDK logs whole envelopes at DEBUG: its logger stays under the WARNING floor of bot.logs.
        client = SocketModeClient(
            app_token=self._app_token,
            web_client=web_client,
            ping_interval=self._ping_interval,
            logger=logging.getLogger("slack_sdk.socket_mode.plume"),
        )
        client.message_listeners.append(self._on_message)
        client.socket_mode_request_listeners.append(self._on_request)
        self._client = client
        await client.connect()  # type: ignore[no-untyped-call]

    async def _on_message(self, _client: AsyncBaseSocketModeClient, message: dict[str, Any], _raw: Any) -> None:
        kind = message.get("type")
        if kind == "hello":
            log.info("Socket Mode: connected (%s connection(s) for this app)", message.get("num_connections"))
        elif kind == "disconnect":
            log.info("Socket Mode: Slack asks to reconnect (%s)", message.get("reason"))

    async def _on_request(self, client: AsyncBaseSocketModeClient, request: SocketModeRequest) -> None:
        if self._closing.is_set():
            return  # never acked: Slack sends it again to another connection
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        try:
            response: BoltResponse = await loop.run_in_executor(self._dispatch, run_bolt_app, self._app, request)
        except RuntimeError:  # the dispatch pool is shut down: the process is stopping
            return
        if self._closing.is_set():
            log.info("Socket Mode: envelope of type %s left unacked at shutdown", request.type)
            return
        ack = _ack(request, response)
        if ack is not None:
            await client.send_socket_mode_response(ack)
            log.debug("Socket Mode: %s acked in %.0f ms", request.type, (time.monotonic() - started) * 1000)


def _ack(request: SocketModeRequest, response: BoltResponse) -> SocketModeResponse | None:
    """The ack for Bolt's answer, with its body as payload when there is one; None when Bolt did not answer 200
    (Bolt's own Socket Mode adapters do not ack those either: Slack tells the user, or sends the event again)."""
    if response.status != 200:
        log.info("Socket Mode: Bolt answered %d to a %s envelope; not acked", response.status, request.type)
        return None
    if not response.body:
        return SocketModeResponse(envelope_id=request.envelope_id)
    content_type = response.headers.get("content-type", [""])[0]
    if content_type.startswith("application/json"):
        return SocketModeResponse(envelope_id=request.envelope_id, payload=json.loads(response.body))
    return SocketModeResponse(envelope_id=request.envelope_id, payload={"text": response.body})
