"""The store of per-channel settings that team leads edit."""

from __future__ import annotations

from typing import Protocol

from bot.domain import AuditEvent, ChannelSettings


class ChannelSettingsStore(Protocol):
    def get_channel_settings(self, channel_id: str) -> ChannelSettings | None: ...

    def save_channel_settings(self, settings: ChannelSettings, audit: AuditEvent) -> None:
        """Replace the channel's settings and log the change, in one transaction."""
        ...
