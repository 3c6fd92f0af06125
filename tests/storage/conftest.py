"""Fixtures of the repository tests: a hand-moved clock and a repository on the `engine` fixture."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from storage.repository import SqlRepository
from tests.storage.records import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(engine: Engine, clock: FakeClock) -> SqlRepository:
    return SqlRepository(engine, clock=clock)
