"""`bot.ports.settings.ChannelSettingsStore` on SQLAlchemy: one row per channel, each change audited with it."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from bot.domain import AuditEvent, ChannelSettings
from storage.database import Database
from storage.mapping import audit_row
from storage.tables import ChannelSettingsRow


class SqlChannelSettingsStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get_channel_settings(self, channel_id: str) -> ChannelSettings | None:
        with self._db.sessions() as session:
            row = session.get(ChannelSettingsRow, channel_id)
            return _settings_of(row) if row else None

    def save_channel_settings(self, settings: ChannelSettings, audit: AuditEvent) -> None:
        """Replace the channel's settings and log the change, in one transaction (retried once if raced)."""
        for attempt in range(2):
            try:
                with self._db.sessions.begin() as session:
                    row = session.get(ChannelSettingsRow, settings.channel_id)
                    if row is None:
                        row = ChannelSettingsRow(channel_id=settings.channel_id)
                        session.add(row)
                    row.structure_name = settings.structure_name
                    row.signature = settings.signature
                    row.politeness = settings.politeness
                    row.ai_disclosure = settings.ai_disclosure
                    row.ai_disclosure_text = settings.ai_disclosure_text
                    row.default_model = settings.default_model
                    row.public_replies = settings.public_replies
                    row.min_words = settings.min_words
                    row.max_words = settings.max_words
                    row.greeting_required = settings.greeting_required
                    row.grounding = settings.grounding
                    row.updated_by = settings.updated_by
                    row.updated_at = settings.updated_at or self._db.now()
                    session.add(audit_row(audit, row.updated_at))
                return
            except IntegrityError:  # another lead created the row at the same moment: update it instead
                if attempt:
                    raise


def _settings_of(row: ChannelSettingsRow) -> ChannelSettings:
    return ChannelSettings(
        channel_id=row.channel_id,
        structure_name=row.structure_name,
        signature=row.signature,
        politeness=row.politeness,
        ai_disclosure=row.ai_disclosure,
        ai_disclosure_text=row.ai_disclosure_text,
        default_model=row.default_model,
        grounding=row.grounding,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        public_replies=row.public_replies,
        min_words=row.min_words,
        max_words=row.max_words,
        greeting_required=row.greeting_required,
    )
