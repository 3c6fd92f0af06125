"""A monotonic clock that tests move by hand; its `sleep` only moves it (and records how long was asked)."""

from __future__ import annotations


class SteppingClock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
