"""The HTTP plumbing the fake servers share: 127.0.0.1 on a free port, served from a daemon thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class QuietHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that does not print a traceback when a client hangs up."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class LocalServer:
    """Start, stop and locate one fake's server; `stopping` tells slow handlers to give up."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._server: QuietHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()

    def start(self, handler: Callable[..., BaseHTTPRequestHandler]) -> None:
        if self._server is not None:
            return
        self.stopping.clear()
        self._server = QuietHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=self._name, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, cut short what handlers wait for, and release the port."""
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def root(self) -> str:
        """http://127.0.0.1:<port>, without a trailing slash."""
        if self._server is None:
            raise RuntimeError(f"{self._name} is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"


class ServedFake:
    """What every fake server does the same way: start, stop, `with`, and its base URL.

    A subclass sets `_http` (a LocalServer) in `__post_init__` and says which handler serves it.
    """

    _http: LocalServer

    def _handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        raise NotImplementedError

    def start(self) -> Self:
        """Bind to a free port on 127.0.0.1 and serve in a daemon thread."""
        self._http.start(self._handler())
        return self

    def stop(self) -> None:
        """Stop serving, cut short anything in progress and release the port."""
        self._http.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def _stopping(self) -> threading.Event:
        return self._http.stopping
