"""Plume on Matrix, assembled: the chat adapter and the sync loop.

Wiring, in order (the core needs the chat adapter, the sync loop needs the core):

    client = MatrixClient.connect(MATRIX_HOMESERVER, MATRIX_USER_ID, store_dir, pickle_key=..., access_token=...)
    chat = MatrixChat(client, choices)
    core = build_core(..., ChatRouter({Platform.MATRIX: chat, ...}, choices), ...)
    runtime = build_matrix(core, chat, client, review_rooms=..., allowed_servers=...)
    runtime.start()   # the sync loop; runtime.stop() at exit
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import Core
from handlers.matrix.chat import MatrixChat
from handlers.matrix.client import MatrixClient
from handlers.matrix.events import MatrixEvents, server_of
from handlers.matrix.leads import LeadAudit
from handlers.matrix.sync import SyncLoop


@dataclass
class MatrixRuntime:
    """The running parts: `start()`/`stop()` run the sync loop. The client stays open after `stop()`: the drafts
    still being delivered during the shutdown grace need it (its loop thread ends with the process)."""

    chat: MatrixChat
    client: MatrixClient
    sync: SyncLoop

    def start(self) -> None:
        self.sync.start()

    def stop(self) -> None:
        self.sync.stop()


def allowed(servers: frozenset[str], bot_user_id: str) -> frozenset[str]:
    """The homeservers whose users may act: those configured, else the bot's own."""
    return servers or frozenset({server_of(bot_user_id)})


def build_matrix(
    core: Core,
    chat: MatrixChat,
    client: MatrixClient,
    *,
    review_rooms: frozenset[str],
    allowed_servers: frozenset[str],
    workers: int = 4,
) -> MatrixRuntime:
    servers = allowed(allowed_servers, client.user_id)
    events = MatrixEvents(
        core,
        chat,
        client.bot_reactions,
        bot_user_id=client.user_id,
        bot_name=client.display_name(client.user_id),
        review_rooms=review_rooms,
        allowed_servers=servers,
        choices=core.models.choices,
        leads=LeadAudit(core.audit, client, chat),
    )
    sync = SyncLoop(client, events.handle, allowed_servers=servers, review_rooms=review_rooms, workers=workers)
    return MatrixRuntime(chat, client, sync)
