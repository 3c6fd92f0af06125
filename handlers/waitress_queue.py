"""Waitress's pool of threads, telling the quiet gap of each request from the moment it is queued.

Waitress reads a request on its main loop, then queues it until one of its threads is free: only then does the WSGI
application (and the Bolt app's own count) see it. Under a burst, a request queued there is an ack still to send;
counting it from its arrival keeps post-ack work from starting while acks are waiting for a thread.
"""

from __future__ import annotations

from typing import Any

from waitress.task import ThreadedTaskDispatcher

from bot.quiet import QuietGap


class _Counted:
    """A queued Waitress task that tells the quiet gap when it is served or cancelled."""

    def __init__(self, task: Any, quiet: QuietGap) -> None:
        self._task = task
        self._quiet = quiet

    def service(self) -> None:
        try:
            self._task.service()
        finally:
            self._quiet.left()

    def cancel(self) -> None:
        try:
            self._task.cancel()
        finally:
            self._quiet.left()

    def __repr__(self) -> str:
        return repr(self._task)


class CountingDispatcher(ThreadedTaskDispatcher):  # type: ignore[misc]
    """Waitress's own dispatcher, with `threads` threads; each task counts in `quiet` from queue to answer."""

    def __init__(self, quiet: QuietGap, threads: int) -> None:
        super().__init__()
        self._quiet = quiet
        self.set_thread_count(threads)

    def add_task(self, task: Any) -> None:
        self._quiet.arrived()
        super().add_task(_Counted(task, self._quiet))
