"""Slack's published Web API rate limits, as token buckets the fake Slack server enforces.

Slack (https://api.slack.com/apis/rate-limits, "Rate limits") sorts methods into tiers, counted per method, per app,
per workspace: Tier 1 "1+ per minute", Tier 2 "20+ per minute", Tier 3 "50+ per minute", Tier 4 "100+ per minute",
and "Special" methods with their own rules. The tiers are floors a well-behaved app can rely on, and Slack says it
"allows applications to send requests in excess of these limits" for short bursts. Posting messages is special:
"in general, apps may post no more than one message per second per channel ... We allow bursts over that limit for
short periods" (chat.postMessage: "1 per second per channel, short bursts allowed").

A bucket therefore refills at the tier's floor (50 per minute is 50/60 per second) and holds a few requests more
than one, so a short burst passes and a sustained one is refused. Slack does not publish burst sizes; the figures
here are deliberately modest so a test that bursts beyond them meets a 429 as production eventually would:

- chat.postMessage: 1 per second, per channel, burst 5 (a notice, a draft and a few follow-ups at once pass);
- Tier 2 (usergroups.*): burst 5; Tier 3 (chat.update): burst 10; Tier 4 (chat.postEphemeral, views.*,
  users.info, conversations.open, files.*): burst 20;
- auth.test, chat.getPermalink and apps.connections.open are not limited here: the first two are "Special"
  with a high ceiling, and the last is only handed out (Socket Mode is never served by the fake).

Methods absent from the table are not limited. A refused request gets HTTP 429, `Retry-After` in whole seconds
(at least 1, the time until the bucket holds a token again) and {"ok": false, "error": "ratelimited"}.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """A token bucket: `per_second` tokens added each second, `burst` held at most, one per channel if `per_channel`."""

    per_second: float
    burst: int
    per_channel: bool = False

    @classmethod
    def per_minute(cls, count: float, burst: int, per_channel: bool = False) -> Limit:
        return cls(count / 60.0, burst, per_channel)


TIER_2 = Limit.per_minute(20, burst=5)
TIER_3 = Limit.per_minute(50, burst=10)
TIER_4 = Limit.per_minute(100, burst=20)

SLACK_LIMITS: Mapping[str, Limit] = {
    "chat.postMessage": Limit(1.0, burst=5, per_channel=True),
    "chat.update": TIER_3,
    "chat.delete": TIER_3,
    "chat.postEphemeral": TIER_4,
    "views.open": TIER_4,
    "views.update": TIER_4,
    "views.publish": TIER_4,
    "users.info": TIER_4,
    "conversations.open": TIER_3,
    "files.getUploadURLExternal": TIER_4,
    "files.completeUploadExternal": TIER_4,
    "usergroups.list": TIER_2,
    "usergroups.users.list": TIER_2,
}


class SlackLimiter:
    """Token buckets keyed by method (and channel for per-channel limits); thread-safe."""

    def __init__(self, limits: Mapping[str, Limit], clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = dict(limits)
        self._clock = clock
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}  # key -> (tokens, when counted)
        self._lock = threading.Lock()

    def take(self, method: str, channel: object = None) -> int | None:
        """Spend one token for this call: None when allowed, else the Retry-After to send (whole seconds, >= 1)."""
        limit = self.limits.get(method)
        if limit is None:
            return None
        key = (method, str(channel or "") if limit.per_channel else "")
        with self._lock:
            now = self._clock()
            tokens, then = self._buckets.get(key, (float(limit.burst), now))
            tokens = min(float(limit.burst), tokens + max(0.0, now - then) * limit.per_second)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return None
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / limit.per_second))

    def reset(self) -> None:
        """Fill every bucket again."""
        with self._lock:
            self._buckets.clear()
