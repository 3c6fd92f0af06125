"""Socket Mode under network failures: Plume's client (slack_sdk's aiohttp client, handlers/slack/socket_mode.py)
next to Bolt's default SocketModeHandler (slack_sdk's builtin client), against the fake Socket Mode endpoint.

For each failure ("drop": the TCP connection cut without a close frame; "silence": a dead link where nothing comes
back, not even pongs; "disconnect": Slack's refresh_requested message) it prints the seconds until a new connection
is open and the CPU seconds this process used meanwhile (the fake server's share included, small), then the
latency of the first ack on the new connection. Timings on a shared machine are noisy: compare within one run.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk import WebClient

from handlers.slack.socket_mode import SlackSocket
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_socket_mode import FakeSocketMode

MENTION = {"type": "event_callback", "team_id": "T0001", "event": {"type": "app_mention", "user": "U1", "text": "x"}}
FAILURES = ("drop", "silence", "disconnect")


def _app(slack: FakeSlackApi) -> App:
    app = App(
        client=WebClient(token="xoxb-bench", base_url=slack.url),
        request_verification_enabled=False,
        token_verification_enabled=False,
    )

    @app.event("app_mention")
    def on_mention() -> None:
        return None

    return app


def _clients(slack: FakeSlackApi) -> dict[str, Callable[[], tuple[Callable[[], None], Callable[[], None]]]]:
    """Each client as a factory of (start, stop)."""

    def plume() -> tuple[Callable[[], None], Callable[[], None]]:
        socket = SlackSocket(_app(slack), "xapp-bench", slack.url)
        return socket.start, socket.stop

    def bolt_builtin() -> tuple[Callable[[], None], Callable[[], None]]:
        handler = SocketModeHandler(_app(slack), "xapp-bench", web_client=WebClient(base_url=slack.url))  # type: ignore[no-untyped-call]
        return handler.connect, handler.close

    return {"plume (aiohttp)": plume, "bolt default (builtin)": bolt_builtin}


def _one(fake: FakeSocketMode, failure: str, limit: float) -> dict[str, Any]:
    before = len(fake.connections)
    cpu, started = time.process_time(), time.monotonic()
    getattr(fake, failure)(*(["refresh_requested"] if failure == "disconnect" else []))
    try:
        opened = fake.wait_connections(before + 1, timeout=limit).opened_at - started
    except AssertionError:
        return {"reconnect": None, "cpu": time.process_time() - cpu, "ack": None}
    used = time.process_time() - cpu
    ack = fake.wait_ack(fake.send(MENTION), timeout=10).ack_latency
    return {"reconnect": opened, "cpu": used, "ack": ack}


def _median(values: list[float | None]) -> str:
    known = [value for value in values if value is not None]
    if len(known) < len(values):
        return "never"
    return f"{statistics.median(known):.2f}"


def run(rounds: int, limit: float, names: list[str] | None) -> None:
    logging.basicConfig(level=logging.CRITICAL)
    print(f"{'client':<24} {'failure':<11} {'reconnect s':>11} {'CPU s':>7} {'next ack ms':>11}  (median of {rounds})")
    with FakeSlackApi(limits=None) as slack:
        for name, factory in _clients(slack).items():
            if names and not any(wanted in name for wanted in names):
                continue
            for failure in FAILURES:
                results = []
                for _ in range(rounds):
                    with FakeSocketMode() as fake:
                        slack.socket_mode_url = fake.issue_url
                        start, stop = factory()
                        start()
                        fake.wait_connections(1)
                        results.append(_one(fake, failure, limit))
                        stop()
                acks = [r["ack"] * 1000 if r["ack"] is not None else None for r in results]
                print(
                    f"{name:<24} {failure:<11} {_median([r['reconnect'] for r in results]):>11} "
                    f"{_median([r['cpu'] for r in results]):>7} {_median(acks):>11}",
                    flush=True,
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=float, default=90.0, help="seconds to wait for a reconnection")
    parser.add_argument("--client", action="append", help="only clients whose name contains this (repeatable)")
    args = parser.parse_args()
    run(args.rounds, args.limit, args.client)


if __name__ == "__main__":
    main()
