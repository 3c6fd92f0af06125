"""What one ack costs: Plume's production WSGI application against a bare Bolt app's, in this process.

Signed `message` events are fed one after another through each application's WSGI callable, as Waitress would call
it; for each request the CPU time of the thread that answers it is counted (`time.thread_time`: what the ack itself
costs the interpreter, unlike wall-clock time barely moved by other processes on a shared machine). Work that
Plume runs after the ack, in other threads, is not counted. Then cProfile, on that thread only, says where Plume's
ack time goes. Decisions about the ack path rest on the CPU ratio; `bench.load` measures the latency under a burst.

    .venv/bin/python -m bench.ack_cost [--acks N] [--database-url URL] [--profile-lines N]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine

from bench.bare_bolt import bare_application
from bench.stats import percentile
from bot.config import Settings
from bot.wiring import build_runtime
from handlers.web import router
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, message_event, signed_headers

if TYPE_CHECKING:
    from wsgiref.types import WSGIApplication

SECRET = "ack-cost-secret"
ACKS = 300
WARM_UP = 20


def signed_environ(body: str, secret: str = SECRET) -> dict[str, object]:
    """The WSGI environ of a signed POST /slack/events carrying `body` (JSON)."""
    data = body.encode()
    environ: dict[str, object] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "3000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(data)),
        "wsgi.input": io.BytesIO(data),
        "wsgi.url_scheme": "http",
    }
    for name, value in signed_headers(secret, body).items():
        environ[f"HTTP_{name.upper().replace('-', '_')}"] = value
    return environ


def _bodies(first: int, count: int) -> list[str]:
    return [
        message_event(f"Avis {index} : l'accueil de la CAF de Lyon était long.", f"1700000000.{index:06d}")
        for index in range(first, first + count)
    ]


def _answer(application: WSGIApplication, environ: dict[str, object]) -> int:
    statuses: list[str] = []

    def start_response(status: str, _headers: object, _info: object = None) -> Callable[[bytes], object]:
        statuses.append(status)
        return lambda _data: None

    b"".join(application(environ, start_response))  # type: ignore[arg-type]
    return int(statuses[0].split()[0])


def cpu_per_ack(applications: Sequence[WSGIApplication], bodies: list[str]) -> list[list[float]]:
    """Seconds of this thread's CPU time for each request, per application; each body goes to every application in
    turn, so that a change in the machine's load weighs on all of them alike. Every answer must be 200."""
    costs: list[list[float]] = [[] for _ in applications]
    for body in bodies:
        for application, spent in zip(applications, costs, strict=True):
            environ = signed_environ(body)  # the request as the server hands it over: not counted
            started = time.thread_time()
            status = _answer(application, environ)
            spent.append(time.thread_time() - started)
            assert status == 200, status
    return costs


def profile(application: WSGIApplication, bodies: list[str], lines: int) -> str:
    """cProfile of the answering thread over `bodies`: the functions with the most cumulative time."""
    profiler = cProfile.Profile(time.thread_time)  # this thread's CPU: not the time it waits for the GIL
    for body in bodies:
        environ = signed_environ(body)
        profiler.enable()
        _answer(application, environ)
        profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(lines)
    return out.getvalue()


def plume_application(home: Path, slack_url: str, model_url: str, database_url: str) -> tuple[WSGIApplication, Engine]:
    """What `plume serve --http` serves, built by the composition root (its job runner not started), and its
    database."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        slack_bot_token="xoxb-ack-cost",  # type: ignore[arg-type]
        slack_signing_secret=SECRET,  # type: ignore[arg-type]
        slack_api_url=slack_url,
        mistral_api_key="mistral-ack-cost",  # type: ignore[arg-type]
        mistral_server_url=model_url,
        plume_database_url=database_url,
        plume_data_dir=home / "var",
        plume_feedback_channels=FEEDBACK_CHANNEL,
        plume_drafts_per_hour=0,
    )
    runtime = build_runtime(settings, http=True)
    return router(runtime.routes, runtime.health), runtime.engine


def wait_for_intake(engine: Engine, timeout: float = 300.0) -> None:
    """Until every review acked has been taken in after its ack (the inbox is empty), before the database goes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if not connection.execute(text("SELECT count(*) FROM inbox")).scalar_one():
                return
        time.sleep(0.2)


def _figures(name: str, costs: list[float]) -> str:
    return (
        f"  {name:<10} CPU per ack: median {1e6 * statistics.median(costs):7.0f} µs"
        f"  p90 {1e6 * percentile(costs, 0.9):7.0f} µs  mean {1e6 * statistics.fmean(costs):7.0f} µs"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acks", type=int, default=ACKS, help="requests measured per application")
    parser.add_argument("--database-url", default="", help="Plume's database (default: a fresh SQLite file)")
    parser.add_argument("--profile-lines", type=int, default=30, help="lines of Plume's profile (0: none)")
    args = parser.parse_args(argv)
    with (
        FakeSlackApi(limits=None) as slack,
        FakeMistralServer(delay_before_answer=0.0) as model,
        tempfile.TemporaryDirectory() as folder,
    ):
        home = Path(folder)
        database_url = args.database_url or f"sqlite:///{home / 'plume.db'}"
        plume, engine = plume_application(home, slack.url, model.url, database_url)
        bare = bare_application(SECRET, slack.url)
        warm, measured = _bodies(0, WARM_UP), _bodies(WARM_UP, args.acks)
        cpu_per_ack([bare, plume], warm)
        bare_costs, plume_costs = cpu_per_ack([bare, plume], measured)
        print(f"{args.acks} signed message events, one after another, {database_url.split(':')[0]}")
        print(_figures("bare Bolt", bare_costs))
        print(_figures("Plume", plume_costs))
        ratio = statistics.median(plume_costs) / statistics.median(bare_costs)
        print(f"  Plume / bare Bolt, median CPU per ack: {ratio:4.2f}")
        if args.profile_lines:
            print(profile(plume, _bodies(WARM_UP + args.acks, args.acks), args.profile_lines))
        wait_for_intake(engine)
        engine.dispose()


if __name__ == "__main__":
    main()
