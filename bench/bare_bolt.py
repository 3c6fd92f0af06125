"""A bare Bolt app, the yardstick of `bench.load`: Slack's own framework served as `plume serve --http` serves
Plume (Waitress, 8 threads, Bolt's WSGI adapter at /slack/events), with listeners that do nothing at all.

    .venv/bin/python -m bench.bare_bolt --port N --signing-secret S --slack-api-url URL
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from waitress.server import create_server

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment


def bare_application(signing_secret: str, slack_api_url: str) -> WSGIApplication:
    """The bare app's WSGI application: /healthz, and Bolt at /slack/events with two listeners doing nothing."""
    app = App(
        client=WebClient(token="xoxb-bare", base_url=slack_api_url),
        signing_secret=signing_secret,
        token_verification_enabled=False,
    )

    @app.event("message")
    def on_message() -> None:
        """Nothing: the ack alone is measured."""

    @app.event("app_mention")
    def on_mention() -> None:
        """Nothing."""

    slack = SlackRequestHandler(app, path="/slack/events")

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", "16")])
            return [b'{"status": "ok"}']
        return slack(environ, start_response)

    return application


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--signing-secret", required=True)
    parser.add_argument("--slack-api-url", required=True)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    application = bare_application(args.signing_secret, args.slack_api_url)
    create_server(application, host="127.0.0.1", port=args.port, threads=args.threads, ident="bare-bolt").run()


if __name__ == "__main__":
    main()
