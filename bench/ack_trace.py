"""Where an ack's time goes inside `plume serve --http`, and what else the process runs meanwhile (bench only).

`bench.load --trace` starts Plume through this module instead of the `plume` script: it wraps, in this process
only, the phases of a fast ack (queued in Waitress, body read, signature, JSON, review parsed, sealed, inbox put
with its own commit or the wait for another's, the rest of the answer) and the post-ack work that may overlap them
(Bolt's dispatch of an acked request, the quiet-gap waits and whether they ran out, intake, pseudonymisation, inbox
commits, draft jobs, Slack API calls), each with its wall and thread CPU time; and, over each busy period (from a
request queued while none was, to the last one answered), every thread's CPU time. Nothing of a review's text is
recorded. The trace is written as JSON at exit; `summary` reads it back for a window of time.

    python -m bench.ack_trace OUT.json serve --http --port N
"""

from __future__ import annotations

import atexit
import gc
import json
import re
import statistics
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

from bench.stats import percentile

PHASES = ("read", "verify", "json", "review", "seal", "put_wait", "put_commit", "answer_rest", "server_rest")
_local = threading.local()
_lock = threading.Lock()
_requests: list[dict[str, Any]] = []
_intervals: list[tuple[str, str, float, float, float, object]] = []
_busy: list[dict[str, Any]] = []
_busy_open: dict[str, Any] = {}


def _thread_cpu() -> dict[str, float]:
    """CPU seconds of every live thread, by name (digits folded: a pool's threads count together)."""
    spent: dict[str, float] = defaultdict(float)
    for thread in threading.enumerate():
        if thread.ident is None:
            continue
        try:
            seconds = time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
        except (OSError, ProcessLookupError):
            continue  # ended meanwhile
        spent[re.sub(r"\d+", "#", thread.name)] += seconds
    return spent


def _phase(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, adding its wall and CPU time to the current request's phase `name` (if a request is traced)."""

    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        record = getattr(_local, "record", None)
        if record is None:
            return function(*args, **kwargs)
        wall, cpu = time.monotonic(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent = record["phases"].setdefault(name, [0.0, 0.0])
            spent[0] += time.monotonic() - wall
            spent[1] += time.thread_time() - cpu

    return timed


def _interval(kind: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, each call kept as an interval of work of `kind` (thread, start, end, CPU, result)."""

    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.monotonic(), time.thread_time()
        result: object = None
        try:
            result = function(*args, **kwargs)
            return result
        finally:
            entry = (threading.current_thread().name, kind, wall, time.monotonic(), time.thread_time() - cpu)
            with _lock:
                _intervals.append((*entry, result if isinstance(result, bool) else None))

    return timed


_collecting: dict[str, float] = {}


def _collection(phase: str, info: dict[str, int]) -> None:
    """The garbage collector's pauses (every thread waits for them): an interval `gc-<generation>` each."""
    if phase == "start":
        _collecting.update(wall=time.monotonic(), cpu=time.thread_time())
    elif _collecting:
        entry = (threading.current_thread().name, f"gc-gen{info['generation']}", _collecting["wall"], time.monotonic())
        with _lock:
            _intervals.append((*entry, time.thread_time() - _collecting["cpu"], None))
        _collecting.clear()


def install() -> None:
    """Wrap the functions traced; to call before the application is built."""
    from slack_sdk import WebClient
    from slack_sdk.signature import SignatureVerifier

    import bot.inbox
    import handlers.slack.fast_ack as fast_ack
    from bot.draft_checks import DraftChecker
    from bot.drafting import Drafter
    from bot.grounding.retrieval import Grounding
    from bot.inbox import Inbox
    from bot.jobs import JobRunner
    from bot.masking import Masker
    from bot.quiet import QuietGap
    from handlers.waitress_queue import _Counted
    from storage.inbox_store import SqlInboxStore
    from storage.inbox_writer import InboxWriter

    counted_init, counted_service = _Counted.__init__, _Counted.service

    def init(self: Any, task: Any, quiet: Any) -> None:
        counted_init(self, task, quiet)
        self._trace_arrived = time.monotonic()

    def service(self: Any) -> None:
        record = {"arrived": self._trace_arrived, "started": time.monotonic(), "phases": {}, "fast": False}
        cpu = time.thread_time()
        _local.record = record
        try:
            counted_service(self)
        finally:
            _local.record = None
            record["ended"], record["cpu"] = time.monotonic(), time.thread_time() - cpu
            with _lock:
                _requests.append(record)

    _Counted.__init__, _Counted.service = init, service  # type: ignore[method-assign]

    answer = fast_ack.FastAcks.answer

    def traced_answer(self: Any, environ: Any, start_response: Any) -> Any:
        wall, cpu = time.monotonic(), time.thread_time()
        result = answer(self, environ, start_response)
        record = getattr(_local, "record", None)
        if record is not None and result is not None:
            record["fast"] = True
            record["answer"] = [time.monotonic() - wall, time.thread_time() - cpu]
        return result

    fast_ack.FastAcks.answer = traced_answer  # type: ignore[method-assign]
    fast_ack._read_body = _phase("read", fast_ack._read_body)
    SignatureVerifier.is_valid = _phase("verify", SignatureVerifier.is_valid)  # type: ignore[method-assign]
    timed_json = type("TimedJson", (), {"loads": staticmethod(_phase("json", json.loads))})
    setattr(fast_ack, "json", timed_json)  # noqa: B010 (the module's own name for json, in this process only)
    setattr(fast_ack, "incoming_review", _phase("review", getattr(fast_ack, "incoming_review")))  # noqa: B009, B010
    setattr(bot.inbox, "seal", _phase("seal", getattr(bot.inbox, "seal")))  # noqa: B009, B010
    SqlInboxStore.put = _phase("put", SqlInboxStore.put)  # type: ignore[method-assign]
    InboxWriter.insert = _interval("inbox-commit", _phase("put_commit", InboxWriter.insert))  # type: ignore[method-assign]

    fast_ack.FastAcks._dispatch_acked = _interval("bolt-after-ack", fast_ack.FastAcks._dispatch_acked)  # type: ignore[method-assign]
    QuietGap.wait = _interval("quiet-wait", QuietGap.wait)  # type: ignore[method-assign]
    Inbox._handle = _interval("take-in", Inbox._handle)  # type: ignore[method-assign]
    Inbox.recover_one = _interval("inbox-recovery", Inbox.recover_one)  # type: ignore[method-assign]
    Masker.mask = _interval("pseudonymise", Masker.mask)  # type: ignore[method-assign]
    JobRunner.run_once = _interval("job", JobRunner.run_once)  # type: ignore[method-assign]
    Drafter._deliver = _interval("job-deliver", Drafter._deliver)  # type: ignore[method-assign]
    DraftChecker.check = _interval("job-checks", DraftChecker.check)  # type: ignore[method-assign]
    Grounding.examples_for = _interval("job-grounding", Grounding.examples_for)  # type: ignore[method-assign]
    WebClient.api_call = _interval("slack-api", WebClient.api_call)  # type: ignore[method-assign]

    gc.callbacks.append(_collection)
    arrived, left = QuietGap.arrived, QuietGap.left

    def traced_arrived(self: Any) -> None:
        with self._changed:  # a reentrant lock: the count and the busy period change together
            arrived(self)
            if self._running == 1 and not _busy_open:
                _busy_open.update(start=time.monotonic(), cpu=_thread_cpu())

    def traced_left(self: Any) -> None:
        with self._changed:
            left(self)
            if self._running == 0 and _busy_open:
                end, cpu = time.monotonic(), _thread_cpu()
                spent = {name: seconds - _busy_open["cpu"].get(name, 0.0) for name, seconds in cpu.items()}
                with _lock:
                    _busy.append({"start": _busy_open["start"], "end": end, "cpu": spent})
                _busy_open.clear()

    QuietGap.arrived, QuietGap.left = traced_arrived, traced_left  # type: ignore[method-assign]


def dump(path: Path) -> None:
    with _lock:
        trace = {"requests": _requests, "intervals": _intervals, "busy": _busy}
        path.write_text(json.dumps(trace))


def _overlap(start: float, end: float, first: float, last: float) -> float:
    return max(0.0, min(end, last) - max(start, first))


def _overlapping(intervals: list[list[Any]], first: float, last: float) -> tuple[dict[str, list[float]], int]:
    """Post-ack work overlapping [first, last]: wall, CPU (prorated) and calls by kind; quiet waits that ran out."""
    kinds: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    timeouts = 0
    for thread, kind, start, end, cpu, result in intervals:
        shared = _overlap(start, end, first, last)
        if shared <= 0 or (kind == "inbox-commit" and thread.startswith("waitress")):
            continue  # an ack's own commit is one of its phases
        kinds[kind][0] += shared
        kinds[kind][1] += cpu * shared / max(end - start, 1e-9)
        kinds[kind][2] += 1
        if kind == "quiet-wait" and result is False and first <= end <= last:
            timeouts += 1
    return kinds, timeouts


def summary(trace: dict[str, Any], first: float, last: float) -> list[str]:
    """Lines describing the fast acks answered between `first` and `last` (monotonic seconds) and the process."""
    acks = [r for r in trace["requests"] if r["fast"] and first <= r["arrived"] <= last]
    if not acks:
        return ["    (no fast ack traced in this window)"]
    for record in acks:
        phases = record["phases"]
        put, commit = phases.get("put", [0.0, 0.0]), phases.get("put_commit", [0.0, 0.0])
        phases["put_wait"] = [put[0] - commit[0], put[1] - commit[1]]
        inner = sum(phases.get(name, [0.0, 0.0])[0] for name in PHASES[:5]) + put[0]
        inner_cpu = sum(phases.get(name, [0.0, 0.0])[1] for name in PHASES[:5]) + put[1]
        phases["answer_rest"] = [record["answer"][0] - inner, record["answer"][1] - inner_cpu]
        phases["server_rest"] = [
            record["ended"] - record["started"] - record["answer"][0],
            record["cpu"] - record["answer"][1],
        ]
        record["queued"] = record["started"] - record["arrived"]
        record["total"] = record["ended"] - record["arrived"]

    def ms(values: list[float]) -> str:
        return f"p50 {1000 * statistics.median(values):6.1f}  p99 {1000 * percentile(values, 0.99):6.1f}"

    lines = [f"    {len(acks)} fast acks: in server (queued→answered) ms {ms([r['total'] for r in acks])}"]
    lines.append(f"      queued for a Waitress thread   ms {ms([r['queued'] for r in acks])}")
    for name in PHASES:
        walls = [r["phases"].get(name, [0.0, 0.0])[0] for r in acks]
        cpus = [r["phases"].get(name, [0.0, 0.0])[1] for r in acks]
        lines.append(f"      {name:<12} wall ms {ms(walls)}   cpu ms {ms(cpus)}")
    window_start, window_end = min(r["arrived"] for r in acks), max(r["ended"] for r in acks)
    lines.append(
        f"    ack window {1000 * (window_end - window_start):.0f} ms; work overlapping it (wall ms, cpu ms, calls):"
    )
    kinds, timeouts = _overlapping(trace["intervals"], window_start, window_end)
    for kind, (wall, cpu, calls) in sorted(kinds.items()):
        lines.append(f"      {kind:<16} {1000 * wall:8.1f} {1000 * cpu:8.1f} {calls:5.0f}")
    lines.append(f"      quiet waits that ran out (0.5 s) inside the window: {timeouts}")
    for record in sorted(acks, key=lambda r: -r["total"])[:3]:
        slow = [(name, spent[0]) for name, spent in record["phases"].items() if name in PHASES and spent[0] > 0.001]
        beside, _ = _overlapping(trace["intervals"], record["arrived"], record["ended"])
        lines.append(
            f"    a slowest ack: {1000 * record['total']:.1f} ms, queued {1000 * record['queued']:.1f}; "
            + " ".join(f"{name} {1000 * wall:.1f}" for name, wall in slow)
            + " | beside it (cpu ms): "
            + " ".join(f"{kind} {1000 * cpu:.1f}" for kind, (_, cpu, _) in beside.items() if kind != "quiet-wait")
        )
    periods = [b for b in trace["busy"] if _overlap(b["start"], b["end"], window_start, window_end) > 0]
    cpu_by_thread: dict[str, float] = defaultdict(float)
    for period in periods:
        for name, seconds in period["cpu"].items():
            cpu_by_thread[name] += seconds
    busiest = sorted(cpu_by_thread.items(), key=lambda item: -item[1])[:8]
    lines.append(
        f"    thread CPU over {len(periods)} busy period(s): "
        + ", ".join(f"{name} {1000 * seconds:.0f} ms" for name, seconds in busiest if seconds > 0.0005)
    )
    return lines


def main() -> None:
    """OUT.json, then `plume`'s own arguments."""
    out, rest = Path(sys.argv[1]), sys.argv[2:]
    install()
    atexit.register(dump, out)
    from bot.cli import app

    sys.argv = ["plume", *rest]
    app()


if __name__ == "__main__":
    main()
