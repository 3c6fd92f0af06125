"""Build the Bolt app and its Web API client, with every listener registered."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.service import PlumeService
from handlers.slack import actions, commands, events, home, shortcuts, views


def build_web_client(token: str, api_url: str) -> WebClient:
    """A Web API client that honours SLACK_API_URL and waits out 429s (Retry-After) and transient errors."""
    return WebClient(
        token=token,
        base_url=api_url,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def build_app(
    client: WebClient, service: PlumeService, *, signing_secret: str | None, feedback_channels: frozenset[str]
) -> App:
    """The Bolt app; without a signing secret (Socket Mode) requests are not signed, so not verified."""
    app = App(
        client=client,
        signing_secret=signing_secret,
        request_verification_enabled=signing_secret is not None,
        token_verification_enabled=False,  # the composition root checks the token once, at start
        logger=logging.getLogger("plume.bolt"),
    )
    events.register(app, service, feedback_channels)
    actions.register(app, service)
    commands.register(app)
    shortcuts.register(app, service)
    views.register(app, service)
    home.register(app)
    return app
