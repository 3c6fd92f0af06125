"""Load: Plume's acks against a bare Bolt app's, side by side in one run, then drafts lost or doubled.

A real `plume serve --http` process (fake Slack without rate limits, a model answering in 2 s) and a bare Bolt app
(`bench.bare_bolt`: the same Waitress server and Bolt adapter, listeners doing nothing) each receive a burst of
concurrent events, then a steady rate of events; both are measured in the same run, one after the other (which
one first alternates from run to run), after a warm-up burst that uses every server thread, so the ratio compares
like with like on this machine. Repeated `--runs` times in the same processes; each run's ratios are printed last,
with their median, their maximum and the ratio of all runs' acks pooled. Figures on a shared machine are noisy:
compare the ratio, not the milliseconds. `--trace` says where Plume's ack time goes (bench/ack_trace.py).

    .venv/bin/python -m bench.load [--burst N] [--rate R] [--seconds S] [--runs N] [--model-seconds S]
                                   [--postgres-url URL] [--skip-sqlite] [--skip-postgres] [--trace]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.request import urlopen

import sqlalchemy

from bench.ack_trace import summary
from bench.stats import percentile
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PLUME, SECRET, PlumeProcess, free_port, plume_env, post
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import message_event, signed_headers

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MODEL_SECONDS = 2.0
WORKERS = "16"
WARM_UP = 10


@dataclass(frozen=True)
class Plan:
    """How much load: the burst, the steady rate and how long it lasts, the runs, the model's answer time."""

    burst: int = 50
    rate: float = 5.0
    seconds: float = 10.0
    runs: int = 3
    model_seconds: float = MODEL_SECONDS
    trace: bool = False


class BareBolt:
    """`bench.bare_bolt` as a subprocess, on its own port."""

    def __init__(self, slack_url: str, log: Path) -> None:
        self.port = free_port()
        command = [sys.executable, "-m", "bench.bare_bolt", "--port", str(self.port), "--signing-secret", SECRET]
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                [*command, "--slack-api-url", slack_url], stdout=output, stderr=subprocess.STDOUT
            )

    def wait_ready(self, timeout: float = 60.0) -> BareBolt:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2):
                    return self
            except (URLError, ConnectionError):
                assert self.process.poll() is None and time.monotonic() < deadline, "the bare Bolt app never started"
                time.sleep(0.1)

    def send(self, body: str) -> int:
        headers = {"Content-Type": "application/json", **signed_headers(SECRET, body)}
        return post(f"http://127.0.0.1:{self.port}/slack/events", body, headers)[0]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def _final_drafts(slack: FakeSlackApi) -> list[str]:
    return [
        str(call.params["ts"])
        for call in slack.calls_to("chat.update")
        if "plume_approve" in json.dumps(call.params.get("blocks"))
    ]


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _acks(send: Callable[[str], int], first: int, count: int, spread_seconds: float) -> list[float]:
    """Send `count` events (all at once, or evenly over `spread_seconds`); the time each took to be acked."""
    acks: list[float] = []

    def one(index: int) -> None:
        body = message_event(f"Avis {index} : l'accueil de la CAF de Lyon était long.", f"1700000000.{index:06d}")
        started = time.perf_counter()
        status = send(body)
        acks.append(time.perf_counter() - started)
        assert status == 200, status

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=64) as pool:
        for offset in range(count):
            if spread_seconds:
                time.sleep(max(0.0, started + offset * spread_seconds / count - time.perf_counter()))
            pool.submit(one, first + offset)
    return acks


@dataclass
class Side:
    """Both apps' ack figures for one scenario of one run."""

    plume: list[float]
    bare: list[float]

    def ratio(self, share: float) -> float:
        return percentile(self.plume, share) / percentile(self.bare, share)

    def line(self, name: str) -> str:
        def figures(acks: list[float]) -> str:
            return f"p50 {1000 * statistics.median(acks):6.1f} ms  p99 {1000 * percentile(acks, 0.99):6.1f} ms"

        return (
            f"  {name:<22} Plume {figures(self.plume)}  | bare Bolt {figures(self.bare)}"
            f"  | ratio p50 {self.ratio(0.5):4.2f}  p99 {self.ratio(0.99):4.2f}"
        )


class Bench:
    """One Plume process and one bare Bolt app, and the events sent to them so far."""

    def __init__(self, plume: PlumeProcess, bare: BareBolt, slack: FakeSlackApi, plan: Plan) -> None:
        self.plume, self.bare, self.slack, self.plan = plume, bare, slack, plan
        self.sent = 0
        self.windows: list[tuple[str, float, float]] = []
        """Each scenario's name and the monotonic times around Plume's acks (for `--trace`)."""

    def scenario(self, name: str, count: int, spread_seconds: float, *, plume_first: bool = False) -> Side:
        """Both apps with the same events, the bare app first unless `plume_first`; Plume's drafts waited for and
        checked before the other app's turn or the end (so Plume's post-ack work never overlaps bare acks)."""
        bare = [] if plume_first else _acks(self.bare.send, self.sent, count, spread_seconds)
        before = len(_final_drafts(self.slack))
        started = time.monotonic()
        plume = _acks(self.plume.send, self.sent, count, spread_seconds)
        self.windows.append((name, started, time.monotonic()))
        self.sent += count
        deadline = time.monotonic() + 300
        while len(_final_drafts(self.slack)) - before < count and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(self.plan.model_seconds)  # anything late or doubled shows up now (a duplicate takes one answer)
        drafts = _final_drafts(self.slack)[before:]
        if plume_first:
            bare = _acks(self.bare.send, self.sent - count, count, spread_seconds)
        side = Side(plume, bare)
        lost, doubled = count - len(set(drafts)), len(drafts) - len(set(drafts))
        print(f"{side.line(name)}  | drafts lost {lost}  duplicated {doubled}", flush=True)
        return side


def _run(label: str, database_url: str, plan: Plan) -> None:
    with (
        # Slack's rate limits off: this measures Plume's acks; 50 drafts at once in one channel are far beyond
        # chat.postMessage's 1 per second per channel, and the refusals would show as slow or lost drafts.
        FakeSlackApi(limits=None) as slack,
        FakeMistralServer(delay_before_answer=plan.model_seconds) as model,
        tempfile.TemporaryDirectory() as folder,
    ):
        home = Path(folder)
        env = plume_env(
            home,
            slack.url,
            model.url,
            database_url,
            PLUME_LOG_LEVEL="WARNING",
            PLUME_JOB_WORKERS=WORKERS,
            PLUME_DRAFTS_PER_HOUR="0",
        )
        trace = home / "trace.json"
        launcher = (sys.executable, "-m", "bench.ack_trace", str(trace)) if plan.trace else (PLUME,)
        if plan.trace:  # `bench` is not installed: the process finds it from this checkout
            env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(Path(__file__).parents[1]), env.get("PYTHONPATH"))))
        plume = PlumeProcess(env, home, "plume", launcher=launcher)
        bare = BareBolt(slack.url, home / "bare.log")
        bench: Bench | None = None
        try:
            plume.wait_ready()
            bare.wait_ready()
            print(
                f"{label} (1 Plume process, {WORKERS} draft workers, model answers in {plan.model_seconds:g} s; "
                "bare Bolt app: same server, listeners doing nothing)",
                flush=True,
            )
            bench = Bench(plume, bare, slack, plan)
            bench.scenario("warm-up (not counted)", min(plan.burst, WARM_UP), 0.0)  # every server thread used once
            bursts, steadies = [], []
            steady = f"steady {plan.rate:g}/s for {plan.seconds:g} s"
            for run in range(1, plan.runs + 1):
                first = run % 2 == 0  # which app goes first alternates: no order favours either
                print(f" run {run} ({'Plume' if first else 'bare Bolt'} measured first)", flush=True)
                bursts.append(bench.scenario(f"burst of {plan.burst}", plan.burst, 0.0, plume_first=first))
                steadies.append(
                    bench.scenario(steady, round(plan.rate * plan.seconds), plan.seconds, plume_first=first)
                )
            for name, sides in ((f"burst of {plan.burst}", bursts), (steady, steadies)):
                print(f"  {name}, Plume / bare Bolt ack ratio over {len(sides)} runs:")
                pooled = Side(
                    [ack for side in sides for ack in side.plume], [ack for side in sides for ack in side.bare]
                )
                for share in (0.5, 0.99):
                    ratios = [side.ratio(share) for side in sides]
                    each = " ".join(f"{ratio:4.2f}" for ratio in ratios)
                    print(
                        f"    p{100 * share:<2.0f} per run {each}  | median {statistics.median(ratios):4.2f}"
                        f"  max {max(ratios):4.2f}  | all runs' acks pooled {pooled.ratio(share):4.2f}"
                    )
            print(
                f"  peak memory (VmHWM): Plume {_peak_mb(plume.process.pid):.0f} MB, "
                f"bare Bolt {_peak_mb(bare.process.pid):.0f} MB"
            )
        finally:
            plume.stop()
            bare.stop()
        if plan.trace and bench is not None:
            _print_trace(json.loads(trace.read_text()), bench.windows)


def _print_trace(trace: dict[str, Any], windows: list[tuple[str, float, float]]) -> None:
    """Where Plume's acks spent their time in each scenario, and what else ran (bench.ack_trace)."""
    print("  trace (Plume with bench.ack_trace's wrappers: slower than untraced, compare phases not totals)")
    for name, first, last in windows:
        print(f"   {name}")
        for line in summary(trace, first, last):
            print(line)


def empty_postgres(url: str) -> None:
    """Drop and recreate the public schema: each scenario starts from an empty database."""
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=Plan.burst, help="events sent at once")
    parser.add_argument("--rate", type=float, default=Plan.rate, help="events per second in the steady scenario")
    parser.add_argument("--seconds", type=float, default=Plan.seconds, help="how long the steady scenario lasts")
    parser.add_argument("--runs", type=int, default=Plan.runs, help="repetitions, in the same processes")
    parser.add_argument("--model-seconds", type=float, default=Plan.model_seconds, help="the fake model's delay")
    parser.add_argument("--postgres-url", default=POSTGRES_URL, help="its public schema is emptied, twice")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--trace", action="store_true", help="where Plume's ack time goes (bench.ack_trace)")
    args = parser.parse_args(argv)
    plan = Plan(args.burst, args.rate, args.seconds, args.runs, args.model_seconds, args.trace)
    if not args.skip_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            _run("SQLite", f"sqlite:///{folder}/plume.db", plan)
    if args.skip_postgres:
        return
    try:
        empty_postgres(args.postgres_url)
    except sqlalchemy.exc.OperationalError:
        print(f"PostgreSQL: no server answers at {args.postgres_url}; skipped", file=sys.stderr)
        return
    _run("PostgreSQL", args.postgres_url, plan)
    empty_postgres(args.postgres_url)


if __name__ == "__main__":
    main()
