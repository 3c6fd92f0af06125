"""The job runner: worker threads claim draft jobs from the store, run them, retry with backoff, give up cleanly."""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.clock import utc_now
from bot.domain import Job, Platform
from bot.drafting import Drafter
from bot.failures import DeliveryFailed, DraftFailure, PermanentJobError
from bot.inbox import Inbox
from bot.ports.models import ModelError
from bot.ports.repository import JobQueue

log = logging.getLogger(__name__)

MAX_DELIVERY_WAIT = 60.0
"""Seconds at most between two tries at showing a stored revision: it is tried until it is shown."""


class JobSignal:
    """Wakes idle workers as soon as a job is stored, so they need not wait for the next poll."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def notify(self) -> None:
        self._event.set()

    def wait(self, timeout: float) -> None:
        self._event.wait(timeout)
        self._event.clear()


class JobRunner:
    """Claims jobs with a lease and drafts them.

    A heartbeat renews the lease of every job in hand, so a lease can be short: when a process dies, its jobs are
    taken again by another process within `lease_seconds`. On stop, jobs still in hand after the grace period are
    given back to the queue. With an inbox, a thread also takes in, at start and then every `poll_seconds`, the
    reviews that a process acknowledged but died before taking in. `before_job` is called before each claim
    (the composition root makes it wait for a quiet gap between requests). With `platforms`, it claims only jobs
    and inbox entries of those platforms: a process serving only some of a database's platforms leaves the others'.
    """

    def __init__(
        self,
        jobs: JobQueue,
        drafter: Drafter,
        signal: JobSignal,
        *,
        workers: int = 4,
        lease_seconds: int = 30,
        max_attempts: int = 3,
        poll_seconds: float = 2.0,
        clock: Callable[[], datetime] = utc_now,
        retry_delay: Callable[[int], float] = lambda attempts: 2.0**attempts,
        inbox: Inbox | None = None,
        before_job: Callable[[], object] = lambda: None,
        platforms: frozenset[Platform] | None = None,
    ) -> None:
        self._jobs = jobs
        self._platforms = platforms
        self._drafter = drafter
        self._signal = signal
        self._workers = workers
        self._lease_seconds = lease_seconds
        self._max_attempts = max_attempts
        self._poll_seconds = poll_seconds
        self._clock = clock
        self._retry_delay = retry_delay
        self._inbox = inbox
        self._before_job = before_job
        self._name = f"{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._in_hand: dict[int, Job] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        for index in range(self._workers):
            thread = threading.Thread(target=self._loop, name=f"plume-job-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        threading.Thread(target=self._heartbeat, name="plume-job-lease", daemon=True).start()
        if self._inbox is not None:
            recovery = threading.Thread(
                target=self._recover_inbox, args=(self._inbox,), name="plume-inbox", daemon=True
            )
            recovery.start()

    def stop(self, grace_seconds: float = 20.0) -> None:
        """Stop claiming; let running jobs finish within the grace period; give the others back to the queue."""
        self._stopping.set()
        self._signal.notify()
        deadline = time.monotonic() + grace_seconds
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        with self._lock:
            unfinished = list(self._in_hand.values())
        for job in unfinished:
            log.info("job %d given back to the queue at shutdown", job.id)
            self._jobs.release_job(job)

    def run_once(self) -> bool:
        """Claim and run one job; return False when there was none to run."""
        job = self._jobs.claim_job(self._name, self._clock(), self._lease_seconds, self._platforms)
        if job is None:
            return False
        with self._lock:
            self._in_hand[job.id] = job
        try:
            self._run(job)
        finally:
            with self._lock:
                self._in_hand.pop(job.id, None)
        return True

    def holds_jobs(self) -> bool:
        """Whether a job is in hand right now (claimed and not yet finished, its messages included)."""
        with self._lock:
            return bool(self._in_hand)

    def drain(self) -> int:
        """Run jobs until none is ready; return how many ran."""
        count = 0
        while self.run_once():
            count += 1
        return count

    def _heartbeat(self) -> None:
        """Renew the leases of the jobs in hand, three times per lease."""
        while not self._stopping.wait(self._lease_seconds / 3):
            with self._lock:
                held = list(self._in_hand.values())
            for job in held:
                try:
                    self._jobs.extend_lease(job, self._clock() + timedelta(seconds=self._lease_seconds))
                except Exception:
                    log.exception("could not renew the lease of job %d", job.id)

    def _recover_inbox(self, inbox: Inbox) -> None:
        """Take in the reviews that dead processes left in the inbox: at start, then every `poll_seconds`."""
        while True:
            try:
                while not self._stopping.is_set() and inbox.recover_one():
                    pass
            except Exception as error:  # the class only: a traceback's locals or SQL may quote a review
                log.warning("inbox recovery failed (%s); retrying", type(error).__name__)
            if self._stopping.wait(self._poll_seconds):
                return

    def _loop(self) -> None:
        while not self._stopping.is_set():
            self._before_job()  # the quiet gap: a job starts between the acks of a burst, not among them
            try:
                ran = self.run_once()
            except Exception:
                log.exception("job store unavailable; retrying")
                ran = False
            if not ran:
                self._signal.wait(self._poll_seconds)

    def _run(self, job: Job) -> None:
        try:
            self._drafter.run(job)
        except PermanentJobError as error:
            log.warning("job %d failed for good: %s", job.id, error.failure.value)
            self._drafter.give_up(job, error.failure, error.failure.value)
        except DeliveryFailed as error:  # the revision is stored: deliver it later, however long that takes
            wait = error.retry_after if error.retry_after is not None else self._retry_delay(job.attempts)
            delay = timedelta(seconds=min(max(wait, 0.0), MAX_DELIVERY_WAIT))
            log.warning("job %d: revision stored, delivery failed (%s); again in %s", job.id, error.reason, delay)
            self._jobs.retry_job(job.id, self._clock() + delay, f"delivery: {error.reason}"[:128])
        except Exception as error:
            # Only the class or kind: an SDK's message may quote the request.
            name = error.kind if isinstance(error, ModelError) else type(error).__name__
            final = isinstance(error, ModelError) and not error.retryable
            if final or job.attempts >= self._max_attempts:
                log.warning("job %d failed %d times (%s); giving up", job.id, job.attempts, name)
                self._drafter.give_up(job, DraftFailure.MODEL_UNAVAILABLE, name)
            else:
                delay = timedelta(seconds=self._retry_delay(job.attempts))
                log.info("job %d attempt %d failed (%s); retrying in %s", job.id, job.attempts, name, delay)
                self._jobs.retry_job(job.id, self._clock() + delay, name)
