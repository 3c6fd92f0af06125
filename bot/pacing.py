"""Pace calls to a chat platform to stay inside its published rate limits, shared by every draft of the process.

A token bucket: `rate` calls a second on average, `burst` at once. Optional calls (a partial draft while it streams)
`try_take` and are skipped when the budget is spent; calls that must happen (the final draft, an approval) `take`
and wait their turn, so that the platform's 429 stays rare instead of being the pacing mechanism.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Pace:
    """One token bucket; thread-safe."""

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._rate = rate
        self._burst = float(burst)
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._updated = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._updated) * self._rate)
        self._updated = now

    def _take_locked(self, keep: int) -> bool:
        self._refill()
        if self._tokens >= 1.0 + keep:
            self._tokens -= 1.0
            return True
        return False

    def try_take(self, keep: int = 0) -> bool:
        """Take a token if one is there and `keep` more would still be left for the calls that must happen;
        False (and nothing taken) otherwise."""
        with self._lock:
            return self._take_locked(keep)

    def take(self, timeout: float = 60.0) -> bool:
        """Wait for a token (at most `timeout` seconds); False if none came in time (the call may then meet a 429)."""
        deadline = self._clock() + timeout
        while True:
            with self._lock:
                if self._take_locked(0):
                    return True
                wait = (1.0 - self._tokens) / self._rate
            if self._clock() + wait > deadline:
                return False
            self._sleep(wait)


class PaceByKey:
    """One bucket per key (a channel, for instance), made on first use."""

    def __init__(self, make: Callable[[], Pace]) -> None:
        self._make = make
        self._paces: dict[str, Pace] = {}
        self._lock = threading.Lock()

    def __getitem__(self, key: str) -> Pace:
        with self._lock:
            pace = self._paces.get(key)
            if pace is None:
                pace = self._paces[key] = self._make()
            return pace
