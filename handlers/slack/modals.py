"""Pure builders of the two modals: a review typed in by hand, and the edition of a draft."""

from __future__ import annotations

from typing import Any

from handlers.slack import ids, texts

View = dict[str, Any]
TEXT_LIMIT = 3000  # Slack's maximum length for a plain_text_input

REVIEW_FIELDS = ("service", "feeling", "title", "text")


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def _input(block_id: str, label: str, element: dict[str, Any], *, optional: bool) -> dict[str, Any]:
    return {"type": "input", "block_id": block_id, "label": _plain(label), "element": element, "optional": optional}


def _text_input(action_id: str, *, multiline: bool = False, initial: str = "") -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": action_id, "multiline": multiline}
    if multiline:
        element["max_length"] = TEXT_LIMIT
    if initial:
        element["initial_value"] = initial[:TEXT_LIMIT]
    return element


def review_modal(channel_id: str) -> View:
    """The `/plume` form; the channel where the command was typed travels in private_metadata."""
    feeling = {
        "type": "static_select",
        "action_id": "feeling",
        "options": [{"text": _plain(label), "value": value} for value, label in texts.FEELINGS.items()],
    }
    return {
        "type": "modal",
        "callback_id": ids.REVIEW_MODAL,
        "private_metadata": channel_id,
        "title": _plain(texts.REVIEW_MODAL_TITLE),
        "submit": _plain(texts.REVIEW_MODAL_SUBMIT),
        "close": _plain(texts.CANCEL),
        "blocks": [
            {"type": "context", "elements": [{"type": "mrkdwn", "text": texts.REVIEW_MODAL_HINT}]},
            _input("service", texts.FIELD_SERVICE, _text_input("service"), optional=True),
            _input("feeling", texts.FIELD_FEELING, feeling, optional=True),
            _input("title", texts.FIELD_TITLE, _text_input("title"), optional=True),
            _input("text", texts.FIELD_TEXT, _text_input("text", multiline=True), optional=False),
        ],
    }


def edit_modal(revision_id: int, draft_text: str) -> View:
    """The draft in a text box; the revision it edits travels in private_metadata."""
    return {
        "type": "modal",
        "callback_id": ids.EDIT_MODAL,
        "private_metadata": str(revision_id),
        "title": _plain(texts.EDIT_MODAL_TITLE),
        "submit": _plain(texts.EDIT_MODAL_SUBMIT),
        "close": _plain(texts.CANCEL),
        "blocks": [
            _input("draft", texts.FIELD_DRAFT, _text_input("draft", multiline=True, initial=draft_text), optional=False)
        ],
    }


def submitted_values(view: dict[str, Any]) -> dict[str, str]:
    """The values of a submitted modal, by block id: text inputs and selects alike, '' when left empty."""
    values: dict[str, str] = {}
    for block_id, actions in view.get("state", {}).get("values", {}).items():
        for element in actions.values():
            selected = element.get("selected_option") or {}
            values[block_id] = str(element.get("value") or selected.get("value") or "")
    return values
