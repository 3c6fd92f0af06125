"""Back-pagination over a gap in the sync stream.

A room's timeline in a sync answer holds at most the filter's limit of events; when more arrived since the last
token (the bot was stopped, or cut off, for a while) the timeline is `limited` and starts at `prev_batch`: the
events between the previous token and it are not in the answer. They are fetched here with `/messages`, backwards
from `prev_batch` and stopping at the previous sync token (the server's `to`), page after page, then returned
oldest first, so that the room's events are handled in the order they were sent. nio decrypts the encrypted ones
(the room keys came with the same sync). The catch-up is bounded: past `max_events`, the oldest of the gap are
left out, and the log says how many pages were read and that it stopped short; never their content.

A room the bot has just joined may show its history from before the join (rooms whose history is shared with
new members): that is not the bot's work. What comes before the bot's own join is dropped, whether it sits in the
sync's timeline (no catch-up is then needed) or in a gap.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from nio import AsyncClient, RoomMemberEvent, RoomMessagesResponse
from nio.api import MessageDirection

log = logging.getLogger(__name__)

EVENT_TYPES = ["m.room.message", "m.reaction", "m.room.encrypted", "m.room.member"]
"""What the bot reads in a gap: messages and reactions, encrypted or not, and joins (to find its own)."""


def joined_at(raws: list[Any], user_id: str) -> int | None:
    """The index of `user_id`'s own arrival in the room among `raws` (not a change of its name), or None."""
    for index in range(len(raws) - 1, -1, -1):
        raw = raws[index]
        if (
            isinstance(raw, RoomMemberEvent)
            and raw.state_key == user_id
            and raw.membership == "join"
            and raw.prev_membership != "join"
        ):
            return index
    return None


def since_join(raws: list[Any], user_id: str) -> list[Any]:
    """The events after `user_id` joined, if it joined among `raws`; else all of them."""
    index = joined_at(raws, user_id)
    return raws if index is None else raws[index + 1 :]


@dataclass(frozen=True)
class Gap:
    """The events missed in one room, oldest first; `complete` unless the bound or an error cut the catch-up."""

    events: list[Any]
    pages: int
    complete: bool


async def missed_events(
    nio: AsyncClient, room_id: str, prev_batch: str, since: str, *, max_events: int = 1_000, page: int = 100
) -> Gap:
    """The events between the sync token `since` and a limited timeline's `prev_batch`, oldest first."""
    found: list[Any] = []
    start, pages = prev_batch, 0
    while len(found) < max_events:
        try:
            answer = await nio.room_messages(
                room_id,
                start=start,
                end=since,
                direction=MessageDirection.back,
                limit=min(page, max_events - len(found)),
                message_filter={"types": EVENT_TYPES},
            )
        except Exception as error:  # the homeserver went away mid-way: keep what came, the sync loop goes on
            answer = error
        if not isinstance(answer, RoomMessagesResponse):
            reason = getattr(answer, "status_code", None) or type(answer).__name__
            log.warning("Matrix catch-up in room %s failed (%s)", room_id, reason)
            return Gap(found[::-1], pages, complete=False)
        pages += 1
        found.extend(answer.chunk)
        if not answer.chunk or not answer.end or answer.end == start:
            return Gap(found[::-1], pages, complete=True)
        start = answer.end
    return Gap(found[::-1], pages, complete=False)
