"""taken by: « Je m'en occupe », the agent who took a review over

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

A conversation is handled by the agent who brought it until a colleague takes it over; `taken_by` records that
colleague (NULL: nobody did). The thread rule and the lead's view read coalesce(taken_by, requested_by).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.add_column(sa.Column("taken_by", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.drop_column("taken_by")
