"""Rate budgets shared by every Plume process on one database (`bot.ports.budget.RateBudgets`).

One row per key holds the time of the bucket's next free turn (GCRA, as `bot.pacing.Pace` keeps it in memory), in
epoch seconds of the database's clock, so that processes on several machines agree on it. Each take is one
conditional UPDATE … RETURNING in its own short transaction: the row is locked for that statement only, and the
call that must wait learns how long from the returned turn, then sleeps outside any transaction.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.ports.budget import RateBudget
from storage.database import Database

log = logging.getLogger(__name__)

_NOW = {
    "postgresql": "EXTRACT(EPOCH FROM now())::float8",  # now(): the start of this one-statement transaction
    "sqlite": "((julianday('now') - 2440587.5) * 86400.0)",  # the same value throughout one statement
}
_GREATEST = {"postgresql": "GREATEST", "sqlite": "max"}
_CREATE = text("INSERT INTO rate_budgets (key, tat) VALUES (:key, 0) ON CONFLICT (key) DO NOTHING")


def _take_statement(dialect: str) -> str:
    """Take a turn if it comes within `limit` seconds of tolerance; return how far ahead the bucket now is."""
    now, greatest = _NOW[dialect], _GREATEST[dialect]
    return (
        f"UPDATE rate_budgets SET tat = {greatest}(tat, {now}) + :interval"
        f" WHERE key = :key AND {greatest}(tat, {now}) + :need - {now} <= :limit"
        f" RETURNING tat - {now}"
    )


class SqlRateBudget:
    """One shared token bucket (`bot.ports.budget.RateBudget`), a row of `rate_budgets`."""

    def __init__(
        self, database: Database, key: str, rate: float, burst: int, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._database = database
        self._key = key
        self._interval = 1.0 / rate
        self._tolerance = burst * self._interval
        self._sleep = sleep
        self._take = text(_take_statement(database.dialect))

    def _reserve(self, need: float, limit: float) -> float | None:
        """How far ahead the bucket is once a turn is taken (None: no turn within `limit`, nothing taken)."""
        params = {"key": self._key, "interval": self._interval, "need": need, "limit": limit}
        with self._database.engine.begin() as connection:
            ahead = connection.execute(self._take, params).scalar_one_or_none()
        return None if ahead is None else float(ahead)

    def try_take(self, keep: int = 0) -> bool:
        try:
            return self._reserve((1 + keep) * self._interval, self._tolerance) is not None
        except SQLAlchemyError as error:  # an optional call: skipped
            log.warning("rate budget %s unavailable (%s); optional call skipped", self._key, type(error).__name__)
            return False

    def take(self, timeout: float = 60.0) -> bool:
        try:
            ahead = self._reserve(self._interval, self._tolerance + timeout)
        except SQLAlchemyError as error:  # the call goes unpaced: at worst the platform answers 429, retried
            log.warning("rate budget %s unavailable (%s); call not paced", self._key, type(error).__name__)
            return False
        if ahead is None:
            return False
        if ahead > self._tolerance:
            self._sleep(ahead - self._tolerance)
        return True


class SqlRateBudgets:
    """Budgets by key in the database (`bot.ports.budget.RateBudgets`); each key's row is made on first use."""

    def __init__(self, database: Database, sleep: Callable[[float], None] = time.sleep) -> None:
        if database.dialect not in _NOW:
            raise ValueError(f"no shared rate budgets on {database.dialect}")
        self._database = database
        self._sleep = sleep
        self._budgets: dict[str, SqlRateBudget] = {}
        self._lock = threading.Lock()

    def budget(self, key: str, rate: float, burst: int) -> RateBudget:
        with self._lock:
            found = self._budgets.get(key)
            if found is None:
                with self._database.engine.begin() as connection:
                    connection.execute(_CREATE, {"key": key})
                found = self._budgets[key] = SqlRateBudget(self._database, key, rate, burst, self._sleep)
            return found
