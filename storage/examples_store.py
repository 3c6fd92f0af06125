"""`bot.ports.examples.ExampleStore` on SQLAlchemy: approved threads kept as examples, searched in French.

SQLite: an FTS5 table of Snowball stems (bot/grounding/terms.py) ranked by BM25, one row per example, the
channel as a hashed token so that one MATCH filters and ranks. PostgreSQL: a generated tsvector
(`to_tsvector('french', …)`, GIN index) ranked by `ts_rank`. Both search the pseudonymised review, placeholders
left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from bot.domain import AuditEvent, Platform, PseudonymisedText, Revision
from bot.grounding.terms import MAX_QUERY_TERMS, query_terms, stems, words
from bot.ports.examples import GroundingExample
from storage.database import Database, rows_changed
from storage.mapping import audit_row
from storage.tables import ConversationRow, GroundingExampleRow


def channel_token(channel_id: str) -> str:
    """The channel as one FTS5 token (ids of Matrix rooms hold « ! » and « : », which the tokenizer splits)."""
    return "c" + hashlib.sha256(channel_id.encode()).hexdigest()[:24]


def insert_example(session: Session, conversation: ConversationRow, revision: Revision, at: datetime) -> None:
    """Keep an approved thread as an example of its channel, inside the approval's transaction."""
    row = GroundingExampleRow(
        conversation_id=conversation.id,
        platform=conversation.platform,
        team_id=conversation.team_id,
        channel_id=conversation.channel_id,
        thread_id=conversation.thread_id,
        review=conversation.review,
        reply=revision.text,
        approved_at=at,
    )
    session.add(row)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text("INSERT INTO grounding_examples_fts (rowid, channel, terms) VALUES (:id, :channel, :terms)"),
            {"id": row.id, "channel": channel_token(conversation.channel_id), "terms": " ".join(stems(row.review))},
        )


class SqlExampleStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def similar_examples(self, channel_id: str, review: PseudonymisedText, limit: int) -> list[GroundingExample]:
        if self._db.dialect == "sqlite":
            terms = query_terms(review)
            if not terms:
                return []
            quoted = " OR ".join(f'"{term}"' for term in terms)  # stems are letters only: quoting is enough
            match = f"channel : {channel_token(channel_id)} AND terms : ({quoted})"
            statement = text(
                "SELECT rowid FROM grounding_examples_fts WHERE grounding_examples_fts MATCH :match"
                " ORDER BY bm25(grounding_examples_fts, 0.0, 1.0) LIMIT :limit"
            )
            parameters: dict[str, object] = {"match": match, "limit": limit}
        else:
            distinct = list(dict.fromkeys(words(review)))[:MAX_QUERY_TERMS]
            if not distinct:
                return []
            statement = text(
                "SELECT id FROM grounding_examples, to_tsquery('french'::regconfig, :query) AS query"
                " WHERE channel_id = :channel AND search @@ query ORDER BY ts_rank(search, query) DESC, id DESC"
                " LIMIT :limit"
            )
            parameters = {"query": " | ".join(distinct), "channel": channel_id, "limit": limit}
        with self._db.sessions() as session:
            ids = [int(found) for found in session.scalars(statement, parameters)]
        return self.examples_by_id(ids)

    def pinned_examples(self, channel_id: str, limit: int) -> list[GroundingExample]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(GroundingExampleRow)
                .where(GroundingExampleRow.channel_id == channel_id, GroundingExampleRow.pinned_at.is_not(None))
                .order_by(GroundingExampleRow.pinned_at.desc())
                .limit(limit)
            )
            return [example_of(row) for row in rows]

    def examples_by_id(self, ids: Sequence[int]) -> list[GroundingExample]:
        if not ids:
            return []
        with self._db.sessions() as session:
            rows = session.scalars(select(GroundingExampleRow).where(GroundingExampleRow.id.in_(list(ids))))
            found = {row.id: example_of(row) for row in rows}
        return [found[example_id] for example_id in ids if example_id in found]

    def example_of(self, conversation_id: int) -> GroundingExample | None:
        with self._db.sessions() as session:
            row = session.scalars(
                select(GroundingExampleRow).where(GroundingExampleRow.conversation_id == conversation_id)
            ).first()
            return example_of(row) if row else None

    def pin_example(self, example_id: int, title: str, user_id: str, audit: AuditEvent) -> bool:
        now = self._db.now()
        with self._db.sessions.begin() as session:
            pinned = session.execute(
                update(GroundingExampleRow)
                .where(GroundingExampleRow.id == example_id)
                .values(title=title, pinned_by=user_id, pinned_at=now)
                .execution_options(synchronize_session=False)
            )
            if rows_changed(pinned) != 1:
                return False
            session.add(audit_row(audit, now))
            return True


def example_of(row: GroundingExampleRow) -> GroundingExample:
    return GroundingExample(
        id=row.id,
        conversation_id=row.conversation_id,
        platform=Platform(row.platform),
        team_id=row.team_id,
        channel_id=row.channel_id,
        thread_id=row.thread_id,
        review=PseudonymisedText(row.review),
        reply=PseudonymisedText(row.reply),
        approved_at=row.approved_at,
        title=row.title,
    )
