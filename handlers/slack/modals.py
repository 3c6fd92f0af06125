"""Pure builders of the modals: a review typed in by hand, the edition of a draft, a channel's settings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.channel_settings import MAX_WORDS_BOUND, word_bound
from bot.checks.findings import Requirements
from bot.domain import AI_DISCLOSURE_DEFAULT, ChannelSettings
from bot.models.registry import ModelChoice
from handlers.common.text_boxes import join_boxes, split_into_boxes, valid_cuts
from handlers.slack import ids, phrases
from handlers.slack.payloads import field, mapping

View = dict[str, Any]
TEXT_LIMIT = 3000  # Slack's maximum length for a plain_text_input

REVIEW_FIELDS = ("service", "feeling", "title", "text")


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def _input(block_id: str, label: str, element: dict[str, Any], *, optional: bool) -> dict[str, Any]:
    return {"type": "input", "block_id": block_id, "label": _plain(label), "element": element, "optional": optional}


def _text_input(
    action_id: str, *, multiline: bool = False, initial: str = "", limit: int | None = None
) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": action_id, "multiline": multiline}
    if multiline or limit:
        element["max_length"] = limit or TEXT_LIMIT
    if initial:
        element["initial_value"] = initial[:TEXT_LIMIT]
    return element


def review_modal(channel_id: str) -> View:
    """The `/plume` form; the channel where the command was typed travels in private_metadata."""
    feeling = {
        "type": "static_select",
        "action_id": "feeling",
        "options": [{"text": _plain(label), "value": value} for value, label in phrases.FEELINGS.items()],
    }
    return {
        "type": "modal",
        "callback_id": ids.REVIEW_MODAL,
        "private_metadata": channel_id,
        "title": _plain(phrases.REVIEW_MODAL_TITLE),
        "submit": _plain(phrases.REVIEW_MODAL_SUBMIT),
        "close": _plain(phrases.CANCEL),
        "blocks": [
            {"type": "context", "elements": [{"type": "mrkdwn", "text": phrases.REVIEW_MODAL_HINT}]},
            _input("service", phrases.FIELD_SERVICE, _text_input("service"), optional=True),
            _input("feeling", phrases.FIELD_FEELING, feeling, optional=True),
            _input("title", phrases.FIELD_TITLE, _text_input("title"), optional=True),
            _input("text", phrases.FIELD_TEXT, _text_input("text", multiline=True), optional=False),
        ],
    }


def _part_id(index: int) -> str:
    return "draft" if index == 0 else f"draft_{index + 1}"


def edit_modal(revision_id: int, draft_text: str) -> View:
    """The draft in text boxes (one per 3 000 characters, Slack's limit for one box, so that nothing is cut); the
    revision it edits, and how to join the boxes back, travel in private_metadata (`12` or `12:ns`)."""
    parts, cuts = split_into_boxes(draft_text, TEXT_LIMIT)
    boxes = [
        _input(
            _part_id(index),
            phrases.FIELD_DRAFT if index == 0 else phrases.FIELD_DRAFT_MORE.format(number=index + 1),
            _text_input(_part_id(index), multiline=True, initial=part),
            optional=index > 0,
        )
        for index, part in enumerate(parts)
    ]
    return {
        "type": "modal",
        "callback_id": ids.EDIT_MODAL,
        "private_metadata": f"{revision_id}:{cuts}" if cuts else str(revision_id),
        "title": _plain(phrases.EDIT_MODAL_TITLE),
        "submit": _plain(phrases.EDIT_MODAL_SUBMIT),
        "close": _plain(phrases.CANCEL),
        "blocks": boxes,
    }


def submitted_edit(view: dict[str, Any]) -> tuple[int, str] | None:
    """The revision an edit modal was for and the text of its boxes joined back; None if it names no revision."""
    revision, _, cuts = field(view, "private_metadata").partition(":")
    if not revision.isdigit() or not valid_cuts(cuts):
        return None
    values = submitted_values(view)
    return int(revision), join_boxes([values.get(_part_id(index), "") for index in range(len(cuts) + 1)], cuts)


def submitted_values(view: dict[str, Any]) -> dict[str, str]:
    """The values of a submitted modal, by block id: text inputs and selects alike, '' when left empty."""
    values: dict[str, str] = {}
    for block_id, actions in mapping(mapping(view, "state"), "values").items():
        for element in actions.values() if isinstance(actions, dict) else []:
            selected = mapping(element, "selected_option")
            values[block_id] = field(element, "value") or field(selected, "value")
    return values


DEFAULT_MODEL_VALUE = "plume_default"
DISCLOSURE_VALUE = "on"
PUBLIC_REPLIES_VALUE = "public_replies"
GREETING_VALUE = "greeting_required"


def _checks_boxes(settings: ChannelSettings) -> dict[str, Any]:
    """Whether replies are public, whether a greeting is required: one checkbox each."""
    public = {"text": _plain(phrases.PUBLIC_REPLIES_OPTION[:150]), "value": PUBLIC_REPLIES_VALUE}
    greeting = {"text": _plain(phrases.GREETING_OPTION[:150]), "value": GREETING_VALUE}
    boxes: dict[str, Any] = {"type": "checkboxes", "action_id": "checks", "options": [public, greeting]}
    ticked = [
        option for option, on in ((public, settings.public_replies), (greeting, settings.greeting_required)) if on
    ]
    if ticked:
        boxes["initial_options"] = ticked
    return boxes


def _words_input(name: str, value: int | None) -> dict[str, Any]:
    """A whole number of words, empty for Plume's default."""
    element: dict[str, Any] = {
        "type": "number_input",
        "action_id": name,
        "is_decimal_allowed": False,
        "min_value": "1",
        "max_value": str(MAX_WORDS_BOUND),
    }
    if value is not None:
        element["initial_value"] = str(value)
    return element


def _ticked(view: dict[str, Any], block_id: str) -> set[str]:
    """The values of the boxes ticked in a checkboxes input."""
    chosen = mapping(mapping(mapping(mapping(view, "state"), "values"), block_id), block_id).get("selected_options")
    return {field(option, "value") for option in chosen} if isinstance(chosen, list) else set()


GROUNDING_VALUE = "on"


def settings_modal(settings: ChannelSettings, choices: Sequence[ModelChoice]) -> View:
    """A channel's settings, prefilled; the channel travels in private_metadata."""
    default = {
        "text": _plain(phrases.PLUME_DEFAULT_MODEL.format(label=choices[0].label)[:75]),
        "value": DEFAULT_MODEL_VALUE,
    }
    options = [default] + [{"text": _plain(choice.label[:75]), "value": choice.id} for choice in choices[:99]]
    model: dict[str, Any] = {"type": "static_select", "action_id": "default_model", "options": options}
    model["initial_option"] = next((o for o in options if o["value"] == settings.default_model), default)
    disclosure_option = {"text": _plain(phrases.DISCLOSURE_OPTION), "value": DISCLOSURE_VALUE}
    disclosure: dict[str, Any] = {"type": "checkboxes", "action_id": "ai_disclosure", "options": [disclosure_option]}
    if settings.ai_disclosure:
        disclosure["initial_options"] = [disclosure_option]
    grounding_option = {"text": _plain(phrases.GROUNDING_OPTION), "value": GROUNDING_VALUE}
    grounding: dict[str, Any] = {"type": "checkboxes", "action_id": "grounding", "options": [grounding_option]}
    if settings.grounding:
        grounding["initial_options"] = [grounding_option]
    disclosure_text = settings.ai_disclosure_text or AI_DISCLOSURE_DEFAULT
    fields = [
        (
            "structure_name",
            phrases.FIELD_STRUCTURE,
            _text_input("structure_name", initial=settings.structure_name, limit=150),
        ),
        (
            "signature",
            phrases.FIELD_SIGNATURE,
            _text_input("signature", multiline=True, initial=settings.signature, limit=500),
        ),
        ("politeness", phrases.FIELD_POLITENESS, _text_input("politeness", initial=settings.politeness, limit=300)),
        ("ai_disclosure", phrases.FIELD_DISCLOSURE, disclosure),
        (
            "ai_disclosure_text",
            phrases.FIELD_DISCLOSURE_TEXT,
            _text_input("ai_disclosure_text", initial=disclosure_text, limit=300),
        ),
        ("default_model", phrases.FIELD_MODEL, model),
        ("checks", phrases.FIELD_CHECKS, _checks_boxes(settings)),
        ("min_words", phrases.FIELD_MIN_WORDS, _words_input("min_words", settings.min_words)),
        ("max_words", phrases.FIELD_MAX_WORDS, _words_input("max_words", settings.max_words)),
        ("grounding", phrases.FIELD_GROUNDING, grounding),
    ]
    words = {
        "type": "context",
        "elements": [
            {
                "type": "mrkdwn",
                "text": phrases.WORDS_HINT.format(default=f"{Requirements.min_words} à {Requirements.max_words}"),
            }
        ],
    }
    hint = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": phrases.SETTINGS_MODAL_HINT.format(channel=settings.channel_id)}],
    }
    return {
        "type": "modal",
        "callback_id": ids.SETTINGS_MODAL,
        "private_metadata": settings.channel_id,
        "title": _plain(phrases.SETTINGS_MODAL_TITLE),
        "submit": _plain(phrases.SAVE),
        "close": _plain(phrases.CANCEL),
        "blocks": [hint, *(_input(block, label, element, optional=True) for block, label, element in fields), words],
    }


def submitted_settings(view: dict[str, Any]) -> ChannelSettings:
    """The settings typed into the modal, for the channel in its private_metadata."""
    values = submitted_values(view)
    state = mapping(mapping(view, "state"), "values")
    ticked = mapping(mapping(state, "ai_disclosure"), "ai_disclosure").get("selected_options")
    model = values.get("default_model", "")
    checks = _ticked(view, "checks")
    return ChannelSettings(
        channel_id=field(view, "private_metadata"),
        structure_name=values.get("structure_name", ""),
        signature=values.get("signature", ""),
        politeness=values.get("politeness", ""),
        ai_disclosure=isinstance(ticked, list) and any(field(option, "value") == DISCLOSURE_VALUE for option in ticked),
        ai_disclosure_text=values.get("ai_disclosure_text", ""),
        default_model=None if model in ("", DEFAULT_MODEL_VALUE) else model,
        public_replies=PUBLIC_REPLIES_VALUE in checks,
        greeting_required=GREETING_VALUE in checks,
        min_words=word_bound(values.get("min_words", "")),
        max_words=word_bound(values.get("max_words", "")),
        # a modal opened before this setting existed keeps grounding on
        grounding="grounding" not in state or GROUNDING_VALUE in _ticked(view, "grounding"),
    )


def pin_modal(conversation_id: int, title: str = "") -> View:
    """The title of a « réponse type » to save from an approved thread (its conversation in private_metadata)."""
    hint = {"type": "context", "elements": [{"type": "mrkdwn", "text": phrases.PIN_MODAL_HINT}]}
    name = _input("title", phrases.PIN_FIELD_TITLE, _text_input("title", initial=title, limit=150), optional=False)
    return {
        "type": "modal",
        "callback_id": ids.PIN_MODAL,
        "private_metadata": str(conversation_id),
        "title": _plain(phrases.PIN_MODAL_TITLE),
        "submit": _plain(phrases.SAVE),
        "close": _plain(phrases.CANCEL),
        "blocks": [hint, name],
    }


def message_modal(text: str) -> View:
    """A modal that only says something (a refusal, for instance)."""
    return {
        "type": "modal",
        "title": _plain("Plume"),
        "close": _plain("Fermer"),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}],
    }
