"""Which rooms are direct messages with the bot: Matrix keeps the list in the account's `m.direct` data (what Element
reads and writes), so that it survives restarts. A room joins it when a person invites the bot into a direct chat
(`is_direct` on the invitation) or when the bot opens one itself. A room with two members is not enough: a new team
room is one too, until the team joins.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from nio import AsyncClient, DirectRoomsResponse

log = logging.getLogger(__name__)


class DirectRooms:
    """The bot's `m.direct` rooms; its methods run on the client's event loop."""

    def __init__(self) -> None:
        self._by_user: dict[str, list[str]] = {}
        self._rooms: set[str] = set()

    def __contains__(self, room_id: object) -> bool:
        return room_id in self._rooms

    def room_with(self, user_id: str) -> str | None:
        rooms = self._by_user.get(user_id)
        return rooms[-1] if rooms else None

    async def load(self, nio: AsyncClient) -> None:
        answer = await nio.list_direct_rooms()
        if isinstance(answer, DirectRoomsResponse):
            self._by_user = {user: list(rooms) for user, rooms in answer.rooms.items()}
            self._rooms = {room for rooms in self._by_user.values() for room in rooms}

    async def add(self, nio: AsyncClient, user_id: str, room_id: str) -> None:
        """Record a direct room with `user_id`, here and in the account data."""
        if room_id in self._by_user.get(user_id, []):
            return
        self._by_user.setdefault(user_id, []).append(room_id)
        self._rooms.add(room_id)
        url = f"{nio.homeserver}/_matrix/client/v3/user/{quote(nio.user_id)}/account_data/m.direct"
        headers = {"Authorization": f"Bearer {nio.access_token}"}
        try:
            assert nio.client_session is not None
            async with nio.client_session.put(url, json=self._by_user, headers=headers) as response:
                if response.status != 200:
                    log.warning("m.direct not saved (HTTP %d)", response.status)
        except Exception as error:  # the room is direct for this process anyway
            log.warning("m.direct not saved (%s)", type(error).__name__)
