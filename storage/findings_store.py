"""`bot.ports.findings.FindingStore` on SQLAlchemy: the findings of each revision's last check."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select

from bot.checks.findings import Finding, Kind, Severity
from storage.database import Database
from storage.tables import DraftFindingRow, RevisionRow


class SqlFindingStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def replace_findings(self, revision_id: int, findings: Sequence[Finding]) -> None:
        with self._db.sessions.begin() as session:
            session.execute(delete(DraftFindingRow).where(DraftFindingRow.revision_id == revision_id))
            revision = session.get(RevisionRow, revision_id)
            if revision is None:  # purged or dismissed meanwhile: nothing to keep
                return
            session.add_all(
                DraftFindingRow(
                    revision_id=revision_id,
                    conversation_id=revision.conversation_id,
                    channel_id=revision.channel_id,
                    review_received_at=revision.review_received_at,
                    kind=finding.kind.value,
                    severity=finding.severity.value,
                    span_start=finding.start,
                    span_end=finding.end,
                    message=finding.message,
                )
                for finding in findings
            )

    def findings_of(self, revision_id: int) -> tuple[Finding, ...]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(DraftFindingRow).where(DraftFindingRow.revision_id == revision_id).order_by(DraftFindingRow.id)
            ).all()
            return tuple(
                Finding(Kind(row.kind), Severity(row.severity), row.message, row.span_start, row.span_end)
                for row in rows
            )
