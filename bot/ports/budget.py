"""Rate budgets: how often the core may call a chat platform, shared by whoever shares their store."""

from __future__ import annotations

from typing import Protocol


class RateBudget(Protocol):
    """One token bucket: `rate` calls a second on average, `burst` at once.

    Optional calls (a partial draft while it streams) `try_take` and are skipped when the budget is spent; calls
    that must happen (a final draft, an approval) `take` a turn and wait for it, first come first served.
    """

    def try_take(self, keep: int = 0) -> bool:
        """Take a token if one is there and `keep` more would still be left for the calls that must happen;
        False (and nothing taken) otherwise."""
        ...

    def take(self, timeout: float = 60.0) -> bool:
        """Wait for a token (at most `timeout` seconds); False if none would come in time (nothing is taken, and
        the call may then meet the platform's 429)."""
        ...


class RateBudgets(Protocol):
    """Budgets by key (`slack:chat.update`, `slack:chat.postMessage:C123`…), made on first use."""

    def budget(self, key: str, rate: float, burst: int) -> RateBudget: ...
