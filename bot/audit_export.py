"""Export rows as CSV or JSON Lines, one approved thread per row, written as they stream from the store."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.audit_spreadsheet import header_line, spreadsheet_line
from bot.ports.audit import ExportRow

COLUMNS = (
    "conversation_id",
    "channel_id",
    "thread_id",
    "permalink",
    "source",
    "received_at",
    "requested_by",
    "masked",
    "approved_at",
    "approved_by",
    "seconds_to_approval",
    "model",
    "first_draft_model",
    "prompt_version",
    "revisions",
    "edit_distance",
    "unchanged",
    "input_tokens",
    "output_tokens",
    "cost_eur",
    "overridden_findings",
    "inspired_by",
    "review",
    "first_draft",
    "approved_text",
)


_LINES_PER_WRITE = 256


class ExportFormat(enum.StrEnum):
    """`tableur` for people (French Excel, LibreOffice); `csv` and `jsonl` for programs (UTC, dots, English)."""

    SPREADSHEET = "tableur"
    CSV = "csv"
    JSONL = "jsonl"


def permalink(workspace_url: str | None, channel_id: str, message_id: str, thread_id: str | None = None) -> str:
    """The link Slack gives a message (as chat.getPermalink builds it), from the workspace URL of auth.test."""
    if not workspace_url:
        return ""
    link = f"{workspace_url.rstrip('/')}/archives/{channel_id}/p{message_id.replace('.', '')}"
    if thread_id and thread_id != message_id:
        link += f"?thread_ts={thread_id}&cid={channel_id}"
    return link


def iso(value: datetime) -> str:
    """UTC, to the second, with a Z: what spreadsheets and jq both read."""
    if value.utcoffset():
        value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds")[:19] + "Z"


def masked_summary(counts: dict[str, int]) -> str:
    """Types and counts of what was masked, never values: `PERSONNE=2;TELEPHONE=1`."""
    return ";".join(f"{kind}={count}" for kind, count in sorted(counts.items()) if count)


def row_values(row: ExportRow, workspace_url: str | None) -> dict[str, object]:
    """One export row as plain values, in COLUMNS order."""
    distance = None if row.edit_distance is None else round(row.edit_distance, 4)
    return {
        "conversation_id": row.conversation_id,
        "channel_id": row.channel_id,
        "thread_id": row.thread_id,
        "permalink": permalink(workspace_url, row.channel_id, row.review_message_id, row.thread_id),
        "source": row.source,
        "received_at": iso(row.received_at),
        "requested_by": row.requested_by,
        "masked": masked_summary(row.masked_counts),
        "approved_at": iso(row.approved_at),
        "approved_by": row.approved_by,
        "seconds_to_approval": max(0, round((row.approved_at - row.received_at).total_seconds())),
        "model": row.model_id,
        "first_draft_model": row.first_model_id,
        "prompt_version": row.prompt_version,
        "revisions": row.revisions,
        "edit_distance": distance,
        "unchanged": None if distance is None else distance == 0,
        "input_tokens": row.input_tokens,
        "output_tokens": row.output_tokens,
        "cost_eur": None if row.cost_eur is None else round(row.cost_eur, 6),
        "overridden_findings": list(row.overridden_findings),
        "inspired_by": list(row.inspired_by),
        "review": row.review,
        "first_draft": row.first_draft,
        "approved_text": row.approved_text,
    }


def _text(value: str) -> str:
    """An RFC 4180 text field: in double quotes, inner quotes doubled (newlines and commas are then safe)."""
    return '"' + value.replace('"', '""') + '"'


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else str(round(value, digits))


def csv_line(row: ExportRow, workspace_url: str | None) -> str:
    """One CSV record in COLUMNS order, CRLF-terminated; written by hand, as the csv module is the bottleneck on
    long texts (about four times slower)."""
    distance = None if row.edit_distance is None else round(row.edit_distance, 4)
    unchanged = "" if distance is None else ("oui" if distance == 0 else "non")
    waited = max(0, round((row.approved_at - row.received_at).total_seconds()))
    link = permalink(workspace_url, row.channel_id, row.review_message_id, row.thread_id)
    fields = (
        str(row.conversation_id),
        _text(row.channel_id),
        _text(row.thread_id),
        _text(link),
        _text(row.source),
        iso(row.received_at),
        _text(row.requested_by),
        _text(masked_summary(row.masked_counts)),
        iso(row.approved_at),
        _text(row.approved_by),
        str(waited),
        _text(row.model_id),
        _text(row.first_model_id),
        _text(row.prompt_version),
        str(row.revisions),
        _number(distance, 4),
        unchanged,
        str(row.input_tokens),
        str(row.output_tokens),
        _number(row.cost_eur, 6),
        _text(";".join(row.overridden_findings)),
        _text(";".join(map(str, row.inspired_by))),
        _text(row.review),
        _text(row.first_draft),
        _text(row.approved_text),
    )
    return ",".join(fields) + "\r\n"


def write_rows(
    rows: Iterable[ExportRow], out: TextIO, fmt: ExportFormat, workspace_url: str | None, zone: ZoneInfo
) -> int:
    """Write a header (CSV) then each row as it comes, a few hundred rows per write; return the row count.
    `zone` dates the spreadsheet's rows; the machine formats stay in UTC."""
    count = 0
    pending: list[str] = []
    if fmt is ExportFormat.CSV:
        pending.append(",".join(COLUMNS) + "\r\n")
    elif fmt is ExportFormat.SPREADSHEET:
        pending.append(header_line())
    for row in rows:
        if fmt is ExportFormat.SPREADSHEET:
            link = permalink(workspace_url, row.channel_id, row.review_message_id, row.thread_id)
            pending.append(spreadsheet_line(row, link, masked_summary(row.masked_counts), zone))
        elif fmt is ExportFormat.CSV:
            pending.append(csv_line(row, workspace_url))
        else:
            pending.append(json.dumps(row_values(row, workspace_url), ensure_ascii=False) + "\n")
        count += 1
        if len(pending) >= _LINES_PER_WRITE:
            out.write("".join(pending))
            pending.clear()
    out.write("".join(pending))
    return count
