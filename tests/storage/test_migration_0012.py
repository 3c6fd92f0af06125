"""Migration 0012: grounding examples (table and search index), revisions' sources, the channels' switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from storage.database import MIGRATIONS, open_engine, upgrade
from tests.conftest import empty_postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'old.db'}" if request.param == "sqlite" else empty_postgres()


def test_0012_keeps_channel_settings_grounded_and_goes_back_cleanly(url: str) -> None:
    engine = open_engine(url)
    upgrade(engine, "0011")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO channel_settings (channel_id, structure_name, signature, politeness, ai_disclosure,"
                " ai_disclosure_text, updated_by, updated_at) VALUES ('C1', 'CAF', '', '', false, '', 'U1',"
                " '2026-01-01 00:00:00')"
            )
        )

    upgrade(engine)

    tables = set(inspect(engine).get_table_names())
    assert "grounding_examples" in tables
    with engine.connect() as connection:
        assert connection.execute(text("SELECT grounding FROM channel_settings")).scalar() in (True, 1)
        columns = {column["name"] for column in inspect(connection).get_columns("revisions")}
        assert "grounding_sources" in columns
        if engine.dialect.name == "sqlite":
            assert {"grounding_examples_fts", "grounding_examples_vocab"} <= tables
        else:
            indexes = {index["name"] for index in inspect(engine).get_indexes("grounding_examples")}
            assert (
                "ix_grounding_examples_search" in indexes
                or connection.execute(
                    text("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_grounding_examples_search'")
                ).scalar()
            )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    after = set(inspect(engine).get_table_names())
    assert not {name for name in after if name.startswith("grounding_examples")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT structure_name FROM channel_settings")).scalar() == "CAF"
    engine.dispose()
