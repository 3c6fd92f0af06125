"""instructions, attempts, vault versions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instructions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("message_ts", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel_id", "message_ts", name="uq_instructions_message"),
    )
    with op.batch_alter_table("instructions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instructions_conversation_id"), ["conversation_id"], unique=False)

    op.create_table(
        "model_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.String(length=128), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=True),
        sa.Column("output_tokens", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("model_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_attempts_conversation_id"), ["conversation_id"], unique=False)

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index("ix_conversations_thread", ["channel_id", "thread_ts"], unique=False)

    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("instruction_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_jobs_instruction", "instructions", ["instruction_id"], ["id"], ondelete="SET NULL"
        )

    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_user_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("instruction_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cost_eur", sa.Double(), nullable=True))
        batch_op.create_foreign_key(
            "fk_revisions_instruction", "instructions", ["instruction_id"], ["id"], ondelete="SET NULL"
        )

    with op.batch_alter_table("vaults", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("vaults", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_constraint("fk_revisions_instruction", type_="foreignkey")
        batch_op.drop_column("cost_eur")
        batch_op.drop_column("instruction_id")
        batch_op.drop_column("author_user_id")

    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_constraint("fk_jobs_instruction", type_="foreignkey")
        batch_op.drop_column("instruction_id")

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_thread")

    with op.batch_alter_table("model_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_attempts_conversation_id"))

    op.drop_table("model_attempts")
    with op.batch_alter_table("instructions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instructions_conversation_id"))

    op.drop_table("instructions")
