"""grounding examples: approved threads kept as examples of their channel, searchable in French

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

Each approval stores the pseudonymised review and reply in `grounding_examples`, searched together: SQLite
with an FTS5 table of French stems (written by storage/examples_store.py; a trigger forgets a deleted example; an
fts5vocab table gives each stem's frequency), PostgreSQL with a generated `to_tsvector('french', …)` column under
a GIN index. Revisions record which examples the model was
shown (`grounding_sources`), and a channel setting switches grounding off (`grounding`, on by default).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_PLACEHOLDER = r"\[[A-Z_]+_[0-9]+\]"


def upgrade() -> None:
    op.create_table(
        "grounding_examples",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "conversation_id", sa.Integer(), sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("team_id", sa.String(length=255), nullable=False),
        sa.Column("channel_id", sa.String(length=255), nullable=False),
        sa.Column("thread_id", sa.String(length=255), nullable=False),
        sa.Column("review", sa.Text(), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=True),
        sa.Column("pinned_by", sa.String(length=255), nullable=True),
        sa.Column("pinned_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("conversation_id", name="uq_grounding_examples_conversation"),
    )
    op.create_index("ix_grounding_examples_pinned", "grounding_examples", ["channel_id", "pinned_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE grounding_examples ADD COLUMN search tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('french'::regconfig, regexp_replace(review || ' ' || reply, '{_PLACEHOLDER}', ' ', 'g')))"
            " STORED"
        )
        op.execute("CREATE INDEX ix_grounding_examples_search ON grounding_examples USING gin (search)")
        op.create_index("ix_grounding_examples_channel", "grounding_examples", ["channel_id"])
    else:
        op.execute(
            "CREATE VIRTUAL TABLE grounding_examples_fts"
            " USING fts5(channel, terms, tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute("CREATE VIRTUAL TABLE grounding_examples_vocab USING fts5vocab(grounding_examples_fts, row)")
        op.execute(
            "CREATE TRIGGER grounding_examples_forget AFTER DELETE ON grounding_examples BEGIN "
            "DELETE FROM grounding_examples_fts WHERE rowid = old.id; END"
        )
    with op.batch_alter_table("revisions") as batch_op:
        batch_op.add_column(sa.Column("grounding_sources", sa.JSON(), nullable=True))
    with op.batch_alter_table("channel_settings") as batch_op:
        batch_op.add_column(sa.Column("grounding", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("channel_settings") as batch_op:
        batch_op.drop_column("grounding")
    with op.batch_alter_table("revisions") as batch_op:
        batch_op.drop_column("grounding_sources")
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS grounding_examples_forget")
        op.execute("DROP TABLE IF EXISTS grounding_examples_vocab")
        op.execute("DROP TABLE IF EXISTS grounding_examples_fts")
    op.drop_table("grounding_examples")
