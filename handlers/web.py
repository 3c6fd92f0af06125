"""One HTTP server for every platform's callbacks: each path to its platform's WSGI route, plus a health check.

The platforms never import this module (nor each other): the composition root hands it their routes.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

    from bot.quiet import QuietGap

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"

Health = Callable[[], dict[str, Any]]


def router(routes: Mapping[str, WSGIApplication], health: Health) -> WSGIApplication:
    """`/healthz` answers 200 when `health()` says "ok" (503 otherwise); each other path goes to its route, or 404."""

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = str(environ.get("PATH_INFO") or "")
        if path == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            report = health()
            status = "200 OK" if report.get("status") == "ok" else "503 Service Unavailable"
            return _answer(start_response, status, json.dumps(report).encode(), "application/json")
        route = routes.get(path)
        if route is None:
            return _answer(start_response, "404 Not Found", b"Not Found", "text/plain; charset=utf-8")
        return route(environ, start_response)

    return application


def _answer(start_response: StartResponse, status: str, body: bytes, content_type: str) -> list[bytes]:
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


class HttpServer:
    """Waitress, multi-threaded, on `host:port`: served in the foreground, or from a thread beside Socket Mode."""

    def __init__(
        self, application: WSGIApplication, *, host: str, port: int, threads: int, quiet: QuietGap | None = None
    ) -> None:
        """With `quiet`, every request counts in it from the moment Waitress queues it for a thread."""
        from waitress.server import create_server

        from handlers.waitress_queue import CountingDispatcher

        dispatcher = CountingDispatcher(quiet, threads) if quiet is not None else None
        self._server = create_server(
            application, host=host, port=port, threads=threads, ident="plume", _dispatcher=dispatcher
        )
        self._thread: threading.Thread | None = None

    def serve(self) -> None:
        """Serve until interrupted (KeyboardInterrupt or SystemExit raised by a signal handler)."""
        try:
            self._server.run()
        finally:
            self._server.close()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._server.run, name="plume-http", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.close()
