"""rate budgets: the chat platforms' rate limits, shared by every Plume process on one database

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

One row per budget key (a Slack method, or a method and a channel): the time of its next free turn (GCRA), in
epoch seconds of the database's clock. A new table only: nothing is copied.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_budgets",
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("tat", sa.Float(precision=53), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_rate_budgets"),
    )


def downgrade() -> None:
    op.drop_table("rate_budgets")
