"""Pace calls to a chat platform to stay inside its published rate limits, shared by every draft of the process.

Each budget is a token bucket kept as GCRA (the generic cell rate algorithm): one number, the theoretical arrival
time `tat` of the next call, instead of a token count and its refill time. A call may go at once while
`tat - now` stays within the burst's tolerance; `take` reserves the next free turn and sleeps until it, in one step,
so that calls that must happen queue in order and optional calls (`try_take`) see the turns already reserved.
The same arithmetic runs in the database for budgets shared across processes (storage/rate_budget.py), so that
the platform's 429 stays rare instead of being the pacing mechanism.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from bot.ports.budget import RateBudget

_EPSILON = 1e-9
"""Seconds too few to wait for: what float sums of 1/rate leave over."""


def turn_wait(tat: float, now: float, rate: float, burst: int, keep: int = 0) -> tuple[float, float]:
    """For a bucket whose next turn is at `tat`: (the new `tat` once a call is taken, the seconds that call waits
    beyond the burst's tolerance, with `keep` more turns left free). A wait <= 0 means at once."""
    interval = 1.0 / rate
    start = max(tat, now)
    return start + interval, start + (1 + keep) * interval - now - burst * interval


class Pace:
    """One token bucket in this process; thread-safe."""

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._rate = rate
        self._burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tat = clock()
        self._lock = threading.Lock()

    def try_take(self, keep: int = 0) -> bool:
        with self._lock:
            tat, wait = turn_wait(self._tat, self._clock(), self._rate, self._burst, keep)
            if wait > _EPSILON:
                return False
            self._tat = tat
            return True

    def take(self, timeout: float = 60.0) -> bool:
        with self._lock:
            tat, wait = turn_wait(self._tat, self._clock(), self._rate, self._burst)
            if wait > timeout:
                return False
            self._tat = tat
        if wait > _EPSILON:
            self._sleep(wait)
        return True


class LocalBudgets:
    """Budgets kept in this process: one bucket per key, made on first use."""

    def __init__(
        self, *, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._paces: dict[str, Pace] = {}
        self._lock = threading.Lock()

    def budget(self, key: str, rate: float, burst: int) -> RateBudget:
        with self._lock:
            pace = self._paces.get(key)
            if pace is None:
                pace = self._paces[key] = Pace(rate, burst, clock=self._clock, sleep=self._sleep)
            return pace
