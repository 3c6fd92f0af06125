"""grounding search: an example's review and reply indexed apart, so that a search can weigh the reply more

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30

The team's approved reply names the thread's topic; the review also holds the complaints every service gets
(waiting, phone, website). storage/example_search.py counts a term found in the reply more than one found in the
review, so both databases now tell them apart: SQLite's FTS5 table gets a `review` and a `reply` column (rebuilt
from the stored examples), PostgreSQL's generated `search` tsvector marks the reply's lexemes with weight A and the
review's with weight D.
"""

import hashlib
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

from bot.grounding.terms import stems

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_PLACEHOLDER = r"\[[A-Z_]+_[0-9]+\]"
_BATCH = 1_000


def _tsvector(column: str) -> str:
    return f"to_tsvector('french'::regconfig, regexp_replace({column}, '{_PLACEHOLDER}', ' ', 'g'))"


def _channel_token(channel_id: str) -> str:
    """As storage/example_search.py writes it (copied: a migration must not change when the code does)."""
    return "c" + hashlib.sha256(channel_id.encode()).hexdigest()[:24]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_search(f"setweight({_tsvector('review')}, 'D') || setweight({_tsvector('reply')}, 'A')")
        return
    op.execute("DROP TABLE grounding_examples_vocab")
    op.execute("DROP TABLE grounding_examples_fts")
    op.execute(
        "CREATE VIRTUAL TABLE grounding_examples_fts"
        " USING fts5(channel, review, reply, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("CREATE VIRTUAL TABLE grounding_examples_vocab USING fts5vocab(grounding_examples_fts, row)")
    _refill(
        "INSERT INTO grounding_examples_fts (rowid, channel, review, reply) VALUES (:id, :channel, :review, :reply)",
        lambda row: {
            "id": row.id,
            "channel": _channel_token(row.channel_id),
            "review": " ".join(stems(row.review)),
            "reply": " ".join(stems(row.reply)),
        },
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgres_search(_tsvector("review || ' ' || reply"))
        return
    op.execute("DROP TABLE grounding_examples_vocab")
    op.execute("DROP TABLE grounding_examples_fts")
    op.execute(
        "CREATE VIRTUAL TABLE grounding_examples_fts"
        " USING fts5(channel, terms, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("CREATE VIRTUAL TABLE grounding_examples_vocab USING fts5vocab(grounding_examples_fts, row)")
    _refill(
        "INSERT INTO grounding_examples_fts (rowid, channel, terms) VALUES (:id, :channel, :terms)",
        lambda row: {
            "id": row.id,
            "channel": _channel_token(row.channel_id),
            "terms": " ".join(stems(row.review + " " + row.reply)),
        },
    )


def _postgres_search(expression: str) -> None:
    op.execute("DROP INDEX ix_grounding_examples_search")
    op.execute("ALTER TABLE grounding_examples DROP COLUMN search")
    op.execute(f"ALTER TABLE grounding_examples ADD COLUMN search tsvector GENERATED ALWAYS AS ({expression}) STORED")
    op.execute("CREATE INDEX ix_grounding_examples_search ON grounding_examples USING gin (search)")
    op.execute("ANALYZE grounding_examples")  # the search reads its lexemes' frequencies from the statistics


def _refill(insert: str, values: Callable[[sa.Row[Any]], dict[str, object]]) -> None:
    """The SQLite search rows of every stored example, written again in batches."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, channel_id, review, reply FROM grounding_examples ORDER BY id")).all()
    for start in range(0, len(rows), _BATCH):
        bind.execute(sa.text(insert), [values(row) for row in rows[start : start + _BATCH]])
