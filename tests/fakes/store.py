"""Direct store set-ups that the core cannot yet ask for (a second job on a conversation)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.domain import JobKind, JobStatus
from storage.tables import JobRow


def add_pending_job(engine: Engine, conversation_id: int, now: datetime, model_id: str = "mistral:test") -> int:
    """Insert a ready draft job for `conversation_id`, as a regeneration would; return its id."""
    with Session(engine) as session, session.begin():
        row = JobRow(
            kind=JobKind.DRAFT.value,
            conversation_id=conversation_id,
            model_id=model_id,
            status=JobStatus.PENDING.value,
            attempts=0,
            run_after=now,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        return row.id
