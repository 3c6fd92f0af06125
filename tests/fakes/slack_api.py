"""A local fake of the Slack Web API that the real slack_sdk can talk to."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fakes import block_kit
from tests.fakes.quiet_server import LocalServer, ServedFake
from tests.fakes.slack_limits import SLACK_LIMITS, Limit, SlackLimiter

JSON_FIELDS = ("blocks", "attachments", "view", "metadata")


@dataclass
class SlackCall:
    """One request received by the fake; header names are lower-cased."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    path: str = ""


@dataclass
class Upload:
    """A file sent with files_upload_v2: its bytes (POSTed to the upload URL), then where it was shared."""

    file_id: str
    filename: str
    length: int
    data: bytes = b""
    channel: str | None = None
    title: str | None = None
    initial_comment: str | None = None
    completed: bool = False

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass
class FakeSlackApi(ServedFake):
    """Serve /api/<method> like Slack does and record every call.

    Files: files.getUploadURLExternal hands out `<root>/upload/<file_id>`, where the client POSTs the bytes, then
    files.completeUploadExternal shares them; `uploads` keeps each file. `usergroups` lists the workspace's user
    groups as {"id", "handle", "users"} for usergroups.list and usergroups.users.list.

    Rate limits: `limits` maps a method to its token bucket (default SLACK_LIMITS, Slack's published limits, see
    slack_limits); None turns limiting off. `clock` (seconds, monotonic) lets a test refill buckets without sleeping.
    A refused call answers 429 with Retry-After and is recorded with status 429; `refused()` counts them.
    A failure scripted with `fail_next` takes precedence and spends no token.
    Every message and view is validated with slack_sdk.models, as Slack would: an invalid one is refused with
    `invalid_blocks` and kept in `invalid`; leaving the `with` block fails if any was sent.

    Socket Mode: apps.connections.open answers `socket_mode_url()` (wire a FakeSocketMode's `issue_url` there),
    or else an address where nothing listens.
    """

    bot_user_id: str = "UPLUMEBOT"
    bot_id: str = "BPLUME"
    team_id: str = "T0001"
    calls: list[SlackCall] = field(default_factory=list)
    invalid: list[tuple[str, list[str]]] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)
    """Threads that have a reply (the bot's posts with thread_ts; a test adds those of people's replies)."""
    unseen: list[dict[str, Any]] = field(default_factory=list)
    """Ephemerals sent into a thread with no reply yet: Slack accepts them and never shows them."""
    uploads: dict[str, Upload] = field(default_factory=dict)
    usergroups: list[dict[str, Any]] = field(default_factory=list)
    limits: Mapping[str, Limit] | None = field(default_factory=lambda: dict(SLACK_LIMITS))
    clock: Callable[[], float] = time.monotonic
    socket_mode_url: Callable[[], str] | None = None

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._limiter = SlackLimiter(self.limits, self.clock) if self.limits is not None else None
        self._failures: dict[str, deque[tuple[int, int | None, str]]] = {}
        self._ts_counter = 0
        self._http = LocalServer("fake-slack")

    def _handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        return partial(_SlackHandler, fake=self)

    def __exit__(self, *exc_info: object) -> None:
        super().__exit__(*exc_info)
        if exc_info[0] is None:
            assert not self.invalid, f"Slack would refuse these payloads: {self.invalid}"

    @property
    def root(self) -> str:
        """http://127.0.0.1:<port>, the server's own address."""
        return self._http.root

    @property
    def url(self) -> str:
        """The Web API base URL, suitable as slack_sdk's base_url."""
        return f"{self.root}/api/"

    def response_url(self, name: str) -> str:
        """Build a response_url that posts back to this fake."""
        return f"{self.root}/response_url/{name}"

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int | None = 1,
        error: str = "ratelimited",
    ) -> None:
        """Make the next call to `method` fail; repeated calls queue up.

        Use status=200 with retry_after=None for Slack's usual {"ok": false} errors.
        """
        with self._cond:
            queue = self._failures.setdefault(method, deque())
            queue.append((status, retry_after, error))

    def calls_to(self, method: str) -> list[SlackCall]:
        """Return the recorded calls to `method`, oldest first."""
        with self._cond:
            return [call for call in self.calls if call.method == method]

    def refused(self, method: str | None = None) -> int:
        """How many calls (to `method`, or to any) were refused with 429, by the rate limits or fail_next."""
        with self._cond:
            return sum(1 for call in self.calls if call.status == 429 and method in (None, call.method))

    def wait_for(
        self,
        method: str,
        predicate: Callable[[SlackCall], bool] | None = None,
        timeout: float = 10.0,
    ) -> SlackCall:
        """Return the first call to `method` matching `predicate`, waiting if needed."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for call in self.calls:
                    if call.method == method and (predicate is None or predicate(call)):
                        return call
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = dict(Counter(call.method for call in self.calls))
                    raise AssertionError(f"No matching call to {method!r} within {timeout}s; methods seen: {seen}")
                self._cond.wait(remaining)

    def reset(self) -> None:
        """Forget recorded calls and scripted failures, and fill the rate-limit buckets again."""
        with self._cond:
            self.calls.clear()
            self._failures.clear()
            if self._limiter is not None:
                self._limiter.reset()

    def _next_ts(self) -> str:
        with self._cond:
            self._ts_counter += 1
            micros = self._ts_counter * 100
        return f"{1_700_000_000 + micros // 1_000_000}.{micros % 1_000_000:06d}"

    def completed_uploads(self) -> list[Upload]:
        """Files whose upload was completed, oldest first."""
        with self._cond:
            return [upload for upload in self.uploads.values() if upload.completed]

    def wait_upload(self, timeout: float = 10.0) -> Upload:
        """The first completed upload, waiting for it if needed."""
        self.wait_for("files.completeUploadExternal", timeout=timeout)
        return self.completed_uploads()[0]

    def _receive_upload(self, file_id: str, data: bytes, headers: dict[str, str]) -> int:
        with self._cond:
            upload = self.uploads.get(file_id)
            self.calls.append(SlackCall("upload", {"file_id": file_id, "bytes": len(data)}, headers, 200, ""))
            self._cond.notify_all()
            if upload is None:
                return 404
            upload.data = data
            return 200

    def _handle(
        self, method: str, path: str, params: dict[str, Any], headers: dict[str, str]
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._cond:
            queue = self._failures.get(method)
            failure = queue.popleft() if queue else None
            if failure is None and self._limiter is not None:
                wait = self._limiter.take(method, params.get("channel"))
                failure = None if wait is None else (429, wait, "ratelimited")
            status, retry_after, error = failure or (200, None, "")
            self.calls.append(SlackCall(method, params, headers, status, path))
            self._cond.notify_all()
        if failure is not None:
            extra = {} if retry_after is None else {"Retry-After": str(retry_after)}
            return status, {"ok": False, "error": error}, extra
        refused = block_kit.problems(method, params)
        if refused:
            with self._cond:
                self.invalid.append((method, refused))
            return 200, {"ok": False, "error": "invalid_blocks", "errors": refused}, {}
        return 200, self._answer(method, params), {}

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        channel = params.get("channel")
        if method == "apps.connections.open":  # Socket Mode: served by a FakeSocketMode, if one is wired
            if self.socket_mode_url is not None:
                return {"ok": True, "url": self.socket_mode_url()}
            return {"ok": True, "url": f"ws://127.0.0.1:1/link/?ticket={self._next_ts()}"}
        if method == "auth.test":
            team = {"url": "https://test.slack.com/", "team": "Test", "team_id": self.team_id}
            bot = {"user": "plume", "user_id": self.bot_user_id, "bot_id": self.bot_id}
            return {"ok": True, **team, **bot, "is_enterprise_install": False}
        if method == "chat.postMessage":
            if params.get("thread_ts"):
                self.threads.add(str(params["thread_ts"]))
            ts = self._next_ts()
            message = {k: params[k] for k in ("blocks", "thread_ts") if k in params}
            message.update(type="message", text=params.get("text", ""), ts=ts)
            message.update(user=self.bot_user_id, bot_id=self.bot_id)
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method == "chat.update":
            text = params.get("text", "")
            return {"ok": True, "channel": channel, "ts": params.get("ts"), "text": text}
        if method == "chat.postEphemeral":
            if params.get("thread_ts") and str(params["thread_ts"]) not in self.threads:
                self.unseen.append(params)
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "users.info":
            name = "Agent Test"
            profile = {"display_name": name, "real_name": name}
            user = {"id": params.get("user"), "name": "agent", "real_name": name}
            return {"ok": True, "user": {**user, "profile": profile}}
        if method in ("views.open", "views.update", "views.publish"):
            view = params.get("view")
            return {"ok": True, "view": {**(view if isinstance(view, dict) else {}), "id": "V123"}}
        if method == "conversations.open":
            users = str(params.get("users", ""))
            return {"ok": True, "channel": {"id": f"D{users.split(',')[0]}"}}
        if method in ("files.getUploadURLExternal", "files.completeUploadExternal"):
            return self._file_answer(method, params)
        if method == "usergroups.list":
            groups = [
                {k: v for k, v in group.items() if k != "users" or params.get("include_users") in ("true", "1", True)}
                for group in self.usergroups
            ]
            return {"ok": True, "usergroups": groups}
        if method == "usergroups.users.list":
            group = next((g for g in self.usergroups if g["id"] == params.get("usergroup")), None)
            if group is None:
                return {"ok": False, "error": "no_such_subteam"}
            return {"ok": True, "users": list(group.get("users", []))}
        if method == "chat.getPermalink":
            ts = str(params.get("message_ts", "")).replace(".", "")
            link = f"https://test.slack.com/archives/{channel}/p{ts}"
            return {"ok": True, "channel": channel, "permalink": link}
        return {"ok": True}

    def _file_answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            if method == "files.getUploadURLExternal":
                file_id = f"F{len(self.uploads) + 1:07d}"
                length = int(params.get("length", 0))
                self.uploads[file_id] = Upload(file_id, str(params.get("filename", "")), length)
                return {"ok": True, "upload_url": f"{self.root}/upload/{file_id}", "file_id": file_id}
            shared = []
            for item in json.loads(params.get("files", "[]")):
                upload = self.uploads.get(item.get("id", ""))
                if upload is None or len(upload.data) != upload.length:
                    return {"ok": False, "error": "file_upload_size_mismatch" if upload else "file_not_found"}
                upload.channel = params.get("channel_id") or None
                upload.title = item.get("title")
                upload.initial_comment = params.get("initial_comment") or None
                upload.completed = True
                shared.append({"id": upload.file_id, "name": upload.filename, "title": upload.title})
            return {"ok": True, "files": shared}


class _SlackHandler(BaseHTTPRequestHandler):
    """Parse one HTTP request and let the owning FakeSlackApi answer it."""

    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, fake: FakeSlackApi, **kwargs: Any) -> None:
        self.fake = fake
        super().__init__(*args, **kwargs)

    def log_message(self, fmt: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        parts = urlsplit(self.path)
        params: dict[str, Any] = _flatten(parse_qs(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if parts.path.startswith("/upload/"):  # step 2 of files_upload_v2: the bytes themselves, not an API call
            headers = {name.lower(): value for name, value in self.headers.items()}
            status = self.fake._receive_upload(parts.path.removeprefix("/upload/"), raw, headers)
            self._reply_text(status, f"OK - {len(raw)}" if status == 200 else "Not Found")
            return
        content_type = self.headers.get("Content-Type", "")
        try:
            if raw and "json" in content_type:
                params.update(json.loads(raw))
            elif raw:
                form = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
                params.update(_flatten(form))
        except (ValueError, TypeError):
            self._reply(400, {"ok": False, "error": "invalid_json"}, {})
            return
        for key in JSON_FIELDS:
            if isinstance(params.get(key), str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(params[key])
        headers = {name.lower(): value for name, value in self.headers.items()}
        if parts.path.startswith("/api/"):
            method = parts.path.removeprefix("/api/")
        elif parts.path.startswith("/response_url/"):
            method = "response_url"
        else:
            self._reply(404, {"ok": False, "error": "unknown_path"}, {})
            return
        status, body, extra = self.fake._handle(method, parts.path, params, headers)
        self._reply(status, body, extra)

    def _reply_text(self, status: int, text: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _reply(self, status: int, body: dict[str, Any], extra: dict[str, str]) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _flatten(values: dict[str, list[str]]) -> dict[str, Any]:
    """Turn parse_qs lists into single values when a field appears once."""
    return {key: items[0] if len(items) == 1 else items for key, items in values.items()}
