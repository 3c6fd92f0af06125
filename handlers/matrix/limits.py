"""How fast the bot writes to its homeserver: a token bucket that starts at Tchap's guidance (about one call a
second) and halves its rate at each 429 (down to a floor), after holding every call for the server's
`retry_after_ms`. A homeserver's limit is unknown until it answers 429 once; then the bot keeps below it, instead of
meeting it again at every call (Synapse's default is 0.2 messages a second per user, after a burst of 10).

A 429 may come from a moment's burst rather than a lasting limit: after a quiet period (no 429 for
`recover_after` seconds) the rate doubles back, one step a period, up to where it started. A 429 soon after such a
step says the lower rate was the right one: the quiet period asked before the next step doubles (up to
`longest_quiet`), so that a homeserver with a lasting lower limit is probed ever more rarely; a full quiet period
at the starting rate brings the period back to `recover_after`.

`Recent` spares the server the calls a retried delivery would repeat.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from bot.pacing import Pace
from bot.ports.chat import ChatUnavailable

log = logging.getLogger(__name__)


class ServerPace:
    """Shared by every call of one account; thread-safe."""

    def __init__(
        self,
        rate: float = 1.0,
        burst: int = 6,
        *,
        floor: float = 0.2,
        longest_wait: float = 30.0,
        recover_after: float = 120.0,
        longest_quiet: float = 1_800.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rate = rate
        self._start, self._burst = rate, burst
        self._pace = Pace(rate, burst, clock=clock, sleep=sleep)
        self._recover_after = self._quiet = recover_after
        self._longest_quiet = longest_quiet
        self._calm_since = clock()
        self._raised_at: float | None = None
        self._floor = floor
        self._longest_wait = longest_wait
        self._clock = clock
        self._sleep = sleep
        self._held_until = 0.0
        self._lock = threading.Lock()
        self.refusals = 0

    def try_now(self) -> bool:
        """For a call that may be skipped (a streamed edit): a token now, one kept for the calls that must happen."""
        with self._lock:
            self._recover()
            held = self._held_until > self._clock()
            pace = self._pace
        return not held and pace.try_take(keep=1)

    def wait_turn(self) -> None:
        """For a call that must happen: wait out a hold and a token; `ChatUnavailable` if the hold is too long."""
        with self._lock:
            self._recover()
            held = self._held_until - self._clock()
            pace = self._pace
        if held > self._longest_wait:
            raise ChatUnavailable("rate_limited", held)
        if held > 0:
            self._sleep(held)
        pace.take(self._longest_wait)

    def refused(self, retry_after: float) -> None:
        """The server answered 429: hold every call that long, and go slower from now on."""
        with self._lock:
            now = self._clock()
            self.refusals += 1
            self._held_until = max(self._held_until, now + retry_after)
            if self._raised_at is not None and now - self._raised_at < self._quiet:
                self._quiet = min(self._longest_quiet, self._quiet * 2)
            self._raised_at = None
            self._calm_since = self._held_until
            self._set_rate(max(self._floor, self.rate / 2))
        log.warning("Matrix rate limit: holding calls for %.1f s, then %.2f calls a second", retry_after, self.rate)

    def _recover(self) -> None:
        """One step back up after a quiet period (under the lock)."""
        now = self._clock()
        if now - self._calm_since < self._quiet:
            return
        self._calm_since = now
        if self.rate >= self._start:
            self._quiet = self._recover_after
            return
        self._raised_at = now
        self._set_rate(min(self._start, self.rate * 2))
        log.info("Matrix rate limit: no 429 for a while, back to %.2f calls a second", self.rate)

    def _set_rate(self, rate: float) -> None:
        if rate != self.rate:
            self.rate = rate
            burst = self._burst if rate >= self._start else 1
            self._pace = Pace(rate, burst, clock=self._clock, sleep=self._sleep)


class Recent:
    """Digests of the last edits and reactions sent, per event: a delivery retried does not send them twice.
    Digests, not contents: the restored drafts they hold stay out of memory."""

    def __init__(self, size: int = 5_000) -> None:
        self._digests: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    @staticmethod
    def _digest(event_id: str, message: dict[str, Any]) -> str:
        body = json.dumps(message, sort_keys=True, ensure_ascii=False).encode()
        return event_id + ":" + hashlib.sha256(body).hexdigest()

    def has(self, event_id: str, message: dict[str, Any]) -> bool:
        with self._lock:
            return self._digest(event_id, message) in self._digests

    def add(self, event_id: str, message: dict[str, Any]) -> None:
        with self._lock:
            self._digests[self._digest(event_id, message)] = None
            if len(self._digests) > self._size:
                self._digests.popitem(last=False)
