"""Team leads on Mattermost: `/plume audit` (figures and the CSV export in a DM), `/plume tableau` (what waits,
who does what and the weekly charts in a DM), `/plume réglages` (a dialog) and « 📌 Enregistrer comme réponse
type » under an approved thread (a dialog for its title).

The export runs after the command is answered (Mattermost waits a few seconds at most for a slash command): it is
handed to `submit`, the adapter's worker pool. Whether the person is a lead is checked before answering, and
again by the core while exporting; every refusal is written to the audit log by the core.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.audit import AuditService, LeadHome
from bot.audit_export import ExportFormat
from bot.channel_settings import ChannelSettingsService
from bot.charts import render
from bot.grounding.pins import ReplyPins
from bot.ports.audit import AuditFigures
from bot.team_leads import Access, AccessRefused
from handlers.common.figures import decimal, euros, number, share
from handlers.common.typography import typeset
from handlers.common.wording import counted, duration
from handlers.mattermost import phrases
from handlers.mattermost.client import MattermostClient, MattermostError
from handlers.mattermost.dashboard import dashboard_message
from handlers.mattermost.pin_dialog import pin_dialog
from handlers.mattermost.render import Post, escape
from handlers.mattermost.settings_dialog import SETTINGS as SETTINGS, settings_dialog, submitted_settings

log = logging.getLogger(__name__)

"""The longest a one-line text element may be without Mattermost's default (150) being raised."""


def refusal(access: Access) -> str:
    return phrases.REFUSED.format(what=phrases.REFUSED_WHAT[access])


@dataclass(frozen=True)
class LeadCommands:
    """What `/plume audit` and `/plume réglages` act on; `submit` runs work after the command is answered."""

    audit: AuditService
    settings: ChannelSettingsService
    client: MattermostClient
    key: bytes
    submit: Callable[[Callable[[], object]], None]
    pins: ReplyPins | None = None

    def start_export(self, user_id: str, days: int) -> str:
        """The command's answer: the export is on its way (sent by a worker), or the refusal."""
        try:
            self.audit.require_lead(user_id, Access.EXPORT)
        except AccessRefused:
            return refusal(Access.EXPORT)
        self.submit(lambda: self.send_export(user_id, days))
        return phrases.EXPORT_STARTED.format(days=days)

    def send_export(self, user_id: str, days: int) -> None:
        """Post the period's figures in a DM with the lead, the CSV of its approved threads attached."""
        try:
            channel_id = self.client.direct_channel(user_id)
        except MattermostError as error:
            log.warning("audit export not sent: no direct channel (%s)", type(error).__name__)
            return
        try:
            home = self.audit.lead_home(user_id, days)
            filename = f"plume-audit-{home.scope.since:%Y%m%d}-{home.scope.until:%Y%m%d}.csv"
            with tempfile.TemporaryDirectory(prefix="plume-audit-") as folder:
                path = Path(folder) / filename
                with path.open("w", encoding="utf-8", newline="") as out:
                    count = self.audit.export_as_lead(user_id, home.scope, out, ExportFormat.SPREADSHEET, None)
                file_id = self.client.upload_file(channel_id, filename, path.read_bytes(), "text/csv")
            self.client.create_post(channel_id, Post(audit_message(home, count)), file_ids=[file_id])
        except AccessRefused:  # no longer a lead since the command was answered; the core logged it
            self._say(channel_id, refusal(Access.EXPORT))
        except (MattermostError, OSError) as error:
            log.warning("audit export not sent (%s)", type(error).__name__)
            self._say(channel_id, phrases.EXPORT_FAILED)

    def start_dashboard(self, user_id: str, days: int) -> str:
        """`/plume tableau`: the lead's view is on its way (sent by a worker), or the refusal."""
        try:
            self.audit.require_lead(user_id, Access.HOME)
        except AccessRefused:
            return refusal(Access.HOME)
        self.submit(lambda: self.send_dashboard(user_id, days))
        return phrases.DASHBOARD_STARTED.format(days=days)

    def send_dashboard(self, user_id: str, days: int) -> None:
        """Post what waits, the figures and the weekly trend in a DM with the lead, the charts attached."""
        try:
            channel_id = self.client.direct_channel(user_id)
        except MattermostError as error:
            log.warning("dashboard not sent: no direct channel (%s)", type(error).__name__)
            return
        try:
            home = self.audit.lead_home(user_id, days)
            trend = self.audit.trend(user_id, days)
            file_ids = [
                self.client.upload_file(channel_id, chart.name, chart.png, "image/png")
                for chart in render(trend.weeks, self.audit.time_zone)
            ]
            text = dashboard_message(home, trend, self.audit.time_zone, self._names(), charts=bool(file_ids))
            self.client.create_post(channel_id, Post(text), file_ids=file_ids)
        except AccessRefused:  # no longer a lead since the command was answered; the core logged it
            self._say(channel_id, refusal(Access.HOME))
        except (MattermostError, OSError) as error:
            log.warning("dashboard not sent (%s)", type(error).__name__)
            self._say(channel_id, phrases.DASHBOARD_FAILED)

    def _names(self) -> Callable[[str], str]:
        """Usernames read once per message; the id when the server cannot say."""
        known: dict[str, str] = {}

        def name(user_id: str) -> str:
            if user_id not in known:
                try:
                    known[user_id] = str(self.client.get_user(user_id).get("username") or user_id)
                except MattermostError:
                    known[user_id] = user_id
            return known[user_id]

        return name

    def settings_dialog(self, user_id: str, channel_id: str, channel_name: str) -> dict[str, Any] | str:
        """The settings dialog of a review channel, prefilled, or the text that refuses it (a DM's name, as the
        command gives it, is "<id>__<id>": the fallback when the channel cannot be read)."""
        channel = self._channel(channel_id)
        if not channel_id or channel.get("type", "D" if "__" in channel_name else "O") in ("D", "G"):
            return phrases.SETTINGS_IN_CHANNEL
        try:
            current = self.settings.open_settings(user_id, channel_id)
        except AccessRefused:
            return refusal(Access.SETTINGS)
        name = str(channel.get("display_name") or channel.get("name") or channel_id)
        return settings_dialog(self.key, current, self.settings.models, user_id, name)

    def save_settings(self, user_id: str, channel_id: str, submission: dict[str, Any]) -> dict[str, Any]:
        """Save a submitted settings dialog; the answer Mattermost expects (a refusal is the dialog's error)."""
        try:
            saved = self.settings.save_settings(user_id, submitted_settings(channel_id, submission))
        except AccessRefused:
            return {"error": refusal(Access.SETTINGS)}
        channel = self._channel(channel_id)
        name = str(channel.get("display_name") or channel.get("name") or saved.channel_id)
        try:  # a bot may not post ephemeral messages on a stock server: the confirmation goes by DM
            self.client.create_post(
                self.client.direct_channel(user_id), Post(phrases.SETTINGS_SAVED.format(channel=name))
            )
        except MattermostError as error:
            log.info("settings saved; confirmation not shown (%s)", type(error).__name__)
        return {}

    def pin_dialog(self, user_id: str, conversation_id: int) -> dict[str, Any] | str:
        """The dialog titling an approved thread's reply as a « réponse type », or the text that refuses it."""
        try:
            example = self.pins.example_to_pin(user_id, conversation_id) if self.pins else None
        except AccessRefused:
            return refusal(Access.PIN)
        if example is None:
            return phrases.PIN_UNAVAILABLE
        return pin_dialog(self.key, conversation_id, user_id, example.title or "")

    def save_pin(self, user_id: str, conversation_id: int, submission: dict[str, Any]) -> dict[str, Any]:
        """Save a titled réponse type; the answer Mattermost expects (an empty title is the field's error)."""
        title = submission.get("title")
        if not isinstance(title, str) or not title.strip():
            return {"errors": {"title": phrases.EMPTY_FIELD}}
        try:
            pinned = self.pins.pin(user_id, conversation_id, title) if self.pins else None
        except AccessRefused:
            return {"error": refusal(Access.PIN)}
        if pinned is None:
            return {"error": phrases.PIN_UNAVAILABLE}
        saved = typeset(phrases.PIN_SAVED.format(title=escape(pinned.title or "")))
        try:  # as the settings: a bot may not post ephemeral messages on a stock server
            self.client.create_post(self.client.direct_channel(user_id), Post(saved))
        except MattermostError as error:
            log.info("réponse type saved; confirmation not shown (%s)", type(error).__name__)
        return {}

    def _channel(self, channel_id: str) -> dict[str, Any]:
        if not channel_id:
            return {}
        try:
            return self.client.get_channel(channel_id)
        except MattermostError as error:
            log.info("channel not read (%s)", type(error).__name__)
            return {}

    def _say(self, channel_id: str, text: str) -> None:
        try:
            self.client.create_post(channel_id, Post(text))
        except MattermostError as error:
            log.warning("audit export failure not shown (%s)", type(error).__name__)


def audit_message(home: LeadHome, count: int) -> str:
    """The figures of a period, short, in Markdown, and a line about the attached export."""
    title = phrases.AUDIT_TITLE.format(days=home.days, since=_day(home.scope.since), until=_day(home.scope.until))
    approved = counted(count, *phrases.APPROVED_REPLIES)
    return "\n".join((title, figures_text(home.figures), phrases.EXPORT_ATTACHED.format(count=approved)))


def figures_text(figures: AuditFigures) -> str:
    return phrases.AUDIT_FIGURES.format(
        reviews=number(figures.reviews),
        drafts=number(figures.drafts),
        approvals=number(figures.approvals),
        approval_rate=share(figures.approval_rate),
        median=duration(figures.median_seconds_to_approval),
        unchanged_share=share(figures.unchanged_share),
        unchanged=number(figures.unchanged_approvals),
        distance=decimal(figures.mean_edit_distance, 2),
        cost=euros(figures.cost_eur),
    )


def _day(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%d/%m/%Y")
