"""Load: signed events against real `plume serve --http` processes, a fake Slack and a model answering in 2 s.

Scenarios (per store): a burst of 50 concurrent events, then 500 events spread over a minute; one process on
SQLite, two processes sharing PostgreSQL (events alternate between them, as behind a load balancer). Prints ack
latency p50/p99, drafts per minute, lost and duplicated drafts, and each process's peak memory.

    .venv/bin/python -m bench.load [--burst N] [--spread N] [--over S] [--model-seconds S]
                                   [--postgres-url URL] [--skip-sqlite] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

from bench.stats import percentile
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import message_event

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MODEL_SECONDS = 2.0
WORKERS = "16"


def _final_drafts(slack: FakeSlackApi) -> list[str]:
    return [
        str(call.params["ts"])
        for call in slack.calls_to("chat.update")
        if "plume_approve" in json.dumps(call.params.get("blocks"))
    ]


def _peak_mb(process: PlumeProcess) -> float:
    for line in Path(f"/proc/{process.process.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass(frozen=True)
class Plan:
    """How much load: the burst, the spread events and the time they are spread over, the model's answer time."""

    burst: int = 50
    spread: int = 500
    over: float = 60.0
    model_seconds: float = MODEL_SECONDS


def _empty_postgres(url: str) -> None:
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def _scenario(
    name: str,
    processes: list[PlumeProcess],
    slack: FakeSlackApi,
    first: int,
    count: int,
    spread_seconds: float,
    settle_seconds: float,
) -> int:
    """Send `count` events (all at once, or evenly over `spread_seconds`), wait for their drafts, print figures."""
    before = len(_final_drafts(slack))
    acks: list[float] = []

    def send(index: int) -> None:
        body = message_event(f"Avis {index} : l'accueil de la CAF de Lyon était long.", f"1700000000.{index:06d}")
        started = time.perf_counter()
        status = processes[index % len(processes)].send(body)
        acks.append(time.perf_counter() - started)
        assert status == 200, status

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=64) as pool:
        for offset in range(count):
            if spread_seconds:
                time.sleep(max(0.0, started + offset * spread_seconds / count - time.perf_counter()))
            pool.submit(send, first + offset)
    deadline = time.monotonic() + 600
    while len(_final_drafts(slack)) - before < count and time.monotonic() < deadline:
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    time.sleep(settle_seconds)  # anything late or doubled shows up now (a duplicate takes one model answer)
    drafts = _final_drafts(slack)[before:]
    p99 = percentile(acks, 0.99)
    print(
        f"  {name:<34} ack p50 {1000 * statistics.median(acks):6.1f} ms  p99 {1000 * p99:6.1f} ms  "
        f"| {len(set(drafts)) / elapsed * 60:6.0f} drafts/min  | lost {count - len(set(drafts))}  "
        f"duplicated {len(drafts) - len(set(drafts))}"
    )
    return first + count


def _run(label: str, database_url: str, process_count: int, plan: Plan) -> None:
    with (
        # Slack's rate limits off: this measures Plume's own capacity, and 50 drafts at once (500 a minute) in one
        # channel are far beyond chat.postMessage's 1 per second per channel; the refusals would show as lost drafts.
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
        processes = [PlumeProcess(env, home, f"plume-{n}") for n in range(process_count)]
        try:
            for process in processes:
                process.wait_ready()
            print(
                f"{label} ({process_count} process{'es' if process_count > 1 else ''}, "
                f"{WORKERS} draft workers each, model answers in {plan.model_seconds:g} s)"
            )
            settle = plan.model_seconds
            following = _scenario(f"{plan.burst} concurrent events", processes, slack, 0, plan.burst, 0.0, settle)
            spread = f"{plan.spread} events over {plan.over:g} s"
            _scenario(spread, processes, slack, following, plan.spread, plan.over, settle)
            peaks = ", ".join(f"{_peak_mb(process):.0f} MB" for process in processes)
            print(f"  peak memory (VmHWM) per process: {peaks}")
        finally:
            for process in processes:
                process.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=Plan.burst, help="events sent at once")
    parser.add_argument("--spread", type=int, default=Plan.spread, help="events then sent evenly over --over")
    parser.add_argument("--over", type=float, default=Plan.over, help="seconds the spread events take")
    parser.add_argument("--model-seconds", type=float, default=Plan.model_seconds, help="the fake model's delay")
    parser.add_argument("--postgres-url", default=POSTGRES_URL, help="its public schema is emptied, twice")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args(argv)
    plan = Plan(args.burst, args.spread, args.over, args.model_seconds)
    if not args.skip_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            _run("SQLite", f"sqlite:///{folder}/plume.db", 1, plan)
    if args.skip_postgres:
        return
    try:
        _empty_postgres(args.postgres_url)
    except sqlalchemy.exc.OperationalError:
        print(f"PostgreSQL: no server answers at {args.postgres_url}; skipped", file=sys.stderr)
        return
    _run("PostgreSQL", args.postgres_url, 2, plan)
    _empty_postgres(args.postgres_url)


if __name__ == "__main__":
    main()
