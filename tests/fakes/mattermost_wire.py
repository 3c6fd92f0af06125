"""What Mattermost puts on the wire, as plain functions: ids, error bodies, objects, WebSocket frames, rate limits.

Shapes follow the server's Go structs (server/public/model) so that any client, not just one library, reads them.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import hmac
import json
import math
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SERVER_VERSION = "10.11.0"
ID_PATTERN = re.compile(r"^[a-z0-9]{26}$")
ACTION_ID_PATTERN = re.compile(r"^[A-Za-z0-9]+$")  # the route of a click, /posts/{id}/actions/{action_id:[A-Za-z0-9]+}
MAX_MESSAGE_RUNES = 16383  # model.PostMessageMaxRunesV2
RETAINED_PROPS = ("from_webhook", "override_username", "override_icon_url")  # model.PostActionRetainPropKeys
_STANDARD_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_MATTERMOST_B32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
_B32 = str.maketrans(_STANDARD_B32, _MATTERMOST_B32)


def new_id() -> str:
    """A 26-character id like model.NewId(): a random UUID in Mattermost's base32 alphabet."""
    return base64.b32encode(uuid.uuid4().bytes).decode("ascii").rstrip("=").translate(_B32)


def now_ms() -> int:
    return int(time.time() * 1000)


def app_error(error_id: str, message: str, status: int, request_id: str = "") -> dict[str, Any]:
    """model.AppError as the REST API and WebSocket responses carry it."""
    return {"id": error_id, "message": message, "detailed_error": "", "request_id": request_id, "status_code": status}


SESSION_EXPIRED = ("api.context.session_expired.app_error", "Invalid or expired session, please login again.")
NO_PERMISSION = ("api.context.permissions.app_error", "You do not have the appropriate permissions.")
NOT_FOUND_PAGE = ("api.context.404.app_error", "Sorry, we could not find the page.")


def invalid_param(name: str) -> tuple[str, str]:
    return "api.context.invalid_body_param.app_error", f"Invalid or missing {name} in request body."


def user_json(
    user_id: str, username: str, *, is_bot: bool = False, first_name: str = "", last_name: str = ""
) -> dict[str, Any]:
    stamp = now_ms()
    return {
        "id": user_id,
        "create_at": stamp,
        "update_at": stamp,
        "delete_at": 0,
        "username": username,
        "auth_data": "",
        "auth_service": "",
        "email": f"{username}@example.gouv.fr",
        "nickname": "",
        "first_name": first_name,
        "last_name": last_name,
        "position": "",
        "roles": "system_user",
        "locale": "fr",
        "timezone": {"automaticTimezone": "", "manualTimezone": "", "useAutomaticTimezone": "true"},
        "is_bot": is_bot,
        "bot_description": "",
        "disable_welcome_email": False,
    }


def channel_json(
    channel_id: str, name: str, display_name: str, kind: str, team_id: str, creator_id: str
) -> dict[str, Any]:
    stamp = now_ms()
    return {
        "id": channel_id,
        "create_at": stamp,
        "update_at": stamp,
        "delete_at": 0,
        "team_id": team_id,
        "type": kind,
        "display_name": display_name,
        "name": name,
        "header": "",
        "purpose": "",
        "last_post_at": 0,
        "total_msg_count": 0,
        "extra_update_at": 0,
        "creator_id": creator_id,
        "scheme_id": None,
        "props": None,
        "group_constrained": None,
        "shared": None,
        "total_msg_count_root": 0,
        "policy_id": None,
        "last_root_post_at": 0,
    }


def post_json(
    post_id: str, user_id: str, channel_id: str, message: str, root_id: str = "", **fields: Any
) -> dict[str, Any]:
    """model.Post with the fields a v10 server sends; `fields` overrides (type, props, file_ids, ...)."""
    stamp = now_ms()
    post: dict[str, Any] = {
        "id": post_id,
        "create_at": stamp,
        "update_at": stamp,
        "edit_at": 0,
        "delete_at": 0,
        "is_pinned": False,
        "user_id": user_id,
        "channel_id": channel_id,
        "root_id": root_id,
        "original_id": "",
        "message": message,
        "type": "",
        "props": {},
        "hashtags": "",
        "pending_post_id": "",
        "reply_count": 0,
        "last_reply_at": 0,
        "participants": None,
        "metadata": {},
    }
    post.update(fields)
    return post


def file_info_json(file_id: str, user_id: str, channel_id: str, name: str, size: int, mime_type: str) -> dict[str, Any]:
    stamp = now_ms()
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return {
        "id": file_id,
        "user_id": user_id,
        "post_id": "",
        "channel_id": channel_id,
        "create_at": stamp,
        "update_at": stamp,
        "delete_at": 0,
        "name": name,
        "extension": extension,
        "size": size,
        "mime_type": mime_type,
        "width": 0,
        "height": 0,
        "has_preview_image": False,
        "mini_preview": None,
        "remote_id": "",
        "archived": False,
    }


def actions(post: dict[str, Any]) -> list[dict[str, Any]]:
    """Every action of the post's message attachments, in order."""
    props = post.get("props")
    attachments = props.get("attachments") if isinstance(props, dict) else None
    if not isinstance(attachments, list):
        return []
    found: list[dict[str, Any]] = []
    for attachment in attachments:
        listed = attachment.get("actions") if isinstance(attachment, dict) else None
        found.extend(action for action in listed or [] if isinstance(action, dict))
    return found


def generate_action_ids(post: dict[str, Any]) -> None:
    """model.Post.GenerateActionIds: an action without an id gets a fresh one."""
    for action in actions(post):
        if not action.get("id"):
            action["id"] = new_id()


def for_client(post: dict[str, Any]) -> dict[str, Any]:
    """What clients see (REST answers, WebSocket events): model.Post.ToJSON strips every action's integration."""
    visible = copy.deepcopy(post)
    for action in actions(visible):
        action.pop("integration", None)
    if actions(visible):
        visible.setdefault("metadata", {})["embeds"] = [{"type": "message_attachment"}]
    return visible


def event(
    name: str, data: dict[str, Any], *, user_id: str = "", channel_id: str = "", team_id: str = ""
) -> dict[str, Any]:
    """model.WebSocketEvent without its seq, which each connection stamps when it sends the event."""
    broadcast = {
        "omit_users": None,
        "user_id": user_id,
        "channel_id": channel_id,
        "team_id": team_id,
        "connection_id": "",
        "omit_connection_id": "",
    }
    return {"event": name, "data": data, "broadcast": broadcast}


def reply(seq: int, data: dict[str, Any] | None = None, error: dict[str, Any] | None = None) -> dict[str, Any]:
    """model.WebSocketResponse: OK with optional data, or FAIL with an AppError."""
    frame: dict[str, Any] = {"status": "FAIL" if error else "OK", "seq_reply": seq}
    if data is not None:
        frame["data"] = data
    if error is not None:
        frame["error"] = error
    return frame


@dataclass(frozen=True)
class RateLimit:
    """RateLimitSettings: PerSec and MaxBurst (server defaults 10 and 100)."""

    per_sec: float = 10.0
    max_burst: int = 100


class GcraLimiter:
    """The throttled GCRA limiter Mattermost uses, with its X-Ratelimit-* and Retry-After headers."""

    def __init__(self, quota: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = 1.0 / quota.per_sec
        self._tolerance = self._interval * (quota.max_burst + 1)
        self._limit = quota.max_burst + 1
        self._clock = clock
        self._tat: dict[str, float] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> tuple[bool, dict[str, str]]:
        """Count one request for `key`: (limited, headers to send)."""
        with self._lock:
            now = self._clock()
            tat = self._tat.get(key, now)
            new_tat = max(now, tat) + self._interval
            allow_at = new_tat - self._tolerance
            retry_after = -1.0
            if now < allow_at:
                retry_after, ttl, limited = allow_at - now, tat - now, True
            else:
                ttl, limited = new_tat - now, False
                self._tat[key] = new_tat
        left = self._tolerance - ttl
        headers = {
            "X-Ratelimit-Limit": str(self._limit),
            "X-Ratelimit-Remaining": str(int(left / self._interval) if left > -self._interval else 0),
            "X-Ratelimit-Reset": str(math.ceil(ttl)),
        }
        if retry_after >= 0:
            headers["Retry-After"] = str(math.ceil(retry_after))
        return limited, headers


class TriggerIds:
    """Trigger ids shaped like Mattermost's: base64("<client id>:<user id>:<ms>:<base64 signature>").

    The server signs with ECDSA; the fake signs with HMAC-SHA256, which keeps the format and the checks.
    """

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._secret = uuid.uuid4().bytes

    def issue(self, user_id: str, age: float = 0.0) -> str:
        """A trigger id for `user_id`, as if handed out `age` seconds ago."""
        signed = f"{new_id()}:{user_id}:{int((time.time() - age) * 1000)}:"
        signature = base64.b64encode(hmac.new(self._secret, signed.encode(), hashlib.sha256).digest()).decode()
        return base64.b64encode(f"{signed}{signature}".encode()).decode()

    def client_id(self, trigger_id: str) -> str:
        """The part of a trigger id the server hands to the user's client (the dialog event carries it)."""
        return base64.b64decode(trigger_id).decode().split(":")[0]

    def verify(self, trigger_id: str) -> tuple[str, dict[str, Any] | None]:
        """(user id, None) when valid, else ("", the AppError the server answers with, status 400)."""
        prefix = "interactive_message.decode_trigger_id."
        try:
            parts = base64.b64decode(trigger_id, validate=True).decode().split(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return "", app_error(prefix + "base64_decode_failed", "Failed to decode trigger id.", 400)
        if len(parts) != 4:
            return "", app_error(prefix + "missing_data", "Trigger id missing required data.", 400)
        client_id, user_id, stamp, signature = parts
        age_ms = now_ms() - int(stamp) if stamp.isdigit() else math.inf
        if age_ms > self.ttl * 1000:
            message = f"Trigger id expired. Triggers have a maximum lifetime of {self.ttl:g} seconds."
            return "", app_error(prefix + "expired", message, 400)
        try:
            given = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            return "", app_error(prefix + "base64_decode_failed_signature", "Failed to decode signature.", 400)
        expected = hmac.new(self._secret, f"{client_id}:{user_id}:{stamp}:".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(given, expected):
            return "", app_error(prefix + "verify_signature_failed", "Signature verification failed.", 400)
        return user_id, None


_GO_ESCAPES: dict[int, str] = {ord(c): f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029"}


def dumps(value: Any) -> str:
    """Compact JSON as Go's encoding/json writes it: non-ASCII kept, but <, >, & and U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_GO_ESCAPES)
