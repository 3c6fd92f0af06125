"""A real Synapse homeserver for the tests, run as a subprocess from its own virtualenv (`make synapse`).

Synapse is AGPL: it is never imported, only started. SQLite in a temporary directory, loopback only, no federation,
registration by shared secret (the admin API), a fixed signing key; rate limits raised unless `default_limits`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
SYNAPSE_PYTHON = Path(os.environ.get("PLUME_SYNAPSE_PYTHON", ROOT / ".venv-synapse" / "bin" / "python"))
SERVER_NAME = "plume.test"
SHARED_SECRET = "plume-tests-registration-secret"
# A fixed ed25519 seed (tests only): Synapse does not generate a key at each start.
SIGNING_KEY = "ed25519 a_plume t3lcBGBrMELJIAjfQXPSvwAeHSPBTxXDYUiBavHmlWA"

_RAISED = {"per_second": 1000, "burst_count": 1000}
_RAISED_LIMITS = {
    "rc_message": _RAISED,
    "rc_registration": _RAISED,
    "rc_login": {"address": _RAISED, "account": _RAISED, "failed_attempts": _RAISED},
    "rc_joins": {"local": _RAISED, "remote": _RAISED},
    "rc_joins_per_room": _RAISED,
    "rc_invites": {"per_room": _RAISED, "per_user": _RAISED, "per_issuer": _RAISED},
    "rc_admin_redaction": _RAISED,
    "rc_key_requests": _RAISED,
    "rc_3pid_validation": _RAISED,
    "rc_room_creation": _RAISED,
    "rc_reports": _RAISED,
    "rc_delayed_event_mgmt": _RAISED,
}


class SynapseMissing(RuntimeError):
    """The Synapse virtualenv is not installed: `make synapse` (a dependency of `make test`) creates it."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(directory: Path, port: int, *, default_limits: bool) -> dict[str, Any]:
    log_config = directory / "log.yaml"
    log_config.write_text(
        json.dumps(
            {
                "version": 1,
                "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
                "handlers": {
                    "file": {"class": "logging.FileHandler", "formatter": "plain", "filename": str(directory / "log")}
                },
                "root": {"level": "WARNING", "handlers": ["file"]},
                "disable_existing_loggers": False,
            }
        )
    )
    (directory / "signing.key").write_text(SIGNING_KEY + "\n")
    config: dict[str, object] = {
        "server_name": SERVER_NAME,
        "pid_file": str(directory / "homeserver.pid"),
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(directory / "homeserver.db")}},
        "log_config": str(log_config),
        "media_store_path": str(directory / "media"),
        "signing_key_path": str(directory / "signing.key"),
        "registration_shared_secret": SHARED_SECRET,
        "macaroon_secret_key": "plume-tests-macaroon",
        "form_secret": "plume-tests-form",
        "report_stats": False,
        "enable_metrics": False,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "federation_domain_whitelist": [],
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "enable_registration": False,
    }
    if not default_limits:
        config.update(_RAISED_LIMITS)
    return config


@dataclass(frozen=True)
class Account:
    user_id: str
    access_token: str
    device_id: str
    password: str


class Synapse:
    """One Synapse process on a free loopback port; `url` once started; `register()` makes accounts."""

    def __init__(self, directory: Path, *, default_limits: bool = False) -> None:
        if not SYNAPSE_PYTHON.exists():
            raise SynapseMissing(f"{SYNAPSE_PYTHON} not found: run `make synapse` (make test does it)")
        self.directory = directory
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start_seconds = 0.0
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "homeserver.yaml").write_text(
            json.dumps(_config(directory, self.port, default_limits=default_limits))
        )
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> Synapse:
        started = time.monotonic()
        out = (self.directory / "stdout").open("wb")
        self._process = subprocess.Popen(
            [str(SYNAPSE_PYTHON), "-m", "synapse.app.homeserver", "-c", str(self.directory / "homeserver.yaml")],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=self.directory,
            env={"PATH": os.environ.get("PATH", ""), "HOME": str(self.directory)},
        )
        while time.monotonic() - started < timeout:
            if self._process.poll() is not None:
                raise RuntimeError(f"Synapse exited ({self._process.returncode}); see {self.directory}/stdout")
            try:
                with urlopen(f"{self.url}/_matrix/client/versions", timeout=1) as response:
                    if response.status == 200:
                        self.start_seconds = time.monotonic() - started
                        return self
            except (URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        raise RuntimeError(f"Synapse did not answer within {timeout} s")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    def __enter__(self) -> Synapse:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def register(self, localpart: str, *, admin: bool = False, password: str | None = None) -> Account:
        """A new account through the shared-secret registration API (`/_synapse/admin/v1/register`)."""
        password = password or f"{localpart}-password"
        nonce = self.call("GET", "/_synapse/admin/v1/register")["nonce"]
        mac = hmac.new(SHARED_SECRET.encode(), digestmod=hashlib.sha1)
        mac.update(
            b"\x00".join([nonce.encode(), localpart.encode(), password.encode(), b"admin" if admin else b"notadmin"])
        )
        answer = self.call(
            "POST",
            "/_synapse/admin/v1/register",
            {"nonce": nonce, "username": localpart, "password": password, "admin": admin, "mac": mac.hexdigest()},
        )
        return Account(answer["user_id"], answer["access_token"], answer["device_id"], password)

    def call(self, method: str, path: str, body: object = None, token: str | None = None) -> dict[str, Any]:
        """One client-server API call; raises HTTPError on an error answer."""
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = json.dumps(body).encode() if body is not None else None
        request = Request(self.url + path, data=data, headers=headers, method=method)
        try:
            with urlopen(request, timeout=30) as response:
                answer: dict[str, Any] = json.loads(response.read() or b"{}")
                return answer
        except HTTPError as error:
            error.msg = f"{error.msg}: {error.read().decode(errors='replace')}"
            raise


class MatrixUser:
    """A person on the homeserver, through the plain client-server API (what Element does, without encryption)."""

    def __init__(self, server: Synapse, account: Account) -> None:
        self.server = server
        self.account = account
        self.user_id = account.user_id
        self._txn = 0

    def call(self, method: str, path: str, body: object = None) -> dict[str, Any]:
        return self.server.call(method, path, body, self.account.access_token)

    def create_room(self, name: str, invite: list[str], *, direct: bool = False) -> str:
        body = {"name": name, "preset": "private_chat", "invite": invite, "is_direct": direct}
        return str(self.call("POST", "/_matrix/client/v3/createRoom", body)["room_id"])

    def join(self, room_id: str) -> None:
        self.call("POST", f"/_matrix/client/v3/join/{quote(room_id)}", {})

    def send(self, room_id: str, content: dict[str, Any], event_type: str = "m.room.message") -> str:
        self._txn += 1
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/send/{event_type}/t{time.time_ns()}-{self._txn}"
        return str(self.call("PUT", path, content)["event_id"])

    def say(self, room_id: str, text: str, *, thread: str | None = None, mention: str | None = None) -> str:
        content: dict[str, Any] = {"msgtype": "m.text", "body": text}
        if mention:
            content["m.mentions"] = {"user_ids": [mention]}
        if thread:
            content["m.relates_to"] = {"rel_type": "m.thread", "event_id": thread, "is_falling_back": True}
        return self.send(room_id, content)

    def react(self, room_id: str, event_id: str, key: str) -> str:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        return self.send(room_id, content, "m.reaction")

    def events(self, room_id: str) -> list[dict[str, Any]]:
        """Every event of the room, oldest first."""
        found: list[dict[str, Any]] = []
        page = ""
        while True:
            path = f"/_matrix/client/v3/rooms/{quote(room_id)}/messages?dir=b&limit=500{page}"
            answer = self.call("GET", path)
            found.extend(answer.get("chunk", []))
            if not answer.get("end") or not answer.get("chunk"):
                return list(reversed(found))
            page = f"&from={quote(answer['end'])}"

    def invitations(self) -> list[str]:
        """The rooms this user is invited to and has not joined."""
        self._txn += 1  # Synapse caches a sync answer for a while: a new filter each time asks afresh
        query = quote(json.dumps({"room": {"timeline": {"limit": self._txn}}}))
        answer = self.call("GET", f"/_matrix/client/v3/sync?timeout=0&filter={query}")
        return list(answer.get("rooms", {}).get("invite", {}))

    def download(self, mxc: str) -> bytes:
        server, media = mxc.removeprefix("mxc://").split("/", 1)
        path = f"/_matrix/client/v1/media/download/{quote(server)}/{quote(media)}"
        request = Request(self.server.url + path, headers={"Authorization": f"Bearer {self.account.access_token}"})
        with urlopen(request, timeout=30) as response:
            data: bytes = response.read()
            return data

    def members(self, room_id: str) -> set[str]:
        joined = self.call("GET", f"/_matrix/client/v3/rooms/{quote(room_id)}/joined_members")["joined"]
        return set(joined)


def relation(event: dict[str, Any]) -> dict[str, Any]:
    relates = event.get("content", {}).get("m.relates_to")
    return relates if isinstance(relates, dict) else {}


def current_texts(events: list[dict[str, Any]]) -> dict[str, str]:
    """The body each message shows now: its own, or that of its latest edit by the same sender."""
    shown: dict[str, str] = {}
    senders: dict[str, str] = {}
    for event in events:
        if event.get("type") != "m.room.message":
            continue
        replaced = relation(event)
        if replaced.get("rel_type") == "m.replace":
            target = replaced.get("event_id", "")
            if senders.get(target) == event["sender"]:
                shown[target] = event["content"]["m.new_content"]["body"]
        else:
            shown[event["event_id"]] = event["content"].get("body", "")
            senders[event["event_id"]] = event["sender"]
    return shown
