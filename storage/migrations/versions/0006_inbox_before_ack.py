"""inbox before ack: a review is stored, sealed with the vault key, before Slack gets its 200

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Intake (pseudonymisation, conversation and job) runs after the ack; a process dying in between used to lose the
review, which Slack does not send again. The inbox row holds it, encrypted, until intake is done; a row whose lease
has expired is taken by another process. A new table only: nothing existing is copied.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("channel_id", sa.String(255), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("worker", sa.String(64), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.UniqueConstraint("platform", "channel_id", "message_id", name="uq_inbox_message"),
    )


def downgrade() -> None:
    op.drop_table("inbox")
