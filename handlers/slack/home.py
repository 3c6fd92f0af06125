"""The App Home tab: what waits, figures, charts and latest approved threads for team leads; for agents, a how-to
and their own open threads."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.audit import AuditService
from bot.models.registry import ModelChoice
from bot.team_leads import AccessRefused
from handlers.slack import audit_blocks, ids, modals, phrases
from handlers.slack.audit_charts import ChartBoard, ChartSet
from handlers.slack.payloads import clicker, field
from handlers.slack.workspace import SlackWorkspace

log = logging.getLogger(__name__)


def register(
    app: App, audit: AuditService, models: Sequence[ModelChoice], workspace: SlackWorkspace, charts: ChartBoard
) -> None:
    shown: dict[str, tuple[int, str | None]] = {}  # each lead's latest filters: a late refresh must not undo a change
    lock = threading.Lock()

    def publish(client: WebClient, user_id: str, days: int, channel_id: str | None) -> None:
        """The lead's view for that period and channel; an agent's own threads otherwise (a forged filter on an
        agent's home is refused and logged by the audit service)."""
        view = None
        if audit.is_lead(user_id) or channel_id or days != 30:
            try:
                home = audit.lead_home(user_id, days, channel_id)

                def when_fresh(fresh: ChartSet) -> None:
                    with lock:
                        current = shown.get(user_id) == (days, channel_id)
                    if current:
                        again = audit_blocks.lead_home_view(home, models, workspace.url(), fresh)
                        client.views_publish(user_id=user_id, view=again)

                with lock:
                    shown[user_id] = (days, channel_id)
                drawn = charts.charts(user_id, days, channel_id, when_fresh)
                view = audit_blocks.lead_home_view(home, models, workspace.url(), drawn)
            except AccessRefused:
                pass
        if view is None:
            view = audit_blocks.agent_home_view(audit.own_open_threads(user_id), audit.now(), workspace.url())
        client.views_publish(user_id=user_id, view=view)

    def state(body: dict[str, Any]) -> tuple[int, str | None]:
        return audit_blocks.read_home_state(field(body, "view", "private_metadata"))

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") == "home" and event.get("user"):
            days, channel_id = audit_blocks.read_home_state(field(event, "view", "private_metadata"))
            publish(client, str(event["user"]), days, channel_id)

    @app.action(ids.AUDIT_PERIOD)
    def on_period(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        _, channel_id = state(body)
        chosen = field(action, "selected_option", "value") or "30"
        if clicker(body):
            publish(client, clicker(body), int(chosen) if chosen.isdigit() else 30, channel_id)

    @app.action(ids.AUDIT_CHANNEL)
    def on_channel(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        days, _ = state(body)
        if clicker(body):
            publish(client, clicker(body), days, field(action, "selected_conversation") or None)

    @app.action(ids.AUDIT_ALL_CHANNELS)
    def on_all_channels(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        days, _ = state(body)
        if clicker(body):
            publish(client, clicker(body), days, None)

    @app.action(ids.AUDIT_TRAIL)
    def on_trail(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        value = field(action, "value")
        if not value.isdigit() or not clicker(body) or not field(body, "trigger_id"):
            return
        try:
            view = audit_blocks.trail_modal(int(value), audit.trail(clicker(body), int(value)), models)
        except AccessRefused as refused:
            view = modals.message_modal(phrases.REFUSED.format(what=phrases.REFUSED_WHAT[refused.what]))
        client.views_open(trigger_id=field(body, "trigger_id"), view=view)
