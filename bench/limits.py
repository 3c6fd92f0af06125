"""Under Slack's enforced rate limits: time until the last of 30 drafts is final, two processes on PostgreSQL.

30 reviews arrive together in one channel, alternately at two `plume serve --http` processes that share one
PostgreSQL database (and so their Slack budgets); a fake Slack enforces Slack's published limits and a fake model
streams each reply for about 2 s. Prints the seconds until the last final draft, Slack's calls and refusals, and
the model calls. `tests/test_shared_budgets.py` runs this same scenario and checks it.

    .venv/bin/python -m bench.limits [--reviews N] [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

from bench.load import empty_postgres
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import message_event

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PROBLEMS = re.compile(r" (ERROR|CRITICAL) |Traceback")


@dataclass(frozen=True)
class Burst:
    """What a burst gave: seconds from the first review sent to the last final draft, the model's calls, Slack's
    chat.* calls, and the lines of the processes' logs that tell of an error."""

    reviews: int
    seconds_to_last_final: float
    model_calls: int
    calls: list[SlackCall]
    problems: list[str]

    def finals(self) -> list[str]:
        """The ts of each final draft shown (a draft with its buttons)."""
        return [str(call.params["ts"]) for call in self.calls if _update_shown(call) and _final(call)]

    def posts(self) -> list[SlackCall]:
        return [call for call in self.calls if call.method == "chat.postMessage" and call.status == 200]

    def refused(self) -> int:
        return sum(1 for call in self.calls if call.status == 429)

    def figures(self) -> dict[str, float | int]:
        return {
            "reviews": self.reviews,
            "seconds_to_last_final": round(self.seconds_to_last_final, 1),
            "model_calls": self.model_calls,
            "chat_calls": len(self.calls),
            "refused": self.refused(),
            "partial_updates": sum(1 for call in self.calls if _update_shown(call) and not _final(call)),
        }


def burst_under_limits(workdir: Path, slack: FakeSlackApi, database_url: str, reviews: int = 30) -> Burst:
    """Send `reviews` reviews at once to two processes on `database_url` (empty) and wait for every final draft."""
    with FakeMistralServer(chunk_delay=0.25) as model:  # a reply streams for about 2 s, in 9 pieces
        env = plume_env(workdir, slack.url, model.url, database_url, PLUME_LOG_LEVEL="INFO")
        processes = [PlumeProcess(env, workdir, name) for name in ("first", "second")]
        try:
            for process in processes:
                process.wait_ready()
            started = time.monotonic()

            def send(index: int) -> None:
                body = message_event(f"Avis n° {index} : la CAF ne répond pas.", f"1700000002.{index:06d}")
                if processes[index % 2].send(body) != 200:
                    raise RuntimeError(f"review {index} refused")

            senders = [threading.Thread(target=send, args=(index,)) for index in range(reviews)]
            for sender in senders:
                sender.start()
            for sender in senders:
                sender.join()
            deadline = started + 60 + 2 * reviews
            while len(set(_finals(slack))) < reviews and time.monotonic() < deadline:
                time.sleep(0.2)
            elapsed = time.monotonic() - started
        finally:
            for process in processes:
                process.stop()
        problems = [line for p in processes for line in p.log.read_text().splitlines() if PROBLEMS.search(line)]
        calls = [call for call in slack.calls if call.method.startswith("chat.")]
        return Burst(reviews, elapsed, len(model.requests), calls, problems)


def _update_shown(call: SlackCall) -> bool:
    return call.method == "chat.update" and call.status == 200


def _final(call: SlackCall) -> bool:
    return "plume_approve" in json.dumps(call.params)


def _finals(slack: FakeSlackApi) -> list[str]:
    return Burst(0, 0.0, 0, list(slack.calls), []).finals()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=30, help="reviews sent at once to one channel")
    parser.add_argument("--postgres-url", default=POSTGRES_URL, help="its public schema is emptied, twice")
    args = parser.parse_args(argv)
    try:
        empty_postgres(args.postgres_url)
    except sqlalchemy.exc.OperationalError:
        print(f"PostgreSQL: no server answers at {args.postgres_url}; limits scenario skipped", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as folder, FakeSlackApi() as slack:
        burst = burst_under_limits(Path(folder), slack, args.postgres_url, args.reviews)
    empty_postgres(args.postgres_url)
    figures = burst.figures()
    print(
        f"Under Slack's enforced limits, 2 processes on PostgreSQL: {len(set(burst.finals()))} of {burst.reviews}"
        f" drafts final, the last after {figures['seconds_to_last_final']} s; {figures['refused']} of"
        f" {figures['chat_calls']} chat calls refused; {figures['model_calls']} model calls;"
        f" {len(burst.problems)} errors logged"
    )
    print(json.dumps({"scenario": "limits", **figures}))


if __name__ == "__main__":
    main()
