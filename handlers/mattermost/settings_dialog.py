"""The settings dialog of a review channel on Mattermost (`/plume réglages`): built prefilled, read back."""

from __future__ import annotations

from typing import Any

from bot.channel_settings import LIMITS, MAX_WORDS_BOUND, word_bound
from bot.checks.findings import Requirements
from bot.domain import AI_DISCLOSURE_DEFAULT, ChannelSettings
from bot.models.registry import ModelChoice
from handlers.mattermost import phrases
from handlers.mattermost.signing import signed_state

SETTINGS = "settings"
DEFAULT_MODEL_VALUE = "plume_default"
_TEXT_MAX = 150


def settings_dialog(
    key: bytes, settings: ChannelSettings, choices: tuple[ModelChoice, ...], user_id: str, channel_name: str
) -> dict[str, Any]:
    """A channel's settings, prefilled; the state signs the channel and the lead it was opened for."""
    default_label = phrases.PLUME_DEFAULT_MODEL.format(label=choices[0].label) if choices else DEFAULT_MODEL_VALUE
    options = [{"text": default_label, "value": DEFAULT_MODEL_VALUE}]
    options += [{"text": choice.label, "value": choice.id} for choice in choices]
    model = settings.default_model if settings.default_model in {c.id for c in choices} else DEFAULT_MODEL_VALUE

    def text(name: str, label: str, value: str, *, area: bool = False) -> dict[str, Any]:
        limit = LIMITS[name]
        kind = "textarea" if area or limit > _TEXT_MAX else "text"
        return {
            "display_name": label,
            "name": name,
            "type": kind,
            "default": value[:limit],
            "max_length": limit,
            "optional": True,
        }

    return {
        "callback_id": SETTINGS,
        "state": signed_state(key, SETTINGS, settings.channel_id, user_id),
        "title": phrases.SETTINGS_DIALOG_TITLE,
        "introduction_text": phrases.SETTINGS_DIALOG_HINT.format(channel=channel_name),
        "submit_label": phrases.SETTINGS_DIALOG_SUBMIT,
        "elements": [
            text("structure_name", phrases.FIELD_STRUCTURE, settings.structure_name),
            text("signature", phrases.FIELD_SIGNATURE, settings.signature, area=True),
            text("politeness", phrases.FIELD_POLITENESS, settings.politeness),
            {
                "display_name": phrases.FIELD_DISCLOSURE,
                "name": "ai_disclosure",
                "type": "bool",
                "placeholder": phrases.DISCLOSURE_OPTION,
                "default": "true" if settings.ai_disclosure else "false",
                "optional": True,
            },
            text(
                "ai_disclosure_text",
                phrases.FIELD_DISCLOSURE_TEXT,
                settings.ai_disclosure_text or AI_DISCLOSURE_DEFAULT,
            ),
            {
                "display_name": phrases.FIELD_MODEL,
                "name": "default_model",
                "type": "select",
                "default": model,
                "options": options,
                "optional": True,
            },
            _checkbox(
                "public_replies", phrases.FIELD_PUBLIC_REPLIES, phrases.PUBLIC_REPLIES_OPTION, settings.public_replies
            ),
            _checkbox("greeting_required", phrases.FIELD_GREETING, phrases.GREETING_OPTION, settings.greeting_required),
            _words("min_words", phrases.FIELD_MIN_WORDS, settings.min_words),
            _words("max_words", phrases.FIELD_MAX_WORDS, settings.max_words),
            _checkbox("grounding", phrases.FIELD_GROUNDING, phrases.GROUNDING_OPTION, settings.grounding),
        ],
    }


def _checkbox(name: str, label: str, option: str, on: bool) -> dict[str, Any]:
    """A bool element of the dialog: its name above, what ticking it means beside."""
    return {
        "display_name": label,
        "name": name,
        "type": "bool",
        "placeholder": option,
        "default": "true" if on else "false",
        "optional": True,
    }


def _words(name: str, label: str, value: int | None) -> dict[str, Any]:
    """A bound of a reply's length in words; empty for Plume's default."""
    return {
        "display_name": label,
        "name": name,
        "type": "text",
        "subtype": "number",
        "default": "" if value is None else str(value),
        "help_text": phrases.WORDS_HINT.format(default=f"{Requirements.min_words} à {Requirements.max_words}"),
        "max_length": len(str(MAX_WORDS_BOUND)),
        "optional": True,
    }


def submitted_settings(channel_id: str, submission: dict[str, Any]) -> ChannelSettings:
    """The settings a dialog submitted (Mattermost sends a bool element as true/false, a select as its value)."""

    def text(name: str) -> str:
        value = submission.get(name)
        return value if isinstance(value, str) else ""

    def ticked(name: str) -> bool:
        value = submission.get(name)
        return value is True or value == "true"

    model = text("default_model")
    return ChannelSettings(
        channel_id=channel_id,
        structure_name=text("structure_name"),
        signature=text("signature"),
        politeness=text("politeness"),
        ai_disclosure=ticked("ai_disclosure"),
        ai_disclosure_text=text("ai_disclosure_text"),
        default_model=None if model in ("", DEFAULT_MODEL_VALUE) else model,
        public_replies=ticked("public_replies"),
        greeting_required=ticked("greeting_required"),
        min_words=word_bound(submission.get("min_words")),
        max_words=word_bound(submission.get("max_words")),
        grounding="grounding" not in submission or ticked("grounding"),  # a dialog from before the setting: on
    )
