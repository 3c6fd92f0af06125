"""Shared fixtures: the fake servers, the pseudonymiser (loaded once), and databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.engine import Engine

from bot.privacy.engine import PresidioPseudonymiser
from storage.database import open_engine, upgrade
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.slack_api import FakeSlackApi
from tests.matrix_server import Synapse

POSTGRES_URL = os.environ.get("PLUME_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def fake_slack() -> Iterator[FakeSlackApi]:
    with FakeSlackApi() as slack:
        yield slack


@pytest.fixture
def unlimited_slack() -> Iterator[FakeSlackApi]:
    """A fake Slack without rate limits, for bursts far beyond them that are not what a test is about."""
    with FakeSlackApi(limits=None) as slack:
        yield slack


@pytest.fixture
def fake_mistral() -> Iterator[FakeMistralServer]:
    with FakeMistralServer() as server:
        yield server


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    """A real Synapse for the whole session (rate limits raised); `make test` installs it, it never skips."""
    with Synapse(tmp_path_factory.mktemp("synapse")) as server:
        yield server


@pytest.fixture(scope="session")
def pseudonymiser() -> PresidioPseudonymiser:
    return PresidioPseudonymiser()


def _postgres_engine() -> Engine | None:
    engine = sqlalchemy.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 2})
    try:
        with engine.connect():
            return engine
    except sqlalchemy.exc.OperationalError:
        return None


def postgres_answers() -> bool:
    """Whether the local PostgreSQL test database answers; when it does not, fail at once in CI."""
    probe = _postgres_engine()
    if probe is None:
        if os.environ.get("PLUME_REQUIRE_POSTGRES"):
            pytest.fail(f"PLUME_REQUIRE_POSTGRES is set but no PostgreSQL answers at {POSTGRES_URL}")
        return False
    probe.dispose()
    return True


def empty_postgres() -> str:
    """The URL of the local PostgreSQL test database, emptied; skip (or fail in CI) when none answers."""
    if not postgres_answers():
        pytest.skip(f"no PostgreSQL answers at {POSTGRES_URL}")
    engine = sqlalchemy.create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return POSTGRES_URL


@pytest.fixture
def postgres_url() -> str:
    return empty_postgres()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty database: SQLite always, PostgreSQL where a server answers."""
    url = f"sqlite:///{tmp_path / 'plume.db'}" if request.param == "sqlite" else empty_postgres()
    db = open_engine(url)
    upgrade(db)
    yield db
    db.dispose()
