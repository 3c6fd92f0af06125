"""The store of the checks' findings on each revision (kinds, severities, spans: never a vault's value)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.checks.findings import Finding


class FindingStore(Protocol):
    def replace_findings(self, revision_id: int, findings: Sequence[Finding]) -> None:
        """Store the findings of a revision's last check, in place of any earlier ones (a check run again)."""
        ...

    def findings_of(self, revision_id: int) -> tuple[Finding, ...]:
        """The findings stored for a revision, in the order they were checked (hard ones first)."""
        ...
