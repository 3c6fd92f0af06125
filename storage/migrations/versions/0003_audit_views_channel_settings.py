"""audit views: channel settings; approvals and revisions carry their thread's channel and reception time

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Existing rows are filled in here (the thread's keys copied from conversations, the edit distance computed as
`SqlRepository.approve` now does) before the covering indexes are built.

Only ADD COLUMN and CREATE INDEX: on SQLite, anything that makes batch mode copy a table (alter_column, new
constraints) drops the old table, and with foreign_keys=ON that DROP cascades to approvals. So the NOT NULL
columns get constant server defaults (`review_received_at`: the epoch, which the backfill overwrites at once; the
application always writes the conversation's real time).
"""

import sqlalchemy as sa
from alembic import op

from bot.text_distance import normalised_distance

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BATCH = 500
EPOCH = "1970-01-01 00:00:00+00:00"  # read as UTC by SQLite (SQLAlchemy) and PostgreSQL alike
_REVISION_USAGE = ["model_id", "input_tokens", "output_tokens", "cost_eur"]
_APPROVAL_FACTS = ["model_id", "edit_distance", "revision_number", "approved_at"]

conversations = sa.table("conversations", sa.column("id"), sa.column("channel_id"), sa.column("created_at"))
revisions = sa.table(
    "revisions",
    sa.column("id"),
    sa.column("conversation_id"),
    sa.column("number"),
    sa.column("text"),
    sa.column("channel_id"),
    sa.column("review_received_at"),
)
approvals = sa.table(
    "approvals",
    sa.column("id"),
    sa.column("conversation_id"),
    sa.column("revision_id"),
    sa.column("edit_distance"),
    sa.column("revision_number"),
    sa.column("channel_id"),
    sa.column("review_received_at"),
)


def upgrade() -> None:
    op.create_table(
        "channel_settings",
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("structure_name", sa.String(length=150), server_default="", nullable=False),
        sa.Column("signature", sa.Text(), server_default="", nullable=False),
        sa.Column("politeness", sa.String(length=300), server_default="", nullable=False),
        sa.Column("ai_disclosure", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("ai_disclosure_text", sa.String(length=300), server_default="", nullable=False),
        sa.Column("default_model", sa.String(length=128), nullable=True),
        sa.Column("updated_by", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", name="pk_channel_settings"),
    )
    for table in ("revisions", "approvals"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("channel_id", sa.String(length=32), server_default="", nullable=False))
            batch_op.add_column(
                sa.Column("review_received_at", sa.DateTime(timezone=True), server_default=EPOCH, nullable=False)
            )
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("edit_distance", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("revision_number", sa.Integer(), server_default="1", nullable=False))

    _copy_thread_keys()
    _backfill_edit_distances()

    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.create_index("ix_revisions_audit", ["review_received_at", "channel_id", *_REVISION_USAGE])
        batch_op.create_index("ix_revisions_audit_channel", ["channel_id", "review_received_at", *_REVISION_USAGE])
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.create_index("ix_approvals_approved_at", ["approved_at"])
        batch_op.create_index("ix_approvals_audit", ["review_received_at", "channel_id", *_APPROVAL_FACTS])
        batch_op.create_index("ix_approvals_audit_channel", ["channel_id", "review_received_at", *_APPROVAL_FACTS])
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index("ix_conversations_created", ["created_at"])
        batch_op.create_index("ix_conversations_channel_created", ["channel_id", "created_at"])
        batch_op.create_index("ix_conversations_requester", ["requested_by", "created_at"])


def _copy_thread_keys() -> None:
    """Each revision and approval gets its conversation's channel and reception time; the approved number too."""
    for table in (revisions, approvals):
        thread = sa.select(conversations).where(conversations.c.id == table.c.conversation_id)
        op.execute(
            table.update().values(
                channel_id=thread.with_only_columns(conversations.c.channel_id).scalar_subquery(),
                review_received_at=thread.with_only_columns(conversations.c.created_at).scalar_subquery(),
            )
        )
    number = sa.select(revisions.c.number).where(revisions.c.id == approvals.c.revision_id).scalar_subquery()
    op.execute(approvals.update().values(revision_number=number))


def _backfill_edit_distances() -> None:
    """Approvals stored before this revision get the distance new ones get at approval time."""
    first, final = revisions.alias("first"), revisions.alias("final")
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(approvals.c.id, first.c.text, final.c.text)
            .join(final, final.c.id == approvals.c.revision_id)
            .join(first, sa.and_(first.c.conversation_id == approvals.c.conversation_id, first.c.number == 1))
            .where(approvals.c.id > last_id, approvals.c.edit_distance.is_(None))
            .order_by(approvals.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for approval_id, first_text, final_text in rows:
            connection.execute(
                approvals.update()
                .where(approvals.c.id == approval_id)
                .values(edit_distance=normalised_distance(first_text, final_text))
            )
        last_id = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_requester")
        batch_op.drop_index("ix_conversations_channel_created")
        batch_op.drop_index("ix_conversations_created")
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_index("ix_approvals_audit_channel")
        batch_op.drop_index("ix_approvals_audit")
        batch_op.drop_index("ix_approvals_approved_at")
        batch_op.drop_column("review_received_at")
        batch_op.drop_column("channel_id")
        batch_op.drop_column("revision_number")
        batch_op.drop_column("edit_distance")
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_revisions_audit_channel")
        batch_op.drop_index("ix_revisions_audit")
        batch_op.drop_column("review_received_at")
        batch_op.drop_column("channel_id")
    op.drop_table("channel_settings")
