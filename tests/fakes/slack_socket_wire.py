"""Slack Socket Mode's frames, and what the fake records of each connection and envelope."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

ENVELOPE_TYPES = ("events_api", "interactive", "slash_commands")


@dataclass
class SocketConnection:
    """One WebSocket connection as the fake saw it."""

    number: int
    ticket: str
    opened_at: float
    closed_at: float | None = None
    ended_by: str = ""  # "client" (close frame), "server" (close frame), "dropped" (no frame), "lost" (EOF)
    silent: bool = False
    pings: int = 0
    pongs: int = 0
    received: list[Any] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return self.closed_at is None


@dataclass
class Envelope:
    """An envelope sent to the app, and its ack if one came."""

    envelope_id: str
    type: str
    payload: dict[str, Any]
    connection: int
    sent_at: float
    acked_at: float | None = None
    ack_connection: int | None = None
    ack_payload: dict[str, Any] | None = None

    @property
    def ack_latency(self) -> float | None:
        """Seconds between sending the envelope and receiving its ack."""
        return None if self.acked_at is None else self.acked_at - self.sent_at


def hello(num_connections: int, app_id: str) -> dict[str, Any]:
    """The first frame of every connection."""
    return {
        "type": "hello",
        "num_connections": num_connections,
        "debug_info": {"host": "applink-fake-1", "build_number": 118, "approximate_connection_time": 18060},
        "connection_info": {"app_id": app_id},
    }


def envelope(payload: dict[str, Any], kind: str, retry_attempt: int = 0, retry_reason: str = "") -> dict[str, Any]:
    """An event, interaction or slash command as Socket Mode carries it; only the latter two accept a payload
    in their ack."""
    if kind not in ENVELOPE_TYPES:
        raise ValueError(f"unknown envelope type {kind!r}")
    return {
        "envelope_id": str(uuid.uuid4()),
        "payload": payload,
        "type": kind,
        "accepts_response_payload": kind != "events_api",
        "retry_attempt": retry_attempt,
        "retry_reason": retry_reason,
    }


def disconnect(reason: str) -> dict[str, Any]:
    """Slack asks the app to reconnect: "warning" (soon), "refresh_requested" (now), "link_disabled"."""
    return {"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-fake-1"}}
