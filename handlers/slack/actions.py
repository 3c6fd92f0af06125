"""Button and menu listeners: each Slack click becomes the core's `Action`, performed by the dispatcher."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.actions import ActionDispatcher
from bot.ports.chat import Action, ActionKind
from handlers.slack import blocks, ids, modals
from handlers.slack.payloads import clicker, field

_BY_ACTION_ID = {
    ids.APPROVE: ActionKind.APPROVE,
    ids.APPROVE_ANYWAY: ActionKind.APPROVE_ANYWAY,
    ids.DISMISS: ActionKind.DISMISS,
    ids.SHOW_CHANGES: ActionKind.SHOW_CHANGES,
    ids.SHORTER: ActionKind.SHORTER,
    ids.MORE_FORMAL: ActionKind.MORE_FORMAL,
    ids.WARMER: ActionKind.WARMER,
    ids.FIX_SPELLING: ActionKind.FIX_SPELLING,
    ids.TAKE_OVER: ActionKind.TAKE_OVER,
    ids.PUBLISHABLE: ActionKind.PUBLISHABLE,
    ids.REGENERATE: ActionKind.REGENERATE,
    ids.EDIT: ActionKind.EDIT,
    ids.SWITCH_MODEL: ActionKind.SWITCH_MODEL,
    ids.CONFIRM_FIRST_PART: ActionKind.CONFIRM_FIRST_PART,
    ids.SHOW_SENT_TEXT: ActionKind.SHOW_SENT_TEXT,
}
_RETRY = re.compile(rf"^{ids.RETRY}_\d+$")


def action_of(clicked: dict[str, Any]) -> Action | None:
    """The core action a Slack click stands for, or None when the payload does not name one completely.

    Buttons carry their target id as value (a retry: `job|model`); the model menu carries the model chosen and
    its block id names the revision.
    """
    action_id, value = field(clicked, "action_id"), field(clicked, "value")
    if _RETRY.match(action_id):
        job, _, model_id = value.partition("|")
        return Action(ActionKind.RETRY, int(job), model_id) if job.isdigit() and model_id else None
    kind = _BY_ACTION_ID.get(action_id)
    if kind is ActionKind.SWITCH_MODEL:
        revision_id = ids.revision_of_block(field(clicked, "block_id"))
        model_id = field(clicked, "selected_option", "value")
        return Action(kind, revision_id, model_id) if revision_id is not None and model_id else None
    if kind is None or not value.isdigit():
        return None
    return Action(kind, int(value))


def register(app: App, dispatcher: ActionDispatcher) -> None:
    @app.action(re.compile(rf"^({'|'.join(map(re.escape, _BY_ACTION_ID))}|{ids.RETRY}_\d+)$"))
    def on_action(ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        chosen = action_of(action)
        if chosen is None:
            return
        target = dispatcher.perform(chosen, clicker(body))
        if chosen.kind is ActionKind.CONFIRM_FIRST_PART and field(body, "response_url"):  # agreed: no more button
            original = body.get("message", {}).get("blocks") if isinstance(body.get("message"), dict) else None
            agreed = blocks.agreed_offer_message(original if isinstance(original, list) else [])
            respond(text=agreed.text, blocks=agreed.blocks, replace_original=True)
        if target is not None:  # ✏️ Modifier: the modal opens with the draft, while the trigger id is fresh
            client.views_open(
                trigger_id=field(body, "trigger_id"), view=modals.edit_modal(target.revision_id, target.text)
            )
