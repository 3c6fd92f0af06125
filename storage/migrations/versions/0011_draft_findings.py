"""draft findings: what the checks found on each revision; the channel settings the checks read

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

`draft_findings` holds one row per finding of a revision's last check: kind, severity, span in the pseudonymised
draft and its short French line (placeholders only, never a vault's value); like revisions and approvals, it carries
its thread's conversation, channel and reception time, so that the lead's figures read covering indexes only.
Channel settings gain whether replies are public, the bounds of a reply's length in words (NULL: Plume's defaults)
and whether a greeting is required.
Only CREATE TABLE and ADD COLUMN with constant server defaults (see 0003 about SQLite's batch mode).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

EPOCH = "1970-01-01 00:00:00+00:00"
_FACTS = ["severity", "revision_id", "conversation_id"]


def upgrade() -> None:
    op.create_table(
        "draft_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(length=255), server_default="", nullable=False),
        sa.Column("review_received_at", sa.DateTime(timezone=True), server_default=EPOCH, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revisions.id"], name="fk_draft_findings_revision", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_draft_findings"),
    )
    op.create_index("ix_draft_findings_revision", "draft_findings", ["revision_id", "severity"])
    op.create_index("ix_draft_findings_audit", "draft_findings", ["review_received_at", "channel_id", *_FACTS])
    op.create_index("ix_draft_findings_audit_channel", "draft_findings", ["channel_id", "review_received_at", *_FACTS])
    with op.batch_alter_table("channel_settings") as batch_op:
        batch_op.add_column(sa.Column("public_replies", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("min_words", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("max_words", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("greeting_required", sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("channel_settings") as batch_op:
        batch_op.drop_column("greeting_required")
        batch_op.drop_column("max_words")
        batch_op.drop_column("min_words")
        batch_op.drop_column("public_replies")
    op.drop_index("ix_draft_findings_audit_channel", table_name="draft_findings")
    op.drop_index("ix_draft_findings_audit", table_name="draft_findings")
    op.drop_index("ix_draft_findings_revision", table_name="draft_findings")
    op.drop_table("draft_findings")
