"""The wall clock, in UTC; passed in wherever time matters so tests can move it."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
