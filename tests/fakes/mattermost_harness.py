"""A running Plume on Mattermost for tests: the fake server, the real adapter, the core on SQLite.

The callbacks' WSGI app is served on a local port (several threads, so that simultaneous clicks really are), and the
fake server's clicks, dialog submissions and slash commands reach it as Mattermost's would. Waiting is always on a
condition: the fake's `cond` for posts, the worker pool and the store for drafts in progress (`settle`).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.core import Core
from bot.ports.privacy import Pseudonymisation, Pseudonymiser
from bot.privacy.vault import Vault
from handlers.mattermost.app import MattermostRuntime
from handlers.mattermost.callbacks import WsgiApp
from tests.fakes.mattermost_api import Callback, FakeMattermost
from tests.fakes.model import FakeProvider

COMMAND_TOKEN = "plume-command-token"


class CountingPseudonymiser:
    """The real pseudonymiser, counting the texts it was given (to prove an event was handled once)."""

    def __init__(self, inner: Pseudonymiser) -> None:
        self._inner = inner
        self.texts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def pseudonymise(self, text: str, vault: Vault) -> Pseudonymisation:
        with self._lock:
            self.texts[text] += 1
        return self._inner.pseudonymise(text, vault)


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


@contextmanager
def served(app: WsgiApp) -> Iterator[str]:
    """Serve a WSGI app on a free local port with a thread per request; its base URL."""
    server = make_server("127.0.0.1", 0, app, server_class=_ThreadingServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def is_live_draft(post: dict[str, Any]) -> bool:
    """A draft that still has its buttons."""
    return any(action.get("id") in ("approve", "approveanyway") for action in actions_of(post))


def actions_of(post: dict[str, Any]) -> list[dict[str, Any]]:
    attachments = post.get("props", {}).get("attachments") or []
    return [action for attachment in attachments for action in attachment.get("actions") or []]


@dataclass
class MattermostHarness:
    fake: FakeMattermost
    core: Core
    runtime: MattermostRuntime
    provider: FakeProvider
    pseudonymiser: CountingPseudonymiser
    db: Path
    public_url: str
    agent: str
    feedback: str
    lead: str = ""
    """A team lead (in PLUME_TEAM_LEADS), member of the feedback channel."""

    @property
    def bot(self) -> str:
        return self.fake.bot_user_id

    def wait(self, probe: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
        """Wait until `probe()` holds; the fake wakes its condition on every change of its store."""
        with self.fake.cond:
            assert self.fake.cond.wait_for(probe, timeout), f"no {what} within {timeout}s"

    def drafts(self, root_id: str) -> list[dict[str, Any]]:
        """Bot posts of the thread that were drafts (live or retired), oldest first."""
        return [p for p in self.fake.thread(root_id) if p["user_id"] == self.bot and "Brouillon n°" in p["message"]]

    def wait_live_draft(self, root_id: str, number: int = 1) -> dict[str, Any]:
        """The draft n° `number` of the thread, once it carries its buttons."""

        def found() -> bool:
            return any(is_live_draft(p) and f"Brouillon n° {number} " in p["message"] for p in self.drafts(root_id))

        self.wait(found, f"draft n° {number} in thread {root_id}")
        return next(p for p in self.drafts(root_id) if f"Brouillon n° {number} " in p["message"])

    def click(self, post_id: str, action_id: str, user_id: str = "", option: str | None = None) -> Callback:
        return self.fake.click(post_id, action_id, user_id or self.agent, option)

    def settle(self, timeout: float = 15.0) -> None:
        """Wait until every event handed to the workers is handled and every stored job has run to its end."""
        self.runtime.storing.submit(lambda: None).result(timeout)  # every event stored is handed to the workers
        self.runtime.workers.submit(lambda: None).result(timeout)  # one worker: everything before it is done
        deadline = time.monotonic() + timeout
        while self._unfinished_jobs() or self.core.runner.holds_jobs():
            assert time.monotonic() < deadline, "draft jobs still waiting or running"
            time.sleep(0.02)

    def count(self, table: str) -> int:
        with closing(sqlite3.connect(self.db)) as db:
            found: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return found

    def _unfinished_jobs(self) -> int:
        with closing(sqlite3.connect(self.db)) as db:
            count: int = db.execute("SELECT count(*) FROM jobs WHERE status IN ('pending', 'running')").fetchone()[0]
        return count
