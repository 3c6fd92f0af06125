"""Load: signed events against real `plume serve --http` processes, a fake Slack and a model answering in 2 s.

Scenarios (per store): a burst of 50 concurrent events, then 500 events spread over a minute; one process on
SQLite, two processes sharing PostgreSQL (events alternate between them, as behind a load balancer). Prints ack
latency p50/p99, drafts per minute, lost and duplicated drafts, and each process's peak memory.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
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


def _empty_postgres() -> None:
    engine = sqlalchemy.create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def _scenario(
    name: str, processes: list[PlumeProcess], slack: FakeSlackApi, first: int, count: int, spread_seconds: float
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
    time.sleep(2.0)  # anything late or doubled shows up now
    drafts = _final_drafts(slack)[before:]
    p99 = percentile(acks, 0.99)
    print(
        f"  {name:<34} ack p50 {1000 * statistics.median(acks):6.1f} ms  p99 {1000 * p99:6.1f} ms  "
        f"| {len(set(drafts)) / elapsed * 60:6.0f} drafts/min  | lost {count - len(set(drafts))}  "
        f"duplicated {len(drafts) - len(set(drafts))}"
    )
    return first + count


def _run(label: str, database_url: str, process_count: int) -> None:
    with (
        FakeSlackApi() as slack,
        FakeMistralServer(delay_before_answer=MODEL_SECONDS) as model,
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
                f"{WORKERS} draft workers each, model answers in {MODEL_SECONDS:.0f} s)"
            )
            following = _scenario("50 concurrent events", processes, slack, 0, 50, 0.0)
            _scenario("500 events over 60 s", processes, slack, following, 500, 60.0)
            peaks = ", ".join(f"{_peak_mb(process):.0f} MB" for process in processes)
            print(f"  peak memory (VmHWM) per process: {peaks}")
        finally:
            for process in processes:
                process.stop()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        _run("SQLite", f"sqlite:///{folder}/plume.db", 1)
    try:
        _empty_postgres()
    except sqlalchemy.exc.OperationalError:
        print(f"PostgreSQL: no server answers at {POSTGRES_URL}; skipped", file=sys.stderr)
        return
    _run("PostgreSQL", POSTGRES_URL, 2)
    _empty_postgres()


if __name__ == "__main__":
    main()
