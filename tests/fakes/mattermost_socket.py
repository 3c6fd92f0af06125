"""The fake Mattermost's WebSocket side (/api/v4/websocket): authentication, hello, seq numbers, broadcasts.

Behaviour follows server/channels/app/platform (web_conn.go, websocket_router.go):
- a valid `Authorization` header on the upgrade authenticates at once; otherwise the client sends
  {"seq":1,"action":"authentication_challenge","data":{"token":...}} and gets `hello` (seq 0), then
  {"status":"OK","seq_reply":1}; a wrong token gets no answer: the server just closes the connection;
- a connection that has not authenticated after `auth_timeout` seconds is closed (authCheckInterval, 5 s);
- each event carries the connection's own seq, starting at 0 with hello; a new connection starts again at 0;
- the action "ping" answers {"text":"pong",...}; an unknown action, seq <= 0 or a missing action get FAIL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.mattermost_wire import SERVER_VERSION, app_error, dumps, event, new_id, now_ms, reply


@dataclass
class WsSession:
    """One WebSocket connection as the fake saw it; `received` and `sent` hold the decoded JSON frames."""

    number: int
    user_id: str = ""
    connection_id: str = ""
    authenticated: bool = False
    refused: bool = False
    open: bool = True
    silent: bool = False
    received: list[Any] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Connection:
    session: WsSession
    ws: web.WebSocketResponse
    transport: asyncio.Transport | None
    seq: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class SocketHub:
    """Every open connection; runs on the server's event loop, records into `sessions` under `cond`."""

    def __init__(
        self,
        cond: threading.Condition,
        user_for_token: Callable[[str], str | None],
        channel_members: Callable[[str], set[str]],
        auth_timeout: float = 5.0,
    ) -> None:
        self._cond = cond
        self._user_for_token = user_for_token
        self._channel_members = channel_members
        self.auth_timeout = auth_timeout
        self.sessions: list[WsSession] = []
        self._open: list[_Connection] = []
        self._after_next_hello: list[dict[str, Any]] = []

    async def handle(self, request: web.Request, header_token: str) -> web.WebSocketResponse:
        """Serve one upgrade until the connection ends."""
        ws = web.WebSocketResponse(autoping=False, compress=False)
        await ws.prepare(request)
        with self._cond:
            session = WsSession(number=len(self.sessions) + 1)
            self.sessions.append(session)
            self._cond.notify_all()
        conn = _Connection(session, ws, request.transport)
        self._open.append(conn)
        try:
            user_id = self._user_for_token(header_token) if header_token else None
            if user_id:
                await self._authenticated(conn, user_id, seq_reply=None)
            await self._read(conn)
        finally:
            self._open.remove(conn)
            with self._cond:
                session.open = False
                self._cond.notify_all()
        return ws

    async def _read(self, conn: _Connection) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.auth_timeout
        while not conn.ws.closed:
            wait = None if conn.session.authenticated else max(0.0, deadline - loop.time())
            try:
                msg = await conn.ws.receive(timeout=wait)
            except TimeoutError:
                await conn.ws.close()  # did not authenticate in time
                return
            if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                return
            if conn.session.silent:
                continue  # a dead link: nothing comes back, not even a pong
            if msg.type == WSMsgType.PING:
                await conn.ws.pong(msg.data)
            elif msg.type == WSMsgType.TEXT:
                await self._request(conn, msg.data)
            elif msg.type == WSMsgType.BINARY:
                await conn.ws.close()  # the server would decode msgpack; the fake speaks JSON only

    async def _request(self, conn: _Connection, text: str) -> None:
        try:
            frame = json.loads(text)
        except ValueError:
            frame = None
        with self._cond:
            conn.session.received.append(frame if frame is not None else text)
            self._cond.notify_all()
        if not isinstance(frame, dict):
            await conn.ws.close()  # a decode error ends the read pump
            return
        action, seq = frame.get("action"), frame.get("seq")
        seq = seq if isinstance(seq, int) else 0
        router = "api.web_socket_router."
        if not action:
            await self._send(
                conn, reply(seq, error=app_error(router + "no_action.app_error", "No websocket action", 400))
            )
        elif seq <= 0:
            await self._send(conn, reply(seq, error=app_error(router + "bad_seq.app_error", "Invalid sequence", 400)))
        elif action == "authentication_challenge":
            await self._challenge(conn, frame, seq)
        elif not conn.session.authenticated:
            error = app_error(router + "not_authenticated.app_error", "Not authenticated", 401)
            await self._send(conn, reply(seq, error=error))
        elif action == "ping":
            pong = {"text": "pong", "version": SERVER_VERSION, "server_time": now_ms(), "node_id": ""}
            await self._send(conn, reply(seq, pong))
        elif action in ("user_typing", "user_update_active_status", "get_statuses", "get_statuses_by_ids"):
            await self._send(conn, reply(seq))
        else:
            await self._send(conn, reply(seq, error=app_error(router + "bad_action.app_error", "Bad action", 500)))

    async def _challenge(self, conn: _Connection, frame: dict[str, Any], seq: int) -> None:
        if conn.session.authenticated:
            return  # the server ignores a second challenge
        data = frame.get("data")
        token = data.get("token") if isinstance(data, dict) else None
        user_id = self._user_for_token(token) if isinstance(token, str) else None
        if not user_id:
            with self._cond:
                conn.session.refused = True
                self._cond.notify_all()
            if conn.transport is not None:
                conn.transport.abort()  # WebSocket.Close() in Go: the socket goes away, no frame, no reply
            return
        await self._authenticated(conn, user_id, seq_reply=seq)

    async def _authenticated(self, conn: _Connection, user_id: str, seq_reply: int | None) -> None:
        with self._cond:
            conn.session.user_id = user_id
            conn.session.connection_id = new_id()
            conn.session.authenticated = True
            self._cond.notify_all()
            replays, self._after_next_hello = self._after_next_hello, []
        version = f"{SERVER_VERSION}.{SERVER_VERSION}.fake.false"
        hello = event("hello", {"server_version": version, "connection_id": conn.session.connection_id})
        hello["broadcast"]["user_id"] = user_id
        await self._send(conn, hello)
        if seq_reply is not None:
            await self._send(conn, reply(seq_reply))
        for replay in replays:
            if self._wants(conn, replay):
                await self._send(conn, replay)

    async def _send(self, conn: _Connection, frame: dict[str, Any]) -> bool:
        """Write one frame; events get the connection's next seq. False if it could not be written."""
        async with conn.lock:
            if conn.ws.closed or conn.session.silent:
                return False
            if "event" in frame:
                frame = {**frame, "seq": conn.seq}
                conn.seq += 1
            try:
                await conn.ws.send_str(dumps(frame))
            except (ConnectionError, RuntimeError):
                return False
        with self._cond:
            conn.session.sent.append(frame)
            self._cond.notify_all()
        return True

    def _wants(self, conn: _Connection, frame: dict[str, Any]) -> bool:
        """WebConn.ShouldSendEvent, reduced to what the fake models: user, channel membership, omitted users."""
        session, target = conn.session, frame["broadcast"]
        if not session.authenticated:
            return False
        if target["user_id"]:
            return bool(target["user_id"] == session.user_id)
        if session.user_id in (target["omit_users"] or {}):
            return False
        if target["channel_id"]:
            return session.user_id in self._channel_members(target["channel_id"])
        return True

    async def broadcast(self, frame: dict[str, Any]) -> int:
        """Send an event to every authenticated connection it is meant for; the number of connections reached."""
        reached = 0
        for conn in list(self._open):
            if self._wants(conn, frame) and await self._send(conn, frame):
                reached += 1
        return reached

    def after_next_hello(self, frame: dict[str, Any]) -> None:
        """Send `frame` on the next connection that authenticates, right after its hello and OK."""
        with self._cond:
            self._after_next_hello.append(frame)

    async def drop(self) -> int:
        """Cut every connection as a network failure would: no close frame, the TCP socket just goes."""
        dropped = 0
        for conn in list(self._open):
            if conn.transport is not None and not conn.transport.is_closing():
                conn.transport.abort()
                dropped += 1
        return dropped

    async def close(self, code: int = 1001) -> int:
        """Close every connection cleanly, as a server shutting down does (1001: going away)."""
        closed = 0
        for conn in list(self._open):
            with contextlib.suppress(ConnectionError, RuntimeError):
                await conn.ws.close(code=code)
                closed += 1
        return closed

    async def silence(self) -> int:
        """Make every open connection a dead link: frames are read and ignored, pings unanswered, events lost."""
        with self._cond:
            for conn in self._open:
                conn.session.silent = True
            self._cond.notify_all()
        return len(self._open)
