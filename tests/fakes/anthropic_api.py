"""A local fake of Anthropic's Messages API: POST /v1/messages, streamed (SSE) or not, with scripted failures."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.mistral_api import ModelRequest
from tests.fakes.quiet_server import LocalServer, ServedFake

DEFAULT_REPLY = "Bonjour, merci pour votre avis : nous l'avons lu avec attention."
MESSAGES_PATH = "/v1/messages"
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


@dataclass
class _Error:
    status: int
    retry_after: str | None
    error_type: str


@dataclass
class _Delay:
    seconds: float


@dataclass
class _Cut:
    after_chunks: int
    clean: bool


@dataclass
class _StreamError:
    after_chunks: int
    error_type: str


_Scripted = _Error | _Delay | _Cut | _StreamError


@dataclass
class FakeAnthropicServer(ServedFake):
    """Answer any path ending in /v1/messages and record each request (body, lower-cased headers, path).

    Requests consume scripted behaviours first, one each: `enqueue_error` (429 with retry-after, 500, 529…),
    `enqueue_delay` (a slow answer), `enqueue_cut` (a stream cut short) and `enqueue_stream_error` (an
    `event: error` after some text). Token counts are words; a system block marked `cache_control` is reported
    as written to the cache the first time and read from it afterwards.
    """

    reply: str | Callable[[dict[str, Any]], str] = DEFAULT_REPLY
    chunk_size: int = 8
    chunk_delay: float = 0.0
    requests: list[ModelRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._http = LocalServer("fake-anthropic")
        self._cond = threading.Condition()
        self._script: deque[_Scripted] = deque()
        self._cached: set[str] = set()

    def _handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        return partial(_AnthropicHandler, fake=self)

    @property
    def url(self) -> str:
        """The server URL, suitable as the SDK's base_url (no trailing slash)."""
        return self._http.root

    def enqueue_error(self, status: int, retry_after: float | str | None = None, error_type: str | None = None) -> None:
        """Queue an error answer; `retry_after` is sent as given (seconds or an HTTP date)."""
        after = None if retry_after is None else (retry_after if isinstance(retry_after, str) else f"{retry_after:g}")
        self._push(_Error(status, after, error_type or ERROR_TYPES.get(status, "api_error")))

    def enqueue_delay(self, seconds: float) -> None:
        self._push(_Delay(seconds))

    def enqueue_cut(self, after_chunks: int, clean: bool = False) -> None:
        self._push(_Cut(after_chunks, clean))

    def enqueue_stream_error(self, after_chunks: int, error_type: str = "overloaded_error") -> None:
        self._push(_StreamError(after_chunks, error_type))

    def wait_for_requests(self, n: int, timeout: float = 10.0) -> list[ModelRequest]:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.requests) >= n, timeout):
                raise AssertionError(f"Expected {n} request(s) within {timeout}s, got {len(self.requests)}")
            return list(self.requests)

    def _push(self, scripted: _Scripted) -> None:
        with self._cond:
            self._script.append(scripted)

    def _record(self, request: ModelRequest) -> _Scripted | None:
        with self._cond:
            scripted = self._script.popleft() if self._script else None
            request.status = scripted.status if isinstance(scripted, _Error) else 200
            self.requests.append(request)
            self._cond.notify_all()
        return scripted

    def _usage(self, body: dict[str, Any], text: str) -> dict[str, int]:
        """Words as tokens, split between uncached input, cache writes and cache reads."""
        system = body.get("system") or []
        blocks = [{"text": system}] if isinstance(system, str) else system
        cacheable = " ".join(b.get("text", "") for b in blocks if isinstance(b, dict) and b.get("cache_control"))
        other = [b.get("text", "") for b in blocks if isinstance(b, dict) and not b.get("cache_control")]
        for message in body.get("messages") or []:
            content = message.get("content")
            other += [content] if isinstance(content, str) else [c.get("text", "") for c in content or []]
        cached = len(cacheable.split())
        with self._cond:
            seen = cacheable in self._cached
            self._cached.add(cacheable)
        return {
            "input_tokens": sum(len(part.split()) for part in other),
            "cache_creation_input_tokens": cached if cached and not seen else 0,
            "cache_read_input_tokens": cached if cached and seen else 0,
            "output_tokens": len(text.split()),
        }


class _AnthropicHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, fake: FakeAnthropicServer, **kwargs: Any) -> None:
        self.fake = fake
        super().__init__(*args, **kwargs)

    def log_message(self, fmt: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.split("?", 1)[0]
        if not path.endswith(MESSAGES_PATH):
            self._send_json(404, _error_body("not_found_error", "Not found"))
            return
        body = json.loads(raw or b"{}")
        headers = {name.lower(): value for name, value in self.headers.items()}
        scripted = self.fake._record(ModelRequest(body, headers, 200, path))
        if isinstance(scripted, _Delay):
            self.fake._stopping.wait(scripted.seconds)
        if isinstance(scripted, _Error):
            extra = {"retry-after": scripted.retry_after} if scripted.retry_after is not None else {}
            self._send_json(scripted.status, _error_body(scripted.error_type, "scripted"), extra)
            return
        reply = self.fake.reply
        text = reply(body) if callable(reply) else reply
        usage = self.fake._usage(body, text)
        message = {
            "id": f"msg_{uuid.uuid4().hex[:12]}",
            "type": "message",
            "role": "assistant",
            "model": body.get("model", "claude"),
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {**usage, "output_tokens": 1},
        }
        try:
            if body.get("stream"):
                self._stream(message, text, usage, scripted)
            else:
                done = {**message, "content": [{"type": "text", "text": text}], "stop_reason": "end_turn"}
                self._send_json(200, {**done, "usage": usage})
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _stream(self, message: dict[str, Any], text: str, usage: dict[str, int], scripted: _Scripted | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._event("message_start", {"type": "message_start", "message": message})
        block = {"type": "text", "text": ""}
        self._event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": block})
        self._event("ping", {"type": "ping"})
        size = max(1, self.fake.chunk_size)
        for number, start in enumerate(range(0, len(text), size)):
            if isinstance(scripted, _Cut) and number == scripted.after_chunks:
                self._end(clean=scripted.clean)
                return
            if isinstance(scripted, _StreamError) and number == scripted.after_chunks:
                self._event("error", {"type": "error", "error": {"type": scripted.error_type, "message": "x"}})
                self._end(clean=True)
                return
            if self.fake._stopping.is_set():
                self.close_connection = True
                return
            if number and self.fake.chunk_delay:
                time.sleep(self.fake.chunk_delay)
            delta = {"type": "text_delta", "text": text[start : start + size]}
            self._event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta})
        self._event("content_block_stop", {"type": "content_block_stop", "index": 0})
        finish = {"stop_reason": "end_turn", "stop_sequence": None}
        final_usage = {"output_tokens": usage["output_tokens"]}
        self._event("message_delta", {"type": "message_delta", "delta": finish, "usage": final_usage})
        self._event("message_stop", {"type": "message_stop"})
        self._end(clean=True)

    def _event(self, name: str, data: dict[str, Any]) -> None:
        payload = f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()
        self.wfile.write(f"{len(payload):X}\r\n".encode() + payload + b"\r\n")
        self.wfile.flush()

    def _end(self, *, clean: bool) -> None:
        """Finish the chunked body, or drop the connection without finishing it (a lost connection)."""
        if clean:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        self.close_connection = not clean or self.close_connection

    def _send_json(self, status: int, body: dict[str, Any], extra: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("request-id", f"req_{uuid.uuid4().hex[:12]}")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _error_body(error_type: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": error_type, "message": message}}
