"""Team leads on Matrix: `!plume audit [7j|30j|90j]` sends the period's figures and the CSV of its approved threads
(an `m.file`, encrypted in an encrypted room) in a direct room with the lead; `!plume tableau [7j|30j|90j]` sends
what waits, who does what and the weekly charts (`m.image`, encrypted likewise). Others are refused politely; the
core checks again while reading and audits every refusal."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.audit import AuditService, LeadHome, parse_period
from bot.audit_export import ExportFormat
from bot.charts import render
from bot.ports.audit import AuditFigures
from bot.ports.chat import NoticeRoute, Place
from bot.team_leads import Access, AccessRefused
from handlers.common import phrases as common
from handlers.common.figures import decimal, euros, number, share
from handlers.common.wording import duration
from handlers.matrix.chat import MatrixChat
from handlers.matrix.client import MatrixClient
from handlers.matrix.dashboard import DASHBOARD_FAILED, dashboard_content, png_size
from handlers.matrix.phrases import french
from handlers.matrix.render import Block, content

log = logging.getLogger(__name__)

AUDIT_TITLE = "📊 Audit Plume : les {days} derniers jours (avis reçus du {since} au {until}, UTC)"
AUDIT_FIGURES = (
    "• Avis reçus : {reviews}\n"
    "• Brouillons rédigés : {drafts}\n"
    "• Réponses approuvées : {approvals} ({rate})\n"
    "• Délai médian avant approbation : {median}\n"
    "• Approuvées sans retouche : {unchanged_share} ({unchanged})\n"
    "• Distance d'édition moyenne : {distance} (0 = inchangé, 1 = réécrit)\n"
    "• Coût estimé : {cost}"
)
DASHBOARD_WHAT = "le tableau de bord"
EXPORT_ATTACHED = "Le fichier CSV joint contient {count} réponse(s) approuvée(s). Les textes sont pseudonymisés."


@dataclass(frozen=True)
class LeadAudit:
    """Exports run on a worker of their own: the sync loop waits for the event handlers, and a new direct room
    reaches the bot through the sync loop."""

    audit: AuditService
    client: MatrixClient
    chat: MatrixChat
    worker: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "matrix-audit"))

    def command(self, place: Place, user_id: str, argument: str) -> None:
        """`!plume audit …`: the export in a direct room, or why not."""
        self.worker.submit(self._guarded, self._export, place, user_id, argument)

    def dashboard(self, place: Place, user_id: str, argument: str) -> None:
        """`!plume tableau …`: the lead's view in a direct room, or why not."""
        self.worker.submit(self._guarded, self._dashboard, place, user_id, argument)

    @staticmethod
    def _guarded(answer: Callable[[Place, str, str], None], place: Place, user_id: str, argument: str) -> None:
        try:
            answer(place, user_id, argument)
        except Exception as error:  # a worker's error would vanish in its future
            log.error("lead command failed (%s: %s)", type(error).__name__, error)

    def _export(self, place: Place, user_id: str, argument: str) -> None:
        days = parse_period(argument)
        if days is None:
            self._tell(place, user_id, french(common.AUDIT_PERIOD_HELP.replace("/plume", "!plume")))
            return
        try:
            self.audit.require_lead(user_id, Access.EXPORT)
            home = self.audit.lead_home(user_id, days)
            out = io.StringIO()
            count = self.audit.export_as_lead(user_id, home.scope, out, ExportFormat.CSV, None)
        except AccessRefused:
            self._tell(place, user_id, french(common.REFUSED.format(what=common.REFUSED_WHAT[Access.EXPORT])))
            return
        filename = f"plume-audit-{home.scope.since:%Y%m%d}-{home.scope.until:%Y%m%d}.csv"
        try:
            room = self.client.direct_room(user_id)
            self.client.send(room, _figures_message(home, count))
            self.client.send_file(room, filename, out.getvalue().encode("utf-8"), "text/csv")
        except Exception as error:  # said to the lead; the export holds no raw text, its error is not logged
            log.warning("audit export not sent (%s)", type(error).__name__)
            self._tell(place, user_id, french(common.EXPORT_FAILED))

    def _dashboard(self, place: Place, user_id: str, argument: str) -> None:
        days = parse_period(argument)
        if days is None:
            help_text = common.AUDIT_PERIOD_HELP.replace("/plume audit", "!plume tableau")
            self._tell(place, user_id, french(help_text))
            return
        try:
            home = self.audit.lead_home(user_id, days)
            trend = self.audit.trend(user_id, days)
        except AccessRefused:
            self._tell(place, user_id, french(common.REFUSED.format(what=DASHBOARD_WHAT)))
            return
        zone = self.audit.time_zone
        try:
            charts = render(trend.weeks, zone)
            room = self.client.direct_room(user_id)
            self.client.send(room, dashboard_content(home, trend, zone, lambda user: user, charts=bool(charts)))
            for chart in charts:
                width, height = png_size(chart.png)
                info = {"w": width, "h": height}
                self.client.send_file(
                    room, chart.name, chart.png, "image/png", msgtype="m.image", body=chart.alt_text, info=info
                )
        except Exception as error:  # said to the lead; nothing raw is in the dashboard, its error is not logged
            log.warning("dashboard not sent (%s)", type(error).__name__)
            self._tell(place, user_id, french(DASHBOARD_FAILED))

    def _tell(self, place: Place, user_id: str, text: str) -> None:
        self.chat.tell(place, user_id, [Block(text)], NoticeRoute.THREAD if place.thread_id else NoticeRoute.DIRECT)


def _figures_message(home: LeadHome, count: int) -> dict[str, Any]:
    title = AUDIT_TITLE.format(days=home.days, since=_day(home.scope.since), until=_day(home.scope.until))
    return content(
        [
            Block(french(title), "strong"),
            Block(french(figures_text(home.figures))),
            Block(french(EXPORT_ATTACHED.format(count=count))),
        ]
    )


def figures_text(figures: AuditFigures) -> str:
    return AUDIT_FIGURES.format(
        reviews=number(figures.reviews),
        drafts=number(figures.drafts),
        approvals=number(figures.approvals),
        rate=share(figures.approval_rate),
        median=duration(figures.median_seconds_to_approval),
        unchanged_share=share(figures.unchanged_share),
        unchanged=number(figures.unchanged_approvals),
        distance=decimal(figures.mean_edit_distance, 2),
        cost=euros(figures.cost_eur),
    )


def _day(value: datetime) -> str:
    return value.strftime("%d/%m/%Y")
