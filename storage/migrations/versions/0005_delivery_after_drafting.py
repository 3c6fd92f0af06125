"""delivery after drafting: a job remembers the revision it produced until that revision is shown

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Once the model's answer is stored as a revision, showing it in the chat is a delivery retried on its own (rate
limits, outages, a process killed in between): the job keeps the revision's id and is run again without asking the
model. ADD COLUMN only, as in 0003: no table is copied on SQLite.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("jobs", sa.Column("revision_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("jobs", "revision_id")
