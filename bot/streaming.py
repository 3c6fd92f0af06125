"""Throttle streamed model text into chat updates, spacing them out further when the chat's budget is short."""

from __future__ import annotations

import time
from collections.abc import Callable


class ThrottledText:
    """Accumulate pieces of text; show the first at once, then the whole text so far at most every `interval` s.

    `show` says whether the text was shown. A skipped showing (the chat keeps its rate budget for final drafts,
    because many drafts are streaming at once) doubles the wait before the next try, up to `max_interval`; a showing
    that goes through halves it, down to `interval`. So each draft's update interval grows with the number of drafts
    sharing the budget: fewer, larger updates, and the budget's spare turns are shared among the drafts instead of
    being asked for by every draft every second.
    """

    def __init__(
        self,
        show: Callable[[str], bool],
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        max_interval: float = 8.0,
    ) -> None:
        self._show = show
        self._interval = interval
        self._max_interval = max(interval, max_interval)
        self._wait = interval
        self._clock = clock
        self._pieces: list[str] = []
        self._last_tried: float | None = None

    def add(self, piece: str) -> None:
        self._pieces.append(piece)
        now = self._clock()
        if self._last_tried is None or now - self._last_tried >= self._wait:
            self._last_tried = now
            if self._show("".join(self._pieces)):
                self._wait = max(self._interval, self._wait / 2)
            else:
                self._wait = min(self._max_interval, self._wait * 2)
