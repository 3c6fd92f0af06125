"""Build the Bolt app and its Web API client, with every listener registered."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.core import Core
from bot.quiet import QuietGap
from handlers.slack import actions, commands, events, guards, home, pins, shortcuts, views
from handlers.slack.audit_charts import ChartBoard
from handlers.slack.fast_ack import FastAcks
from handlers.slack.workspace import SlackWorkspace

log = logging.getLogger(__name__)


def _origin(error: BaseException) -> str:
    """The deepest frame of Plume's own code in the traceback (or Bolt's, if the error arose there)."""
    origin = "slack_bolt"
    for frame in traceback.extract_tb(error.__traceback__):
        if "/bot/" in frame.filename or "/handlers/" in frame.filename or "/storage/" in frame.filename:
            origin = f"{frame.filename.rsplit('/', 2)[-2]}/{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
    return origin


class _ReportingApp(App):
    """A Bolt app that tells the quiet gap when it is answering a request (HTTP and Socket Mode alike)."""

    def __init__(self, quiet: QuietGap | None, **options: Any) -> None:
        super().__init__(**options)
        self._plume_quiet = quiet

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        if self._plume_quiet is None:
            return super().dispatch(req)
        with self._plume_quiet.busy():
            return super().dispatch(req)

    def dispatch_acked(self, req: BoltRequest) -> BoltResponse:
        """A request `fast_ack` has answered already: Bolt's work on it is post-ack work, not a request in progress."""
        return super().dispatch(req)


def fast_acks(app: App, core: Core, *, signing_secret: str, feedback_channels: frozenset[str]) -> FastAcks | None:
    """The route's fast path for reviews, for an app built by `build_app` that answers Slack at `ack()`."""
    if not isinstance(app, _ReportingApp) or app._plume_quiet is None:
        return None  # listeners run inside the request: handing requests to Bolt later would change that
    return FastAcks(
        app.dispatch_acked,
        core.inbox,
        app._plume_quiet,
        signing_secret=signing_secret,
        feedback_channels=feedback_channels,
    )


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


class AppTokenRefused(Exception):
    """Slack refused SLACK_APP_TOKEN: Socket Mode cannot connect."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


def check_app_token(client: WebClient, app_token: str) -> None:
    """Ask Slack for a Socket Mode URL with the app token (the URL is not used); raise AppTokenRefused if refused."""
    try:
        client.apps_connections_open(app_token=app_token)
    except SlackApiError as error:
        raise AppTokenRefused(str(error.response.get("error") or "refused")) from None


def build_app(
    client: WebClient,
    core: Core,
    *,
    signing_secret: str | None,
    feedback_channels: frozenset[str],
    workspace: SlackWorkspace | None = None,
    process_before_response: bool = False,
    charts: ChartBoard | None = None,
) -> App:
    """The Bolt app; without a signing secret (Socket Mode) requests are not signed, so not verified.

    `process_before_response=True` makes `dispatch` return only once the listener has finished (tests use it to
    know that a request was fully handled); production keeps Bolt's default and answers Slack at `ack()`, and
    reports each request to `core.quiet`, so that post-ack work leaves the interpreter to the acks of a burst.
    """
    app = _ReportingApp(
        None if process_before_response else core.quiet,  # there, listeners run inside the request: never wait
        client=client,
        signing_secret=signing_secret,
        request_verification_enabled=signing_secret is not None,
        token_verification_enabled=False,  # the composition root checks the token once, at start
        process_before_response=process_before_response,
        before_authorize=guards.well_formed_only,
        logger=logging.getLogger("plume.bolt"),
    )

    @app.error
    def on_error(error: Exception) -> None:
        """A listener failed: say which kind of error and where, never the payload (it may quote a review)."""
        log.error("listener failed (%s at %s)", type(error).__name__, _origin(error))

    guards.register(app)
    events.register(app, core.inbox, feedback_channels)
    actions.register(app, core.actions)
    workspace = workspace or SlackWorkspace(client)
    commands.register(app, core.audit, core.settings, workspace, core.inbox)
    shortcuts.register(app, core.inbox)
    views.register(app, core.inbox, core.service, core.settings)
    if core.pins is not None:
        pins.register(app, core.pins)
    home.register(app, core.audit, core.models.choices, workspace, charts or ChartBoard(core.audit, client))
    return app
