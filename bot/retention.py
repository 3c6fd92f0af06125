"""Retention: conversations older than the retention period are deleted, by command or every hour."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.clock import utc_now
from bot.ports.repository import ConversationStore, PurgeReport

log = logging.getLogger(__name__)

HOUR = 3600.0


class Retention:
    def __init__(
        self,
        conversations: ConversationStore,
        days: int,
        *,
        batch_size: int = 500,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._conversations = conversations
        self._days = days
        self._batch_size = batch_size
        self._clock = clock
        self._stopping = threading.Event()

    def purge(self) -> PurgeReport:
        now = self._clock()
        report = self._conversations.purge(now - timedelta(days=self._days), now, self._batch_size)
        log.info("retention: %d conversations and %d expired vaults deleted", report.conversations, report.vaults)
        return report

    def start_hourly(self) -> None:
        threading.Thread(target=self._every_hour, name="plume-retention", daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()

    def _every_hour(self) -> None:
        while not self._stopping.is_set():
            try:
                self.purge()
            except Exception:
                log.exception("retention purge failed; next try in an hour")
            self._stopping.wait(HOUR)
