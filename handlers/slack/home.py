"""The App Home tab: for now, a short how-to for every agent."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from handlers.slack import texts


def home_view() -> dict[str, Any]:
    return {"type": "home", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": texts.HELP}}]}


def register(app: App) -> None:
    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") == "home":
            client.views_publish(user_id=event["user"], view=home_view())
