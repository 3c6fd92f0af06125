"""Logging set-up for the entry points: libraries that log request bodies are held at WARNING."""

from __future__ import annotations

import json
import logging

# These log whole requests and responses at DEBUG (review text, drafts): never below WARNING.
VERBOSE_LIBRARIES = (
    "slack_sdk",
    "slack_bolt",
    "plume.bolt",
    "mistralai",
    "anthropic",
    "openai",
    "httpx",
    "httpx2",
    "httpcore",
    "urllib3",
    "presidio-analyzer",
    "waitress",
)
# Chatty at INFO without saying anything an operator needs.
QUIET_LIBRARIES = ("alembic",)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (ids, counts and timings only, by design)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = record.exc_info[0].__name__ if record.exc_info[0] else "Exception"
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str, log_format: str = "text") -> None:
    """Text lines, or JSON lines with `log_format="json"`; tracebacks are replaced by the error class in JSON."""
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
    for name in VERBOSE_LIBRARIES + QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(max(logging.getLogger().level, logging.WARNING))
