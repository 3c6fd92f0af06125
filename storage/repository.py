"""The conversation store and the job queue on one database, for callers that drive both (tools, tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from storage.conversation_store import SqlConversationStore
from storage.database import Database
from storage.job_queue import SqlJobQueue


class SqlRepository:
    """Both halves of the store, sharing one `Database`: `conversations` and `jobs`."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.database = Database(engine, clock)
        self.conversations = SqlConversationStore(self.database)
        self.jobs = SqlJobQueue(self.database)
