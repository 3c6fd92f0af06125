"""The checks on every draft: pure functions from a pseudonymised draft and its context to findings.

No I/O: the draft is still pseudonymised (« [PERSONNE_1] »), and nothing here ever sees a vault's values.
"""

from __future__ import annotations

from collections.abc import Set

from bot.checks.findings import Finding, Kind, Requirements, Severity
from bot.checks.form import form_findings
from bot.checks.placeholders import personal_data_findings, placeholder_findings, publishable_version
from bot.checks.promises import promise_findings

__all__ = ["Finding", "Kind", "Requirements", "Severity", "check_draft", "publishable_version"]


def check_draft(
    draft: str, review: str, instructions: str, placeholders: Set[str], requirements: Requirements
) -> list[Finding]:
    """Every finding on `draft`, hard ones first, each in the order of the text.

    `review` is the pseudonymised review, `instructions` the agents' instructions so far (joined), `placeholders`
    the conversation's vault placeholders (« [PERSONNE_1] »…)."""
    findings = placeholder_findings(draft, placeholders)
    if requirements.public_replies:
        findings += personal_data_findings(draft, placeholders)
    findings += promise_findings(draft, review, instructions)
    findings += form_findings(draft, requirements)
    return sorted(findings, key=lambda f: (f.severity is not Severity.HARD, f.start))
