"""Acks first: post-ack work waits for a quiet moment between requests before it takes the interpreter.

Every request Plume answers runs in the same interpreter as the work that follows an ack (pseudonymisation,
SQL, model clients). Under a burst, that work competes for the GIL with the acks still to be answered and slows
them down. The chat adapter reports each request it handles (`busy()`), and the HTTP server each request from the
moment it is queued for a thread (handlers/waitress_queue.py); heavy post-ack work first calls `wait()`,
which returns once no request has been running for `gap` seconds, or after `longest` seconds at most, so that
work is delayed, never starved. Work already under way that comes in small steps (a draft streamed from the model)
calls `step_aside()` between them: it waits while a request is being answered, briefly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

GAP_SECONDS = 0.02
LONGEST_WAIT_SECONDS = 0.5
LONGEST_STEP_ASIDE_SECONDS = 0.1


class QuietGap:
    """Counts the requests in progress and when the last one started or ended."""

    def __init__(
        self,
        gap: float = GAP_SECONDS,
        longest: float = LONGEST_WAIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._gap = gap
        self._longest = longest
        self._clock = clock
        self._changed = threading.Condition()
        self._running = 0
        self._last_activity = float("-inf")

    @contextmanager
    def busy(self) -> Iterator[None]:
        """Around the handling of one request, up to its response."""
        self.arrived()
        try:
            yield
        finally:
            self.left()

    def arrived(self) -> None:
        """A request is waiting or being answered (the HTTP server's queue counts it from its arrival)."""
        with self._changed:
            self._running += 1
            self._last_activity = self._clock()

    def left(self) -> None:
        """A request that `arrived` has been answered (or dropped)."""
        with self._changed:
            self._running -= 1
            self._last_activity = self._clock()
            if not self._running:  # only then can a gap begin: waiters wake once per lull, not per request
                self._changed.notify_all()

    @property
    def requests(self) -> int:
        """Requests waiting or being answered now."""
        with self._changed:
            return self._running

    def pause(self, deadline: float) -> float:
        """Seconds still to wait before work may start (0: go now), given the latest moment to start."""
        now = self._clock()
        if now >= deadline:
            return 0.0
        if self._running:
            return deadline - now
        return max(0.0, min(self._gap - (now - self._last_activity), deadline - now))

    def wait(self) -> bool:
        """Block until a quiet gap (True) or until the longest wait is over (False)."""
        deadline = self._clock() + self._longest
        with self._changed:
            while (pause := self.pause(deadline)) > 0:
                self._changed.wait(pause)
            return self._running == 0 and self._clock() - self._last_activity >= self._gap

    def step_aside(self, longest: float = LONGEST_STEP_ASIDE_SECONDS) -> None:
        """Between two small steps of long post-ack work (a draft's streamed pieces): let the requests in progress
        be answered first, for `longest` seconds at most; no wait at all when none is."""
        with self._changed:
            deadline = self._clock() + longest
            while self._running and (left := deadline - self._clock()) > 0:
                self._changed.wait(left)
