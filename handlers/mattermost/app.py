"""Plume on Mattermost, assembled: the chat adapter, the callbacks' WSGI routes and the WebSocket loop.

Wiring, in order (the core needs the chat adapter, the runtime needs the core):

    client = MattermostClient.connect(MATTERMOST_URL, MATTERMOST_BOT_TOKEN)
    chat = build_chat(client, public_url=PLUME_PUBLIC_URL, key=action_key(MATTERMOST_BOT_TOKEN), choices=...,
                      server_url=MATTERMOST_URL)
    core = build_core(..., ChatRouter({Platform.MATTERMOST: chat, ...}, choices), ...)
    runtime = build_mattermost(core, chat, client, server_url=..., bot_token=..., command_token=..., ...)
    runtime.start()   # the WebSocket; serve runtime.wsgi on runtime.routes; runtime.stop() at exit
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from bot.core import Core
from bot.models.registry import ModelChoice
from handlers.mattermost.callbacks import ACTIONS_PATH, COMMAND_PATH, DIALOGS_PATH, Callbacks, WsgiApp, wsgi_app
from handlers.mattermost.chat import MattermostChat
from handlers.mattermost.client import MattermostClient
from handlers.mattermost.events import PostedEvents
from handlers.mattermost.leads import LeadCommands
from handlers.mattermost.render import Integration
from handlers.mattermost.socket import Backoff, EventSocket

log = logging.getLogger(__name__)

ROUTES = (ACTIONS_PATH, DIALOGS_PATH, COMMAND_PATH)


def action_key(bot_token: str) -> bytes:
    """The key that signs action contexts, derived from the bot's token: secret, and stable across restarts so
    that the buttons of earlier drafts keep working."""
    return hmac.new(bot_token.encode(), b"plume/mattermost/actions", hashlib.sha256).digest()


def websocket_url(server_url: str) -> str:
    parts = urlsplit(server_url.rstrip("/"))
    scheme = "wss" if parts.scheme == "https" else "ws"
    return urlunsplit((scheme, parts.netloc, parts.path + "/api/v4/websocket", "", ""))


def build_chat(
    client: MattermostClient,
    *,
    public_url: str,
    key: bytes,
    choices: Sequence[ModelChoice],
    server_url: str = "",
) -> MattermostChat:
    """The chat adapter; its buttons call `{public_url}/mattermost/actions`, its links point into `server_url`."""
    integration = Integration(public_url.rstrip("/") + ACTIONS_PATH, key)
    return MattermostChat(client, integration, choices, server_url=server_url)


@dataclass
class MattermostRuntime:
    """The running parts: `wsgi` answers `routes`; `start()`/`stop()` run the WebSocket and its workers."""

    chat: MattermostChat
    wsgi: WsgiApp
    routes: tuple[str, ...]
    socket: EventSocket
    workers: ThreadPoolExecutor
    storing: ThreadPoolExecutor
    """One thread that stores each review or instruction in the inbox as it arrives, before it waits for a worker."""

    def start(self) -> None:
        self.socket.start()

    def stop(self) -> None:
        self.socket.stop()
        self.storing.shutdown(wait=True, cancel_futures=False)  # first: it hands stored events to the workers
        self.workers.shutdown(wait=True, cancel_futures=False)


def build_mattermost(
    core: Core,
    chat: MattermostChat,
    client: MattermostClient,
    *,
    server_url: str,
    bot_token: str,
    command_token: str,
    public_url: str,
    feedback_channels: frozenset[str],
    key: bytes,
    workers: int = 4,
    heartbeat: float = 30.0,
    backoff: Backoff | None = None,
) -> MattermostRuntime:
    me = client.me()
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mattermost-event")

    storing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mattermost-inbox")

    def submit(work: Callable[[], object]) -> None:
        pool.submit(_logged, work)

    def store(work: Callable[[], object]) -> None:
        storing.submit(_logged, work)

    events = PostedEvents(
        core.inbox,
        bot_user_id=str(me["id"]),
        bot_username=str(me.get("username", "")),
        feedback_channels=feedback_channels,
        submit=submit,
        store=store,
    )
    socket = EventSocket(websocket_url(server_url), bot_token, events.handle, heartbeat=heartbeat, backoff=backoff)
    callbacks = Callbacks(
        core.actions,
        core.intake,
        core.service,
        chat,
        client,
        key,
        command_token,
        public_url.rstrip("/") + DIALOGS_PATH,
        LeadCommands(core.audit, core.settings, client, key, submit, core.pins),
    )
    return MattermostRuntime(chat, wsgi_app(callbacks), ROUTES, socket, pool, storing)


def _logged(work: Callable[[], object]) -> None:
    try:
        work()
    except Exception as error:  # a failed event must not kill its worker; its text (raw) is never logged
        log.error("Mattermost event not handled (%s)", type(error).__name__)
