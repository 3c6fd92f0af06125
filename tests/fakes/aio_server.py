"""An aiohttp application served from its own event loop in a daemon thread, on 127.0.0.1 and a free port.

The sibling of quiet_server.LocalServer for fakes that must also accept WebSocket upgrades on the same port.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from aiohttp import web

T = TypeVar("T")


class LocalAioServer:
    """Start, stop and locate one aiohttp app; `call` runs a coroutine on its loop from any other thread."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._port = 0

    def start(self, app: web.Application) -> None:
        if self._thread is not None:
            return
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self._port = sock.getsockname()[1]
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            asyncio.set_event_loop(loop)
            try:
                self._runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
                loop.run_until_complete(self._runner.setup())
                loop.run_until_complete(web.SockSite(self._runner, sock).start())
            except BaseException as error:  # reported to start(), which raises it
                failure.append(error)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=serve, name=self._name, daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            self._thread.join(timeout=5)
            self._thread = None
            raise failure[0]

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        """Run `coro` on the server's loop and wait for its result (never call this from the loop itself)."""
        if self._loop is None:
            coro.close()
            raise RuntimeError(f"{self._name} is not started")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def stop(self) -> None:
        """Stop the loop once the app's shutdown hooks have run, and release the port."""
        if self._loop is None or self._thread is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._thread = None
        self._loop = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def port(self) -> int:
        return self._port

    @property
    def root(self) -> str:
        """http://127.0.0.1:<port>, without a trailing slash."""
        if self._thread is None:
            raise RuntimeError(f"{self._name} is not started")
        return f"http://127.0.0.1:{self._port}"
