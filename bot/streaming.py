"""Throttle streamed model text into chat updates: Slack accepts about one `chat.update` a second."""

from __future__ import annotations

import time
from collections.abc import Callable


class ThrottledText:
    """Accumulate pieces of text; show the first at once, then the whole text so far at most every `interval` s."""

    def __init__(
        self,
        show: Callable[[str], None],
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._show = show
        self._interval = interval
        self._clock = clock
        self._pieces: list[str] = []
        self._last_shown: float | None = None

    def add(self, piece: str) -> None:
        self._pieces.append(piece)
        now = self._clock()
        if self._last_shown is None or now - self._last_shown >= self._interval:
            self._last_shown = now
            self._show("".join(self._pieces))
