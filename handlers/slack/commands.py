"""The `/plume` slash command and the "Rédiger une réponse" message shortcut."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from handlers.slack import ids, texts


def register(app: App) -> None:
    @app.command(ids.SLASH_COMMAND)
    def on_command(ack: Ack) -> None:
        ack(response_type="ephemeral", text=texts.HELP)

    @app.shortcut(ids.DRAFT_SHORTCUT)
    def on_draft_shortcut(ack: Ack, respond: Respond) -> None:
        ack()
        respond(text=texts.NOT_YET_AVAILABLE, response_type="ephemeral", replace_original=False)
