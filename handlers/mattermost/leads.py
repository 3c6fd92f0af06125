"""Team leads on Mattermost: `/plume audit` (figures and the CSV export in a DM), `/plume tableau` (what waits,
who does what and the weekly charts in a DM) and `/plume réglages` (a dialog).

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
from bot.channel_settings import LIMITS, ChannelSettingsService
from bot.charts import render
from bot.domain import AI_DISCLOSURE_DEFAULT, ChannelSettings
from bot.models.registry import ModelChoice
from bot.ports.audit import AuditFigures
from bot.team_leads import Access, AccessRefused
from handlers.common.figures import decimal, euros, number, share
from handlers.common.wording import counted, duration
from handlers.mattermost import phrases
from handlers.mattermost.client import MattermostClient, MattermostError
from handlers.mattermost.dashboard import dashboard_message
from handlers.mattermost.render import Post
from handlers.mattermost.signing import signed_state

log = logging.getLogger(__name__)

SETTINGS = "settings"
DEFAULT_MODEL_VALUE = "plume_default"
_TEXT_MAX = 150
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
            {
                "display_name": phrases.FIELD_GROUNDING,
                "name": "grounding",
                "type": "bool",
                "placeholder": phrases.GROUNDING_OPTION,
                "default": "true" if settings.grounding else "false",
                "optional": True,
            },
        ],
    }


def submitted_settings(channel_id: str, submission: dict[str, Any]) -> ChannelSettings:
    """The settings a dialog submitted (Mattermost sends a bool element as true/false, a select as its value)."""

    def text(name: str) -> str:
        value = submission.get(name)
        return value if isinstance(value, str) else ""

    disclosure = submission.get("ai_disclosure")
    model = text("default_model")
    return ChannelSettings(
        channel_id=channel_id,
        structure_name=text("structure_name"),
        signature=text("signature"),
        politeness=text("politeness"),
        ai_disclosure=disclosure is True or disclosure == "true",
        ai_disclosure_text=text("ai_disclosure_text"),
        default_model=None if model in ("", DEFAULT_MODEL_VALUE) else model,
        grounding="grounding" not in submission or submission["grounding"] in (True, "true"),
    )


def _day(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%d/%m/%Y")
