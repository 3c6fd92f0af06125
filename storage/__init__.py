"""Persistence: SQLAlchemy models, the repository behind `bot.ports.Repository`, Alembic migrations."""
