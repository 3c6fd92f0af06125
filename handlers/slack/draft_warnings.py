"""What is wrong with a draft, in Block Kit: placeholders Plume cannot restore, the checks' findings (one line
each, before the buttons), and Slack's confirmation before approving anyway."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.checks.findings import Finding
from handlers.common.wording import blocking_count, finding_lines, unresolved_warning
from handlers.slack import phrases
from handlers.slack.mrkdwn import escape, mrkdwn_text

Block = dict[str, Any]
SECTION_LIMIT = 3000


def unresolved_block(unresolved: Sequence[str]) -> Block:
    """The unknown placeholders left in a draft, and what to do about them."""
    return {"type": "section", "text": mrkdwn_text(escape(unresolved_warning(tuple(unresolved)))[:SECTION_LIMIT])}


def confirm_anyway(unresolved: Sequence[str], findings: Sequence[Finding]) -> Block:
    """Slack's own confirmation dialog before an approval that keeps unknown placeholders in the final text, or
    overrides blocking findings of the checks (then audited)."""
    if unresolved:
        title, listed = (
            phrases.CONFIRM_ANYWAY_TITLE,
            phrases.CONFIRM_ANYWAY_TEXT.format(placeholders=", ".join(unresolved)),
        )
    else:
        title, listed = (
            phrases.CONFIRM_FINDINGS_TITLE,
            phrases.CONFIRM_FINDINGS_TEXT.format(count=blocking_count(findings)),
        )
    return {
        "title": {"type": "plain_text", "text": title[:100]},
        "text": {"type": "plain_text", "text": listed if len(listed) <= 300 else listed[:299] + "…"},
        "confirm": {"type": "plain_text", "text": phrases.CONFIRM_ANYWAY_YES[:30]},
        "deny": {"type": "plain_text", "text": phrases.CANCEL[:30]},
        "style": "danger",
    }


def findings_block(findings: Sequence[Finding]) -> Block:
    """One line per finding, then what a blocking one means, in one section (the block count stays small)."""
    lines = finding_lines(findings)
    if any(line.startswith("⛔") for line in lines):
        lines.append(f"_{phrases.FINDINGS_HOW}_")
    return {"type": "section", "text": mrkdwn_text(escape("\n".join(lines))[:SECTION_LIMIT])}
