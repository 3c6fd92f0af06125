"""Modal submissions: a review typed into the form, and an agent's edit of a draft."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.domain import ReviewForm
from bot.service import PlumeService
from handlers.slack import ids, modals, texts


def register(app: App, service: PlumeService) -> None:
    @app.view(ids.REVIEW_MODAL)
    def on_review_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        values = modals.submitted_values(view)
        if not values.get("text", "").strip():
            ack(response_action="errors", errors={"text": texts.EMPTY_FIELD})
            return
        ack()
        service.receive_form(
            ReviewForm(
                team_id=body.get("team", {}).get("id", ""),
                channel_id=view.get("private_metadata", ""),
                user_id=body["user"]["id"],
                service=values.get("service", ""),
                feeling=texts.FEELING_WORDS.get(values.get("feeling", ""), ""),
                title=values.get("title", ""),
                text=values["text"],
            )
        )

    @app.view(ids.EDIT_MODAL)
    def on_edit_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        text = modals.submitted_values(view).get("draft", "")
        if not text.strip():
            ack(response_action="errors", errors={"draft": texts.EMPTY_FIELD})
            return
        ack()
        revision_id = view.get("private_metadata", "")
        if revision_id.isdigit():
            service.save_edit(int(revision_id), body["user"]["id"], text)
