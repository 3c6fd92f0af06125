"""Persistence: SQLAlchemy tables, the stores behind `bot.ports` (one `Database` each), Alembic migrations."""
