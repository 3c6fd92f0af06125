"""Checks made before any listener: malformed payloads and clicks from another workspace (Slack Connect) are refused."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.context import BoltContext
from slack_sdk.webhook import WebhookClient

from bot.ports.chat import Notice
from handlers.slack import phrases
from handlers.slack.payloads import field, malformed

log = logging.getLogger(__name__)

_INTERACTIONS = frozenset({"block_actions", "message_action", "view_submission", "shortcut"})


def _own_team(context: BoltContext) -> str:
    result = context.authorize_result
    return (result.team_id if result is not None else None) or context.team_id or ""


def well_formed_only(body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse:
    """Refuse (400) a signed payload whose fields are not of the types Slack sends: Bolt would fail on it (500) or a
    listener act on nonsense. Passed to the App as `before_authorize`, so it runs before Bolt reads the payload."""
    wrong = malformed(body)
    if wrong is not None:
        log.warning("malformed Slack payload refused (field %s)", wrong)
        return BoltResponse(status=400, body="")
    return next()


def register(app: App) -> None:
    @app.middleware
    def same_workspace_only(
        body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        """Approving, editing or drafting is for members of the workspace where Plume is installed."""
        if field(body, "type") in _INTERACTIONS:
            user_team = field(body, "user", "team_id")
            own = _own_team(context)
            if user_team and own and user_team != own:
                log.info("interaction from another workspace refused")
                if url := field(body, "response_url"):
                    WebhookClient(url).send(
                        text=phrases.NOTICES[Notice.FOREIGN_WORKSPACE],
                        response_type="ephemeral",
                        replace_original=False,
                    )
                return BoltResponse(status=200, body="")
        return next()
