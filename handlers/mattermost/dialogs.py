"""Pure builders of the interactive dialogs: the review form of `/plume` and the edit of a draft."""

from __future__ import annotations

import json
from typing import Any

from bot.ports.chat import Action, ActionKind
from handlers.common.text_boxes import join_boxes, split_into_boxes, valid_cuts
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


def _box_name(index: int) -> str:
    return "draft" if index == 0 else f"draft_{index + 1}"


def edit_dialog(key: bytes, revision_id: int, text: str) -> dict[str, Any]:
    """The draft in textareas (one per 3 000 characters, so that nothing is cut); the state names the revision,
    signed, so that a forged submission is refused, and how to join the boxes back (`cuts`)."""
    boxes, cuts = split_into_boxes(text, TEXTAREA_MAX)
    return {
        "callback_id": EDIT,
        "title": phrases.EDIT_DIALOG_TITLE,
        "submit_label": phrases.EDIT_DIALOG_SUBMIT,
        "state": json.dumps({**signed_context(key, Action(ActionKind.EDIT, revision_id)), "cuts": cuts}),
        "elements": [
            {
                "display_name": phrases.FIELD_DRAFT
                if index == 0
                else phrases.FIELD_DRAFT_MORE.format(number=index + 1),
                "name": _box_name(index),
                "type": "textarea",
                "default": box,
                "max_length": TEXTAREA_MAX,
                "optional": index > 0,
            }
            for index, box in enumerate(boxes)
        ],
    }


def edited_text(state: Any, submission: dict[str, Any]) -> str:
    """The text of a submitted edit dialog, its boxes joined back as `edit_dialog` cut them."""
    cuts = state.get("cuts", "") if isinstance(state, dict) else ""
    if not isinstance(cuts, str) or not valid_cuts(cuts):
        cuts = ""
    boxes = [submission.get(_box_name(index)) for index in range(len(cuts) + 1)]
    return join_boxes([box if isinstance(box, str) else "" for box in boxes], cuts)
