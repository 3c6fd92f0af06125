"""`plume serve` as a real subprocess (HTTP mode, or Socket Mode with --health-port), pointed at the fakes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

import sqlalchemy

from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, signed_headers

SECRET = "e2e-signing-secret"
PLUME = str(Path(sys.executable).parent / "plume")
CHECKOUT = str(Path(__file__).resolve().parents[2])
"""The checkout these tests belong to: its code is what the process runs, even when the virtualenv's editable
install points at another checkout (a git worktree sharing the main one's virtualenv)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def post(url: str, body: str, headers: dict[str, str]) -> tuple[int, bytes]:
    request = Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except HTTPError as error:
        return error.code, error.read()


def plume_env(home: Path, slack_url: str, model_url: str, database_url: str, **extra: str) -> dict[str, str]:
    """The whole environment of a Plume process: nothing leaks in from the test runner's."""
    inherited = {name: os.environ[name] for name in ("PYTHONPATH",) if name in os.environ}  # which code runs
    return {
        **inherited,
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "SLACK_BOT_TOKEN": "xoxb-e2e",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack_url,
        "MISTRAL_API_KEY": "mistral-e2e",
        "MISTRAL_SERVER_URL": model_url,
        "PLUME_DATABASE_URL": database_url,
        "PLUME_DATA_DIR": str(home / "var"),
        "PLUME_FEEDBACK_CHANNELS": FEEDBACK_CHANNEL,
        "PLUME_LOG_LEVEL": "DEBUG",
        **extra,
    }


class PlumeProcess:
    """One `plume serve --http` process, or with `socket_mode` one `plume serve --health-port <port>` (its /healthz
    is then the only thing served on `port`); its output goes to `log`. `launcher`: the command before `serve`."""

    def __init__(
        self,
        env: dict[str, str],
        workdir: Path,
        name: str = "plume",
        port: int | None = None,
        *,
        socket_mode: bool = False,
        launcher: Sequence[str] = (PLUME,),
    ) -> None:
        self.env = env
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"{name}.log"
        mode = ["--health-port", str(self.port)] if socket_mode else ["--http", "--port", str(self.port)]
        command = [*launcher, "serve", *mode]
        with self.log.open("wb") as output:
            own_code = {"PYTHONPATH": CHECKOUT, **env}
            self.process = subprocess.Popen(command, env=own_code, cwd=workdir, stdout=output, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 90.0) -> PlumeProcess:
        """Wait for /healthz to answer ok (the process is serving and its database answers)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urlopen(f"{self.base}/healthz", timeout=2) as response:
                    assert json.loads(response.read())["status"] == "ok"
                    return self
            except (URLError, ConnectionError):
                assert self.process.poll() is None, self.log.read_text()
                assert time.monotonic() < deadline, "plume serve never answered /healthz"
                time.sleep(0.2)

    def send(self, body: str, content_type: str = "application/json", secret: str = SECRET, **headers: str) -> int:
        signed = {"Content-Type": content_type, **signed_headers(secret, body), **headers}
        return post(f"{self.base}/slack/events", body, signed)[0]

    def kill(self) -> None:
        """As a crash would: no chance to clean up."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def cpu_seconds(self) -> float:
        """User + system CPU time the process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self, timeout: float = 60.0) -> int:
        if self.process.poll() is None:
            self.process.terminate()
        return self.process.wait(timeout=timeout)


def unfinished_jobs(database_url: str) -> int:
    """Draft jobs still waiting or running; once every process has exited, these are jobs that none of them ran."""
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.connect() as connection:
            query = sqlalchemy.text("SELECT count(*) FROM jobs WHERE status IN ('pending', 'running')")
            return int(connection.execute(query).scalar_one())
    finally:
        engine.dispose()
