"""`/plume audit`: the CSV export, written to a temporary file as rows stream, then sent to the lead by DM."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bot.audit import AuditService
from bot.audit_export import ExportFormat
from handlers.common.wording import counted
from handlers.slack import phrases
from handlers.slack.audit_format import utc_day
from handlers.slack.workspace import SlackWorkspace


def send_audit_export(audit: AuditService, workspace: SlackWorkspace, user_id: str, days: int) -> int:
    """Export the approved threads of the reviews received in the last `days` days; return the row count."""
    scope = audit.scope(days)
    filename = f"plume-audit-{scope.since:%Y%m%d}-{scope.until:%Y%m%d}.csv"
    with tempfile.TemporaryDirectory(prefix="plume-audit-") as folder:
        path = Path(folder) / filename
        with path.open("w", encoding="utf-8", newline="") as out:
            count = audit.export_as_lead(user_id, scope, out, ExportFormat.SPREADSHEET, workspace.url())
        comment = phrases.EXPORT_COMMENT.format(
            count=counted(count, *phrases.APPROVED_REPLIES), since=utc_day(scope.since), until=utc_day(scope.until)
        )
        workspace.send_file(user_id, path, filename, f"Audit Plume, {days} jours", comment)
    return count
