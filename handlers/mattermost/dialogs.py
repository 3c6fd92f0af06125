"""Pure builders of the interactive dialogs: the review form of `/plume` and the edit of a draft."""

from __future__ import annotations

import json
from typing import Any

from bot.ports.chat import Action, ActionKind
from handlers.mattermost import phrases
from handlers.mattermost.signing import signed_context, signed_state

REVIEW = "review"
EDIT = "edit"
TEXTAREA_MAX = 3000
"""The longest textarea a dialog may declare (Mattermost's default and limit for a textarea element)."""


def review_dialog(key: bytes, channel_id: str, user_id: str) -> dict[str, Any]:
    """The form of `/plume`: service, feeling, title and the review's text; the state signs where and for whom it
    was opened, so that a submission forged for another channel or person is refused."""
    feelings = [{"text": label, "value": value} for value, label in phrases.FEELINGS.items()]
    return {
        "callback_id": REVIEW,
        "state": signed_state(key, REVIEW, channel_id, user_id),
        "title": phrases.REVIEW_DIALOG_TITLE,
        "introduction_text": phrases.REVIEW_DIALOG_HINT,
        "submit_label": phrases.REVIEW_DIALOG_SUBMIT,
        "elements": [
            {"display_name": phrases.FIELD_SERVICE, "name": "service", "type": "text", "optional": True},
            {
                "display_name": phrases.FIELD_FEELING,
                "name": "feeling",
                "type": "select",
                "optional": True,
                "options": feelings,
            },
            {"display_name": phrases.FIELD_TITLE, "name": "title", "type": "text", "optional": True},
            {"display_name": phrases.FIELD_TEXT, "name": "text", "type": "textarea", "max_length": TEXTAREA_MAX},
        ],
    }


def edit_dialog(key: bytes, revision_id: int, text: str) -> dict[str, Any]:
    """The draft in a textarea; the state names the revision, signed, so that a forged submission is refused."""
    return {
        "callback_id": EDIT,
        "title": phrases.EDIT_DIALOG_TITLE,
        "submit_label": phrases.EDIT_DIALOG_SUBMIT,
        "state": json.dumps(signed_context(key, Action(ActionKind.EDIT, revision_id))),
        "elements": [
            {
                "display_name": phrases.FIELD_DRAFT,
                "name": "draft",
                "type": "textarea",
                "default": text[:TEXTAREA_MAX],
                "max_length": TEXTAREA_MAX,
            }
        ],
    }
