"""What the providers share on the wire (their three SDKs all run on `httpx2`): timeouts, output cap, failures."""

from __future__ import annotations

from dataclasses import dataclass

import httpx2

from bot.models.retry import AttemptFailure, IncompleteAnswer

MAX_OUTPUT_TOKENS = 1024  # the prompt asks for 120 to 200 words; this caps a runaway answer's cost


@dataclass(frozen=True)
class Timeouts:
    """`connect`: to open a connection; `read`: the longest silence allowed between two streamed chunks."""

    read: float = 120.0
    connect: float = 10.0

    def httpx(self) -> httpx2.Timeout:
        connect = min(self.connect, self.read)
        return httpx2.Timeout(self.read, connect=connect, pool=connect)


def pinned_timeout_client(timeouts: Timeouts, transport: httpx2.BaseTransport | None = None) -> httpx2.Client:
    """An httpx2 client whose connect/read timeouts win over the single per-request timeout an SDK may set."""
    pinned = timeouts.httpx().as_dict()

    def pin(request: httpx2.Request) -> None:
        request.extensions["timeout"] = pinned

    hooks = {"request": [pin]}
    return httpx2.Client(timeout=timeouts.httpx(), follow_redirects=True, event_hooks=hooks, transport=transport)


def common_failure(error: BaseException | None) -> AttemptFailure | None:
    """Failures every provider shares: httpx2 timeouts and lost connections, a stream that stopped short."""
    if isinstance(error, httpx2.LocalProtocolError | httpx2.UnsupportedProtocol | httpx2.InvalidURL):
        return AttemptFailure("bad_request", retryable=False)  # our request or URL is wrong: trying again cannot help
    if isinstance(error, httpx2.TimeoutException):
        return AttemptFailure("timeout", retryable=True)
    if isinstance(error, httpx2.TransportError):
        return AttemptFailure("connection", retryable=True)
    if isinstance(error, IncompleteAnswer):
        return AttemptFailure("interrupted", retryable=True)
    return None
