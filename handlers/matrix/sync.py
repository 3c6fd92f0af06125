"""The sync loop: one long poll after another on the client's event loop, each batch handled before its token is
saved, so that a restart resumes after the last batch handled: nothing missed; a batch cut short by a crash comes
again, and the database keeps it from being acted on twice (conversations and instructions are unique per message).
Reviews and instructions are stored in the inbox before they are handled: one whose handling fails is handled again
from there; one the inbox cannot store keeps the token where it was, and the batch comes again.

The first sync of a new device only learns where the stream is (and accepts invitations): history is not
drafted. After a restart, the first sync asks for the full room state (nio keeps it in memory only). Direct rooms
are those of the account's `m.direct` data (direct.py). Each room's events are handled in order, rooms in
parallel, on a thread pool (spaCy, SQL and the homeserver block); the loop waits for them before saving the
token. A room whose timeline comes `limited` (more events than the filter's limit since the last token) has its
gap fetched first (catch_up.py), so that nothing sent while the bot was away is missed. It also keeps the device's
keys uploaded and shared.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from nio import InviteMemberEvent, JoinError, MegolmEvent, SyncResponse

from bot.inbox import NotStored
from handlers.matrix.catch_up import joined_at, missed_events, since_join
from handlers.matrix.client import MatrixClient
from handlers.matrix.events import RoomEvent, server_of

log = logging.getLogger(__name__)

_FILTER = {"room": {"timeline": {"limit": 100}, "state": {"lazy_load_members": False}}, "presence": {"types": []}}


class SyncLoop:
    """Runs `/sync` until stopped, handing each room event to `handle` (on a worker thread)."""

    def __init__(
        self,
        client: MatrixClient,
        handle: Callable[[RoomEvent], None],
        *,
        allowed_servers: frozenset[str],
        review_rooms: frozenset[str],
        workers: int = 4,
        poll_ms: int = 30_000,
        catch_up_events: int = 1_000,
    ) -> None:
        self._client = client
        self._handle = handle
        self._allowed = allowed_servers
        self._review_rooms = review_rooms
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="matrix-event")
        self._poll_ms = poll_ms
        self._catch_up_events = catch_up_events
        self._stopping: asyncio.Event | None = None
        self._future: Future[None] | None = None
        self.synced = threading.Event()
        """Set once the first sync is done (tests and health checks wait on it)."""

    def start(self) -> None:
        if self._future is None:
            self._future = asyncio.run_coroutine_threadsafe(self._run(), self._client.loop)

    def stop(self, timeout: float = 10.0) -> None:
        future, stopping = self._future, self._stopping
        if future is None:
            return
        if stopping is not None:
            self._client.loop.call_soon_threadsafe(stopping.set)
        with contextlib.suppress(Exception):
            future.result(1.0)  # a batch being handled ends; a long poll is cut (its token was not saved)
        if not future.done():
            future.cancel()
        with contextlib.suppress(BaseException):
            future.result(timeout)
        self._pool.shutdown(wait=True, cancel_futures=False)
        self._future = None

    async def _run(self) -> None:
        self._stopping = asyncio.Event()
        nio = self._client.nio
        token = nio.store.load_sync_token() if nio.store else None
        await self._client.direct.load(nio)
        first, attempt = True, 0
        while not self._stopping.is_set():
            try:
                answer = await nio.sync(
                    timeout=0 if first else self._poll_ms, since=token, full_state=first, sync_filter=_FILTER
                )
            except (OSError, TimeoutError) as error:
                answer = None
                log.warning("Matrix sync failed (%s)", type(error).__name__)
            if not isinstance(answer, SyncResponse):
                if answer is not None:
                    log.warning("Matrix sync refused (%s)", getattr(answer, "status_code", "error"))
                attempt += 1
                await self._pause(random.uniform(0.5, min(60.0, 2.0**attempt)))
                continue
            attempt = 0
            await self._keys()
            await self._accept_invitations(answer)
            # a new device's first sync only learns where the stream is; an event not stored keeps the token
            if token is not None and not await self._handle_batch(answer, token):
                attempt += 1  # the same batch comes again, from the same token
                await self._pause(random.uniform(0.5, min(60.0, 2.0**attempt)))
                continue
            token = answer.next_batch
            if nio.store:
                nio.store.save_sync_token(token)
            first = False
            self.synced.set()

    async def _pause(self, seconds: float) -> None:
        assert self._stopping is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _keys(self) -> None:
        """What nio's own loop does after each sync: upload, query and claim keys, send the to-device messages."""
        nio = self._client.nio
        try:
            if nio.should_upload_keys:
                await nio.keys_upload()
            if nio.should_query_keys:
                await nio.keys_query()
            if nio.should_claim_keys:
                await nio.keys_claim(nio.get_users_for_key_claiming())
            await nio.send_to_device_messages()
        except Exception as error:  # keys are retried after the next sync
            log.warning("Matrix key exchange failed (%s)", type(error).__name__)

    async def _accept_invitations(self, answer: SyncResponse) -> None:
        """Join the rooms a user of an allowed homeserver invited the bot to; ignore the others."""
        for room_id, info in answer.rooms.invite.items():
            invitation = next(
                (
                    event
                    for event in info.invite_state
                    if isinstance(event, InviteMemberEvent) and event.state_key == self._client.user_id
                ),
                None,
            )
            if invitation is None or server_of(invitation.sender) not in self._allowed:
                continue
            joined = await self._client.nio.join(room_id)
            if isinstance(joined, JoinError):
                log.warning("could not join an invited room (%s)", joined.status_code)
            elif invitation.content.get("is_direct"):
                await self._client.direct.add(self._client.nio, invitation.sender, room_id)

    async def _handle_batch(self, answer: SyncResponse, since: str) -> bool:
        """Handle every room's events, a limited timeline's gap first; False if one could not be stored (the batch
        must not be confirmed)."""
        loop = asyncio.get_running_loop()
        batches = []
        for room_id, info in answer.rooms.join.items():
            direct = room_id not in self._review_rooms and room_id in self._client.direct
            raws = list(info.timeline.events)
            joined_here = joined_at(raws, self._client.user_id) is not None
            if info.timeline.limited and info.timeline.prev_batch and not joined_here:
                raws = await self._missed(room_id, info.timeline.prev_batch, since) + raws
            raws = since_join(raws, self._client.user_id)
            undecrypted = sum(isinstance(raw, MegolmEvent) for raw in raws)
            if undecrypted:  # the sender's device did not share its key with the bot's (yet)
                log.warning("%d encrypted event(s) the bot cannot decrypt in room %s", undecrypted, room_id)
            events = [event for raw in raws if (event := _room_event(room_id, raw, direct))]
            if events:
                batches.append(loop.run_in_executor(self._pool, self._handle_room, events))
        stored = True
        for outcome in await asyncio.gather(*batches, return_exceptions=True):
            if isinstance(outcome, BaseException):
                log.error("Matrix events not handled (%s)", type(outcome).__name__)
                stored = stored and not isinstance(outcome, NotStored)
        return stored

    async def _missed(self, room_id: str, prev_batch: str, since: str) -> list[Any]:
        """The events of a room's gap, oldest first; counted in the log, never shown."""
        started = time.monotonic()
        gap = await missed_events(self._client.nio, room_id, prev_batch, since, max_events=self._catch_up_events)
        counts = (room_id, len(gap.events), gap.pages, time.monotonic() - started)
        if gap.complete:
            log.info("Matrix room %s: %d missed event(s) caught up in %d page(s), %.1f s", *counts)
        else:
            log.warning("Matrix room %s: catch-up cut at %d event(s) in %d page(s), %.1f s; older ones lost", *counts)
        return gap.events

    def _handle_room(self, events: list[RoomEvent]) -> None:
        for event in events:
            try:
                self._handle(event)
            except NotStored:  # the room's later events wait too: they come again with this one, in order
                raise
            except Exception as error:  # one bad event must not stop the others; its text (raw) is never logged
                log.error("Matrix event %s not handled (%s)", event.type, type(error).__name__)


def _room_event(room_id: str, raw: Any, direct: bool) -> RoomEvent | None:
    """A timeline event as events.py reads it: messages and reactions only, decrypted (nio did it in the sync)."""
    source = getattr(raw, "source", None)
    if not isinstance(source, dict):
        return None
    kind, content = source.get("type"), source.get("content")
    if kind not in ("m.room.message", "m.reaction") or not isinstance(content, dict):
        return None
    return RoomEvent(room_id, str(raw.event_id), str(raw.sender), str(kind), content, direct)
