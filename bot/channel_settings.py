"""A channel's settings: how its team signs replies and which model drafts them; team leads edit them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from bot.clock import utc_now
from bot.domain import AuditEvent, AuditKind, ChannelSettings
from bot.models.registry import ModelChoice
from bot.ports.settings import ChannelSettingsStore
from bot.team_leads import Access, LeadGate

LIMITS = {"structure_name": 150, "signature": 500, "politeness": 300, "ai_disclosure_text": 300}
SETTING_FIELDS = (
    "structure_name", "signature", "politeness", "ai_disclosure", "ai_disclosure_text", "default_model",
    "public_replies", "min_words", "max_words", "greeting_required", "grounding",
)  # fmt: skip
MAX_WORDS_BOUND = 2000
"""The largest word bound a lead may set (a reply to a review is never a report)."""


def word_bound(typed: object) -> int | None:
    """A bound of a reply's length as a lead typed it: a whole number of words from 1 to 2 000, else None
    (Plume's default)."""
    text = str(typed).strip() if isinstance(typed, str | int) and not isinstance(typed, bool) else ""
    return int(text) if text.isdigit() and 1 <= int(text) <= MAX_WORDS_BOUND else None


class ChannelSettingsService:
    """Reads settings for drafting (no role needed); opens and saves them for team leads only."""

    def __init__(
        self,
        store: ChannelSettingsStore,
        gate: LeadGate,
        models: Sequence[ModelChoice],
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._store = store
        self._gate = gate
        self.models = tuple(models)
        self._clock = clock

    def settings_for(self, channel_id: str) -> ChannelSettings | None:
        """A channel's settings, for drafting; no role needed."""
        return self._store.get_channel_settings(channel_id)

    def model_for(self, channel_id: str) -> str | None:
        """The channel's default model if it is still offered; None lets the service use Plume's default."""
        settings = self._store.get_channel_settings(channel_id)
        offered = {choice.id for choice in self.models}
        return settings.default_model if settings and settings.default_model in offered else None

    def open_settings(self, user_id: str, channel_id: str) -> ChannelSettings:
        """The channel's settings, for a team lead to edit."""
        self._gate.require(user_id, Access.SETTINGS, channel_id)
        return self._store.get_channel_settings(channel_id) or ChannelSettings(channel_id)

    def save_settings(self, user_id: str, wanted: ChannelSettings) -> ChannelSettings:
        """Store a team lead's settings (texts trimmed, an unknown model dropped, word bounds in order) and log
        which fields changed."""
        self._gate.require(user_id, Access.SETTINGS, wanted.channel_id)
        before = self._store.get_channel_settings(wanted.channel_id) or ChannelSettings(wanted.channel_id)
        offered = {choice.id for choice in self.models}
        settings = replace(
            wanted,
            structure_name=wanted.structure_name.strip()[: LIMITS["structure_name"]],
            signature=wanted.signature.strip()[: LIMITS["signature"]],
            politeness=wanted.politeness.strip()[: LIMITS["politeness"]],
            ai_disclosure_text=wanted.ai_disclosure_text.strip()[: LIMITS["ai_disclosure_text"]],
            default_model=wanted.default_model if wanted.default_model in offered else None,
            min_words=min(wanted.min_words, wanted.max_words or wanted.min_words) if wanted.min_words else None,
            max_words=max(wanted.max_words, wanted.min_words or wanted.max_words) if wanted.max_words else None,
            updated_by=user_id,
            updated_at=self._clock(),
        )
        changed = [name for name in SETTING_FIELDS if getattr(before, name) != getattr(settings, name)]
        audit = AuditEvent(
            AuditKind.SETTINGS_CHANGED, user_id, None, {"channel": wanted.channel_id, "changed": changed}
        )
        self._store.save_channel_settings(settings, audit)
        return settings
