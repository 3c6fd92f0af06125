"""Matrix events wired for a team lead's `!plume …` commands, as the command tests drive them."""

from __future__ import annotations

from typing import Any

from handlers.matrix.app import allowed
from handlers.matrix.events import MatrixEvents

BOT, ROOM = "@plume:agents.gouv.test", "!avis:agents.gouv.test"
LEAD, AGENT = "@lea:agents.gouv.test", "@alice:agents.gouv.test"


def command_events(core: Any, chat: Any) -> MatrixEvents:
    """`MatrixEvents` for ROOM with only what commands use: `core` and `chat` stand-ins, no review drafted."""
    return MatrixEvents(
        core,
        chat,
        lambda room, event: [],
        bot_user_id=BOT, bot_name="Plume", review_rooms=frozenset({ROOM}),
        allowed_servers=allowed(frozenset(), BOT), choices=[],
    )  # fmt: skip
