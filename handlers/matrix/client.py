"""matrix-nio's AsyncClient on an event loop of its own thread, with blocking, paced calls for the job workers.

One process owns the bot's device: its crypto store (Olm/Megolm keys, vodozemac) and the sync token live in
`store_dir`, so a restart keeps its keys and resumes the sync stream where it stopped.

Every send takes a token from one bucket (`rate` calls a second, Tchap asks bots for about one): streamed edits
are optional and skipped when the budget is spent, the rest waits its turn. A 429 is not retried by nio
(`max_limit_exceeded=0`): its `retry_after_ms` holds every call back for that long and becomes
`ChatUnavailable(retry_after=…)`, so that the job runner retries the delivery, never the model.
"""

from __future__ import annotations

import asyncio
import atexit
import dataclasses
import io
import logging
import threading
from collections.abc import Coroutine
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, TypeVar

from nio import (
    AsyncClient,
    AsyncClientConfig,
    ErrorResponse,
    LoginResponse,
    ProfileGetDisplayNameResponse,
    RoomCreateResponse,
    RoomSendResponse,
    UploadResponse,
    WhoamiResponse,
)
from nio.api import RelationshipType, RoomPreset

from bot.ports.chat import ChatUnavailable
from handlers.matrix.direct import DirectRooms
from handlers.matrix.limits import Recent, ServerPace
from handlers.matrix.store_key import prepare_store

log = logging.getLogger(__name__)
logging.getLogger("nio").setLevel(logging.ERROR)
"""nio logs whole sync responses at DEBUG and event validation errors (with their content) at WARNING: raw review
text must never reach a log, whatever PLUME_LOG_LEVEL says."""

T = TypeVar("T")

DEVICE_NAME = "Plume"
_CALL_TIMEOUT = 60.0
_DUPLICATE_ANNOTATION = "M_DUPLICATE_ANNOTATION"
_ATTEMPTS = 3


class MatrixError(Exception):
    """The homeserver refused a call that is not a rate limit (a bad token, a forbidden room)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Skipped(Exception):
    """An optional call (a streamed edit) was not made: no budget left, or the server asked to wait."""


class MatrixClient:
    """The bot's account on one homeserver; thread-safe blocking calls run on the client's own loop."""

    def __init__(
        self, homeserver: str, user_id: str, store_dir: Path, pickle_key: str, *, rate: float = 1.0, burst: int = 6
    ) -> None:
        prepare_store(store_dir, user_id, pickle_key)
        self.user_id = user_id
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="matrix-client", daemon=True)
        self._thread.start()
        config = AsyncClientConfig(
            max_limit_exceeded=0, max_timeouts=2, encryption_enabled=True, store_sync_tokens=False, request_timeout=30
        )
        config = dataclasses.replace(config, pickle_key=pickle_key)
        self.nio: AsyncClient = self.run(self._make(homeserver, user_id, store_dir, config))
        self.pace = ServerPace(rate, burst)
        self._sent = Recent()
        self.direct = DirectRooms()
        self._names: dict[str, str] = {}

    @staticmethod
    async def _make(homeserver: str, user_id: str, store_dir: Path, config: AsyncClientConfig) -> AsyncClient:
        return AsyncClient(homeserver, user_id, store_path=str(store_dir), config=config)

    @classmethod
    def connect(
        cls,
        homeserver: str,
        user_id: str,
        store_dir: Path,
        *,
        pickle_key: str,
        access_token: str | None,
        password: str | None,
        device_id: str | None,
        rate: float = 1.0,
    ) -> MatrixClient:
        """Log in (with the token, or the password and the stable device id) and load the device's crypto store."""
        client = cls(homeserver, user_id, store_dir, pickle_key, rate=rate)
        try:
            client.run(client._login(access_token, password, device_id))
        except BaseException:
            client.close()
            raise
        atexit.register(client.close)  # after the shutdown grace: drafts being delivered keep their client
        return client

    async def _login(self, access_token: str | None, password: str | None, device_id: str | None) -> None:
        if access_token:
            self.nio.access_token = access_token
            who = await self.nio.whoami()
            if not isinstance(who, WhoamiResponse):
                raise MatrixError(f"token refused ({_code(who)})")
            if who.user_id != self.user_id:
                raise MatrixError("the token belongs to another account than MATRIX_USER_ID")
            self.nio.restore_login(self.user_id, device_id or who.device_id or "", access_token)
            return
        self.nio.device_id = device_id or ""
        answer = await self.nio.login(password or "", device_name=DEVICE_NAME)
        if not isinstance(answer, LoginResponse):
            raise MatrixError(f"login refused ({_code(answer)})")

    @property
    def device_id(self) -> str:
        return str(self.nio.device_id)

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = _CALL_TIMEOUT) -> T:
        """Run a coroutine on the client's loop and wait for its result (never call this from that loop)."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise ChatUnavailable("timeout") from None

    def close(self) -> None:
        if self.loop.is_running():
            try:
                self.run(self.nio.close(), timeout=5)
            except Exception as error:  # closing is best effort
                log.debug("closing the Matrix client: %s", type(error).__name__)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)

    def send(self, room_id: str, message: dict[str, Any], event_type: str = "m.room.message") -> str:
        """Send an event (encrypted if the room is), waiting for its turn; return its event id.

        An edit identical to the last one sent for that message is not sent again (a delivery retried)."""
        edited = _edited(message)
        if edited is not None and self._sent.has(edited, message):
            return edited
        for attempt in range(_ATTEMPTS):
            self.pace.wait_turn()
            try:
                event_id = self._send(room_id, event_type, message)
            except ChatUnavailable as error:  # a 429: wait as told (the pace holds every call), then once more
                if attempt == _ATTEMPTS - 1 or error.reason != "rate_limited":
                    raise
                continue
            if edited is not None:
                self._sent.add(edited, message)
            return event_id
        raise AssertionError("unreachable")

    def send_optional(self, room_id: str, message: dict[str, Any]) -> str:
        """Send only if the budget allows it now, keeping a token for the calls that must happen; else `Skipped`."""
        if not self.pace.try_now():
            raise Skipped
        try:
            return self._send(room_id, "m.room.message", message)
        except ChatUnavailable:
            raise Skipped from None

    def react(self, room_id: str, message: dict[str, Any]) -> None:
        """Add a reaction of the bot; one already there is fine (a delivery retried)."""
        relation = message["m.relates_to"]
        if self._sent.has(relation["event_id"], message):
            return
        try:
            self.send(room_id, message, "m.reaction")
        except MatrixError as error:
            if error.reason != _DUPLICATE_ANNOTATION:
                raise
        self._sent.add(relation["event_id"], message)

    def _send(self, room_id: str, event_type: str, message: dict[str, Any]) -> str:
        answer = self.run(self.nio.room_send(room_id, event_type, message, ignore_unverified_devices=True))
        if isinstance(answer, RoomSendResponse):
            return str(answer.event_id)
        raise self._refusal(answer)

    def _refusal(self, answer: Any) -> Exception:
        """The error to raise for a failed answer; a 429 holds every call back for what the server asked."""
        code = _code(answer)
        retry_after_ms = getattr(answer, "retry_after_ms", None)
        if code == "M_LIMIT_EXCEEDED" or retry_after_ms:
            wait = (retry_after_ms or 5000) / 1000
            self.pace.refused(wait)
            return ChatUnavailable("rate_limited", wait)
        if code in ("", "M_UNKNOWN") and not isinstance(answer, ErrorResponse):
            return ChatUnavailable("unavailable")
        return MatrixError(code or "error")

    def send_file(self, room_id: str, filename: str, data: bytes, mimetype: str, **fields: Any) -> str:
        """Upload a file (encrypted if the room is) and post it as an `m.file` message; `fields` override the
        message's (an `m.image`: msgtype, its description as body, and `info` with its `w` and `h`)."""

        async def upload() -> tuple[Any, Any, bool]:
            room = self.nio.rooms.get(room_id)
            encrypted = bool(room and room.encrypted)
            answer, keys = await self.nio.upload(
                lambda *_: io.BytesIO(data), mimetype, filename, encrypt=encrypted, filesize=len(data)
            )
            return answer, keys, encrypted

        self.pace.wait_turn()
        answer, keys, encrypted = self.run(upload())
        if not isinstance(answer, UploadResponse):
            raise self._refusal(answer)
        message: dict[str, Any] = {
            "msgtype": "m.file",
            "body": filename,
            "filename": filename,
            "m.mentions": {},
            **fields,
            "info": {**fields.get("info", {}), "mimetype": mimetype, "size": len(data)},
        }
        if encrypted:
            message["file"] = {**keys, "url": answer.content_uri}
        else:
            message["url"] = answer.content_uri
        return self.send(room_id, message)

    def direct_room(self, user_id: str) -> str:
        """The room where the bot writes to `user_id` alone: the direct room they share, or a new one."""
        known = self.direct.room_with(user_id)
        if known:
            return known
        self.pace.wait_turn()
        answer = self.run(
            self.nio.room_create(is_direct=True, invite=[user_id], preset=RoomPreset.trusted_private_chat)
        )
        if not isinstance(answer, RoomCreateResponse):
            raise self._refusal(answer)
        room_id = str(answer.room_id)
        self.run(self.direct.add(self.nio, user_id, room_id))
        self.run(self._known(room_id))
        return room_id

    async def _known(self, room_id: str, timeout: float = 30.0) -> None:
        """Wait for the sync loop to bring a room the bot just made: nio sends only to rooms it knows."""
        deadline = self.loop.time() + timeout
        while room_id not in self.nio.rooms:
            if self.loop.time() > deadline:
                raise ChatUnavailable("room_not_synced")
            await asyncio.sleep(0.1)

    def bot_reactions(self, room_id: str, event_id: str) -> list[dict[str, Any]]:
        """The contents of the bot's own reactions under `event_id` (the bot does not encrypt its reactions)."""

        async def collect() -> list[dict[str, Any]]:
            found: list[dict[str, Any]] = []
            relations = self.nio.room_get_event_relations(room_id, event_id, RelationshipType.annotation, "m.reaction")
            async for event in relations:
                content = event.source.get("content")
                if event.sender == self.user_id and isinstance(content, dict):
                    found.append(content)
            return found

        return self.run(collect())

    def display_name(self, user_id: str) -> str:
        """The name Element shows for `user_id` (its id when it has none)."""
        if user_id not in self._names:
            answer = self.run(self.nio.get_displayname(user_id))
            name = answer.displayname if isinstance(answer, ProfileGetDisplayNameResponse) else None
            self._names[user_id] = name or user_id
        return self._names[user_id]


def _edited(message: dict[str, Any]) -> str | None:
    """The event an edit replaces; None for any other message."""
    relation = message.get("m.relates_to")
    if isinstance(relation, dict) and relation.get("rel_type") == "m.replace":
        return str(relation.get("event_id"))
    return None


def _code(answer: Any) -> str:
    return str(getattr(answer, "status_code", "") or "")
