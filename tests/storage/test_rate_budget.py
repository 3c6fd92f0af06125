"""Rate budgets shared through the database: one token bucket per key, whoever takes from it (SQLite, PostgreSQL)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from storage.database import Database, open_engine, upgrade
from storage.rate_budget import SqlRateBudgets
from tests.conftest import empty_postgres

SLOW = 0.001
"""Tokens a second so few that none comes back while a test runs."""


def test_a_burst_is_served_then_refused_and_keep_leaves_turns_for_calls_that_must_happen(engine: Engine) -> None:
    budgets = SqlRateBudgets(Database(engine))
    burst = budgets.budget("slack:chat.postMessage:C1", SLOW, 3)
    assert [burst.try_take() for _ in range(4)] == [True, True, True, False]

    kept = budgets.budget("slack:chat.update", SLOW, 5)
    assert [kept.try_take(keep=3) for _ in range(3)] == [True, True, False]
    assert [kept.try_take() for _ in range(4)] == [True, True, True, False]
    assert budgets.budget("slack:chat.postMessage:C2", SLOW, 3).try_take(), "each key has its own bucket"


def test_waiting_calls_take_successive_turns_and_one_past_its_timeout_takes_none(engine: Engine) -> None:
    slept: list[float] = []
    budget = SqlRateBudgets(Database(engine), sleep=slept.append).budget("slack:chat.update", 1.0, 1)
    assert [budget.take() for _ in range(4)] == [True, True, True, True]

    assert len(slept) == 3
    for turn, wait in enumerate(slept, start=1):  # 1 s apart, less the moments the statements took
        assert turn - 0.5 < wait <= turn + 1e-6
    assert not budget.try_take(), "turns reserved by waiting calls leave no room for an optional one"
    assert not budget.take(timeout=0.01) and len(slept) == 3, "no turn within the timeout: none taken, no wait"


def test_processes_on_one_database_share_the_bucket_and_never_overspend_it(engine: Engine) -> None:
    """Two processes (each its own engine and budgets), eight threads each, race for a burst of 20: 20 calls go."""
    engines = [open_engine(engine.url.render_as_string(hide_password=False)) for _ in range(2)]
    budgets = [SqlRateBudgets(Database(each)) for each in engines]
    taken: list[bool] = []
    lock = threading.Lock()

    def race(index: int) -> None:
        budget = budgets[index % 2].budget("slack:chat.update", SLOW, 20)
        for _ in range(5):
            result = budget.try_take()
            with lock:
                taken.append(result)

    threads = [threading.Thread(target=race, args=(index,)) for index in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for each in engines:
        each.dispose()

    assert len(taken) == 80
    assert taken.count(True) == 20


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'old.db'}" if request.param == "sqlite" else empty_postgres()


def test_migration_0007_adds_the_budgets_table_and_takes_it_away_again(url: str) -> None:
    from alembic import command
    from alembic.config import Config

    from storage.database import MIGRATIONS

    engine = open_engine(url)
    upgrade(engine, "0005")
    assert "rate_budgets" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "rate_budgets" in inspect(engine).get_table_names()
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO rate_budgets (key, tat) VALUES ('slack:chat.update', 1.5)"))

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert "rate_budgets" not in inspect(engine).get_table_names()
    engine.dispose()
