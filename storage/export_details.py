"""Two facts of each exported thread that the export query cannot give in one row: which blocking findings its
approval overrode, and which approved threads inspired its drafts.

Read a batch at a time (three indexed queries per batch of exported threads), on the export's own connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from bot.checks.findings import Severity
from storage.tables import ApprovalRow, DraftFindingRow, GroundingExampleRow, RevisionRow

Details = tuple[tuple[str, ...], tuple[int, ...]]
"""(kinds of the blocking findings overridden, sorted; conversation ids of the threads that inspired it)."""

NONE: Details = ((), ())


def export_details(connection: Connection, conversation_ids: Sequence[int]) -> dict[int, Details]:
    """The details of these approved threads, by conversation id; a thread with neither is left out."""
    if not conversation_ids:
        return {}
    overridden: dict[int, set[str]] = {}
    approved_over = (
        select(ApprovalRow.conversation_id, DraftFindingRow.kind)
        .join(DraftFindingRow, DraftFindingRow.revision_id == ApprovalRow.revision_id)
        .where(ApprovalRow.conversation_id.in_(conversation_ids), DraftFindingRow.severity == Severity.HARD.value)
    )
    for conversation_id, kind in connection.execute(approved_over):
        overridden.setdefault(conversation_id, set()).add(kind)
    examples_of: dict[int, list[int]] = {}
    shown = select(RevisionRow.conversation_id, RevisionRow.grounding_sources).where(
        RevisionRow.conversation_id.in_(conversation_ids)
    )
    for conversation_id, sources in connection.execute(shown.order_by(RevisionRow.id)):
        for example_id in _ids(sources):
            if example_id not in examples_of.setdefault(conversation_id, []):
                examples_of[conversation_id].append(example_id)
    wanted = {example_id for ids in examples_of.values() for example_id in ids}
    thread_of: dict[int, int] = {}
    if wanted:
        threads = select(GroundingExampleRow.id, GroundingExampleRow.conversation_id)
        found = connection.execute(threads.where(GroundingExampleRow.id.in_(wanted)))
        thread_of = {example_id: conversation_id for example_id, conversation_id in found}
    details: dict[int, Details] = {}
    for conversation_id in {*overridden, *examples_of}:
        kinds = tuple(sorted(overridden.get(conversation_id, ())))
        inspired = tuple(thread_of[i] for i in examples_of.get(conversation_id, ()) if i in thread_of)  # purged: gone
        details[conversation_id] = (kinds, inspired)
    return details


def _ids(sources: Any) -> list[int]:
    """The example ids a revision's JSON column holds (None or JSON null when it was given none)."""
    return [int(i) for i in sources if isinstance(i, int)] if isinstance(sources, list) else []
