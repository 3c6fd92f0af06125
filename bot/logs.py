"""Logging set-up for the entry points: libraries that log request bodies are held at WARNING."""

from __future__ import annotations

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


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in VERBOSE_LIBRARIES + QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(max(logging.getLogger().level, logging.WARNING))
