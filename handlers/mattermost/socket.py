"""Plume's own WebSocket loop on aiohttp, in a background thread with its own asyncio loop.

It authenticates with the bot token and waits for the server's OK; a close right after the challenge means the
token was refused: said clearly in the log, then a long wait before trying again. aiohttp's heartbeat detects a
dead link; every reconnect waits an exponential backoff with jitter. Each frame goes to `on_frame` on the loop's
thread, which must return at once (events.py hands the work to a pool).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backoff:
    """Waits between connections: `base * 2**attempt` up to `cap`, with full jitter; `refused` after a bad token."""

    base: float = 1.0
    cap: float = 60.0
    refused: float = 300.0

    def delay(self, attempt: int, *, token_refused: bool = False) -> float:
        if token_refused:
            return self.refused
        return random.uniform(self.base / 2, min(self.cap, self.base * 2**attempt))


class TokenRefused(Exception):
    """The server closed the socket after the authentication challenge, without an OK."""


class EventSocket:
    """Connects to `websocket_url`, authenticates with `token`, hands every event frame to `on_frame`."""

    def __init__(
        self,
        websocket_url: str,
        token: str,
        on_frame: Callable[[dict[str, Any]], None],
        *,
        heartbeat: float = 30.0,
        auth_timeout: float = 10.0,
        backoff: Backoff | None = None,
    ) -> None:
        self._url = websocket_url
        self._token = token
        self._on_frame = on_frame
        self._heartbeat = heartbeat
        self._auth_timeout = auth_timeout
        self._backoff = backoff or Backoff()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()
        """Set while authenticated (tests and health checks wait on it)."""

    def start(self) -> None:
        if self._thread is not None:
            return
        self._loop = asyncio.new_event_loop()
        self._stopping = asyncio.Event()  # not bound to a loop until awaited: stop() may come before the loop runs
        self._thread = threading.Thread(target=self._main, name="mattermost-socket", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._stopping is not None:
            loop.call_soon_threadsafe(self._stopping.set)
        thread.join(timeout)
        self._thread, self._stopping = None, None

    def _main(self) -> None:
        assert self._loop is not None
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._run())
        finally:
            self._loop.close()

    async def _run(self) -> None:
        assert self._stopping is not None
        attempt = 0
        async with aiohttp.ClientSession() as session:
            while not self._stopping.is_set():
                refused = False
                try:
                    await self._connection(session)
                    attempt = 0  # it had authenticated: start the backoff afresh
                except TokenRefused:
                    refused = True
                    log.error(
                        "Mattermost refused the bot token (MATTERMOST_BOT_TOKEN): the WebSocket closed right after "
                        "the authentication challenge; next try in %.0f s",
                        self._backoff.refused,
                    )
                except (aiohttp.ClientError, TimeoutError, OSError) as error:
                    log.warning("Mattermost WebSocket lost (%s)", type(error).__name__)
                finally:
                    self.connected.clear()
                delay = self._backoff.delay(attempt, token_refused=refused)
                attempt += 1
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), delay)

    async def _connection(self, session: aiohttp.ClientSession) -> None:
        """One connection: authenticate, then read until it closes or Plume stops."""
        assert self._stopping is not None
        async with session.ws_connect(self._url, heartbeat=self._heartbeat) as ws:
            await ws.send_json({"seq": 1, "action": "authentication_challenge", "data": {"token": self._token}})
            await self._authenticated(ws)
            self.connected.set()
            log.info("Mattermost WebSocket connected")
            stop = asyncio.ensure_future(self._stopping.wait())
            try:
                while not self._stopping.is_set():
                    receive = asyncio.ensure_future(ws.receive())
                    await asyncio.wait({receive, stop}, return_when=asyncio.FIRST_COMPLETED)
                    if not receive.done():
                        receive.cancel()
                        return
                    if not self._handle(receive.result()):
                        raise aiohttp.ClientConnectionError("closed by the server")
            finally:
                stop.cancel()

    async def _authenticated(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Read frames (hello first) until the OK reply to the challenge; a close before it: the token was refused."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._auth_timeout
        while True:
            message = await ws.receive(timeout=max(0.0, deadline - loop.time()))
            if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED):
                raise TokenRefused
            if message.type is not aiohttp.WSMsgType.TEXT:
                continue
            frame = _frame(message.data)
            if frame.get("seq_reply") == 1:
                if frame.get("status") == "OK":
                    return
                raise TokenRefused
            self._deliver(frame)

    def _handle(self, message: aiohttp.WSMessage) -> bool:
        """Deliver a text frame; False once the connection is over."""
        if message.type is aiohttp.WSMsgType.TEXT:
            self._deliver(_frame(message.data))
            return True
        return message.type not in (
            aiohttp.WSMsgType.CLOSE,
            aiohttp.WSMsgType.CLOSING,
            aiohttp.WSMsgType.CLOSED,
            aiohttp.WSMsgType.ERROR,
        )

    def _deliver(self, frame: dict[str, Any]) -> None:
        if "event" not in frame:
            return
        try:
            self._on_frame(frame)
        except Exception as error:  # one bad event must not end the connection
            log.error("Mattermost event %s not handled (%s)", frame.get("event"), type(error).__name__)


def _frame(data: str) -> dict[str, Any]:
    try:
        frame = json.loads(data)
    except ValueError:
        return {}
    return frame if isinstance(frame, dict) else {}
