"""inbox kinds: instructions and forms are stored before their ack too, not only reviews

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30

An agent's reply in a thread (an instruction) and a review typed in the form were acknowledged, then lost if the
process died before handling them. They now wait in the inbox like reviews: `kind` says which (every existing row
is a review); `posted_id` is the message a form's review was posted as, so that a form taken in again after a crash
reuses that message instead of posting the review twice.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="review"))
        batch_op.add_column(sa.Column("posted_id", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbox") as batch_op:
        batch_op.drop_column("posted_id")
        batch_op.drop_column("kind")
