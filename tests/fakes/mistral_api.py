"""A local fake of Mistral's chat completions API (the OpenAI wire format)."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.quiet_server import LocalServer, ServedFake

DEFAULT_REPLY = "Bonjour, je suis Plume et je suis ravie de vous aider aujourd'hui."
COMPLETIONS_PATH = "/v1/chat/completions"


@dataclass
class ModelRequest:
    """One request received by the fake; header names are lower-cased."""

    body: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    path: str = ""


@dataclass
class _ScriptedError:
    status: int
    retry_after: float | None
    body: dict[str, Any] | None


@dataclass
class _ScriptedDelay:
    """Wait this long, then answer normally (a slow server)."""

    seconds: float


@dataclass
class _ScriptedCut:
    """Stream `after_chunks` pieces, then close: abruptly (a lost connection), or cleanly without the last event."""

    after_chunks: int
    clean: bool = False


_Scripted = _ScriptedError | _ScriptedDelay | _ScriptedCut


@dataclass
class FakeMistralServer(ServedFake):
    """Answer POST /v1/chat/completions, streamed (SSE) or not, and record requests.

    `reply` is the answer text, or a callable building it from the request body.
    `delay_before_answer` applies to every answer, scripted errors included.
    Requests consume scripted behaviours first, one each, in order: errors (`enqueue_error`), slow answers
    (`enqueue_delay`) and streams cut short (`enqueue_cut`).
    Any path ending in /v1/chat/completions is served, so a base URL may carry a prefix (an API gateway).
    """

    reply: str | Callable[[dict[str, Any]], str] = DEFAULT_REPLY
    chunk_size: int = 8
    chunk_delay: float = 0.0
    delay_before_answer: float = 0.0
    requests: list[ModelRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._script: deque[_Scripted] = deque()
        self._http = LocalServer("fake-mistral")

    def _handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        return partial(_MistralHandler, fake=self)

    @property
    def url(self) -> str:
        """The server URL, suitable as Mistral's server_url (no trailing slash)."""
        return self._http.root

    def enqueue_error(
        self,
        status: int,
        retry_after: float | None = None,
        body: dict[str, Any] | None = None,
    ) -> None:
        """Queue an error answer; each request consumes one queued error first."""
        with self._cond:
            self._script.append(_ScriptedError(status, retry_after, body))

    def enqueue_delay(self, seconds: float) -> None:
        """Queue a slow answer: the next request waits `seconds` before its (normal) answer."""
        with self._cond:
            self._script.append(_ScriptedDelay(seconds))

    def enqueue_cut(self, after_chunks: int, clean: bool = False) -> None:
        """Queue a stream cut after `after_chunks` pieces: the connection drops, or ends early but cleanly."""
        with self._cond:
            self._script.append(_ScriptedCut(after_chunks, clean))

    def wait_for_requests(self, n: int, timeout: float = 10.0) -> list[ModelRequest]:
        """Wait until at least `n` requests arrived and return them all."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.requests) >= n, timeout):
                raise AssertionError(f"Expected {n} request(s) within {timeout}s, got {len(self.requests)}")
            return list(self.requests)

    def _record(self, body: dict[str, Any], headers: dict[str, str], path: str) -> _Scripted | None:
        with self._cond:
            scripted = self._script.popleft() if self._script else None
            status = scripted.status if isinstance(scripted, _ScriptedError) else 200
            self.requests.append(ModelRequest(body, headers, status, path))
            self._cond.notify_all()
        return scripted

    def _reply_text(self, body: dict[str, Any]) -> str:
        return self.reply(body) if callable(self.reply) else self.reply


def _count_words(value: Any) -> int:
    """Roughly count tokens as words in a message content (string or chunks)."""
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, list):
        return sum(_count_words(item.get("text", "")) for item in value if isinstance(item, dict))
    return 0


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    messages = body.get("messages") or []
    prompt = max(1, sum(_count_words(m.get("content")) for m in messages if isinstance(m, dict)))
    completion = max(1, len(text.split()))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


class _MistralHandler(BaseHTTPRequestHandler):
    """Parse one HTTP request and answer it on behalf of a FakeMistralServer."""

    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, fake: FakeMistralServer, **kwargs: Any) -> None:
        self.fake = fake
        super().__init__(*args, **kwargs)

    def log_message(self, fmt: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        if not path.endswith(COMPLETIONS_PATH):
            self._send_json(404, {"object": "error", "message": "Not found", "type": "not_found"})
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._send_json(400, {"object": "error", "message": "Invalid JSON", "type": "invalid"})
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        scripted = self.fake._record(body, headers, path)
        delay = self.fake.delay_before_answer + (scripted.seconds if isinstance(scripted, _ScriptedDelay) else 0)
        if delay:
            self.fake._stopping.wait(delay)
        if isinstance(scripted, _ScriptedError):
            self._send_error(scripted)
            return
        text = self.fake._reply_text(body)
        try:
            if body.get("stream"):
                self._stream(body, text, scripted if isinstance(scripted, _ScriptedCut) else None)
            else:
                self._send_json(200, self._completion(body, text))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _base(self, body: dict[str, Any], kind: str) -> dict[str, Any]:
        return {
            "id": uuid.uuid4().hex,
            "object": kind,
            "created": int(time.time()),
            "model": body.get("model", "mistral-small-latest"),
        }

    def _completion(self, body: dict[str, Any], text: str) -> dict[str, Any]:
        message = {"role": "assistant", "content": text, "tool_calls": None}
        choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return {**self._base(body, "chat.completion"), "choices": [choice], "usage": _usage(body, text)}

    def _stream(self, body: dict[str, Any], text: str, cut: _ScriptedCut | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        base = self._base(body, "chat.completion.chunk")
        size = max(1, self.fake.chunk_size)
        pieces = [text[i : i + size] for i in range(0, len(text), size)]
        for number, piece in enumerate(pieces):
            if self.fake._stopping.is_set():
                self.close_connection = True
                return
            if cut is not None and number == cut.after_chunks:
                self._cut(cut)
                return
            if number and self.fake.chunk_delay:
                time.sleep(self.fake.chunk_delay)
            delta = {"role": "assistant", "content": piece}
            choice = {"index": 0, "delta": delta, "finish_reason": None}
            self._write_event(json.dumps({**base, "choices": [choice]}))
        last = {"index": 0, "delta": {"content": ""}, "finish_reason": "stop"}
        self._write_event(json.dumps({**base, "choices": [last], "usage": _usage(body, text)}))
        self._write_event("[DONE]")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _cut(self, cut: _ScriptedCut) -> None:
        """End the response early: with the chunked terminator (clean), or by dropping the connection."""
        if cut.clean:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        self.close_connection = True

    def _write_event(self, data: str) -> None:
        payload = f"data: {data}\n\n".encode()
        self.wfile.write(f"{len(payload):X}\r\n".encode() + payload + b"\r\n")
        self.wfile.flush()

    def _send_error(self, error: _ScriptedError) -> None:
        try:
            phrase = HTTPStatus(error.status).phrase
        except ValueError:
            phrase = "Error"
        body = error.body or {
            "object": "error",
            "message": phrase,
            "type": "rate_limited" if error.status == 429 else "api_error",
            "param": None,
            "code": str(error.status),
        }
        extra = {}
        if error.retry_after is not None:
            extra["Retry-After"] = f"{error.retry_after:g}"
        self._send_json(error.status, body, extra)

    def _send_json(self, status: int, body: dict[str, Any], extra: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
