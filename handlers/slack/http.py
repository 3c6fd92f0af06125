"""Slack over HTTP: Bolt's WSGI adapter at /slack/events, refusing what Bolt itself cannot read."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from handlers.slack.fast_ack import FastAcks

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def slack_route(app: App, fast: FastAcks | None = None) -> WSGIApplication:
    """Events, interactivity and slash commands, each request's signature checked by Bolt; with `fast`, reviews are
    stored and acked before Bolt dispatches them (`fast_ack`)."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if fast is not None and (answer := fast.answer(environ, start_response)) is not None:
            return answer
        try:
            return slack(environ, start_response)
        except Exception as error:  # Bolt itself trips on some malformed (yet signed) payloads
            log.warning("malformed Slack request refused (%s)", type(error).__name__)
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "11")])
            return [b"Bad Request"]

    return application
