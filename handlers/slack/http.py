"""HTTP mode: Bolt's WSGI adapter on Waitress (multi-threaded), plus a health check."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

Health = Callable[[], dict[str, Any]]


def wsgi_app(app: App, health: Health) -> Callable[[WSGIEnvironment, StartResponse], Iterable[bytes]]:
    """Route `/healthz` to `health` (200 when its "status" is "ok", else 503) and the rest to Bolt."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            report = health()
            body = json.dumps(report).encode()
            status = "200 OK" if report.get("status") == "ok" else "503 Service Unavailable"
            start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        try:
            return slack(environ, start_response)
        except Exception as error:  # Bolt itself trips on some malformed (yet signed) payloads
            log.warning("malformed Slack request refused (%s)", type(error).__name__)
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "11")])
            return [b"Bad Request"]

    return application


def serve_http(app: App, health: Health, *, host: str, port: int, threads: int) -> None:
    """Serve until interrupted (KeyboardInterrupt or SystemExit raised by a signal handler)."""
    from waitress.server import create_server

    server = create_server(wsgi_app(app, health), host=host, port=port, threads=threads, ident="plume")
    try:
        server.run()
    finally:
        server.close()
