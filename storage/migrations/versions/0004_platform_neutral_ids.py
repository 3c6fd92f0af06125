"""platform-neutral ids: every platform id fits 255 characters, `ts` columns become message and thread ids

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Matrix room, event and user ids run to 40–80 characters and more (the spec allows 255), Mattermost ids are 26:
the 32-character columns sized for Slack would refuse them on PostgreSQL. SQLite does not enforce VARCHAR
lengths, so there only the renames apply.

Renames use `ALTER TABLE … RENAME COLUMN`, which SQLite (3.25+) and PostgreSQL both run in place: no table is
copied, so the foreign keys that cascade into approvals are never touched (see migration 0003). Indexes and
constraints follow the renamed columns by themselves.

`conversations.platform` says which chat a thread lives in; every thread stored before this migration is Slack's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID_LENGTH = 255

RENAMES = (
    ("conversations", "review_ts", "review_message_id"),
    ("conversations", "thread_ts", "thread_id"),
    ("revisions", "message_ts", "message_id"),
    ("instructions", "message_ts", "message_id"),
    ("jobs", "message_ts", "message_id"),
)

# Every column holding a platform id (team, channel or room, user, message, thread), by its name after the renames.
PLATFORM_IDS = {
    "conversations": ("team_id", "channel_id", "review_message_id", "thread_id", "requested_by"),
    "revisions": ("message_id", "author_user_id", "channel_id"),
    "instructions": ("channel_id", "message_id", "user_id"),
    "approvals": ("user_id", "channel_id"),
    "channel_settings": ("channel_id", "updated_by"),
    "audit_events": ("actor",),
    "jobs": ("message_id",),
}


def upgrade() -> None:
    for table, old, new in RENAMES:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")
    if op.get_bind().dialect.name == "postgresql":
        for table, columns in PLATFORM_IDS.items():
            for column in columns:
                op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({ID_LENGTH})")
    op.add_column("conversations", sa.Column("platform", sa.String(16), nullable=False, server_default="slack"))
    op.create_index("ix_revisions_message", "revisions", ["message_id"])


def downgrade() -> None:
    op.drop_index("ix_revisions_message", "revisions")
    op.drop_column("conversations", "platform")
    for table, old, new in RENAMES:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN {new} TO {old}")
