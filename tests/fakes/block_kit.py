"""Block Kit validation for the fake Slack API, with slack_sdk.models: what Slack itself would refuse."""

from __future__ import annotations

from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.update", "chat.postEphemeral", "response_url"})
VIEW_METHODS = frozenset({"views.open", "views.update", "views.publish", "views.push"})
MAX_MESSAGE_BLOCKS = 50


def _block_problems(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return [f"blocks is not a list: {type(blocks).__name__}"]
    problems = [f"{len(blocks)} blocks, more than {MAX_MESSAGE_BLOCKS}"] if len(blocks) > MAX_MESSAGE_BLOCKS else []
    for index, block in enumerate(blocks):
        parsed = Block.parse(block) if isinstance(block, dict) else None
        if parsed is None:
            problems.append(f"block {index}: unknown or malformed ({block!r:.80})")
            continue
        try:
            parsed.validate_json()
        except SlackObjectFormationError as error:
            problems.append(f"block {index} ({block.get('type')}): {error}")
    return problems


def problems(method: str, params: dict[str, Any]) -> list[str]:
    """What Slack would refuse in this call's blocks or view; empty when the payload is valid."""
    if method in MESSAGE_METHODS and "blocks" in params:
        return _block_problems(params["blocks"])
    if method in VIEW_METHODS and isinstance(params.get("view"), dict):
        try:
            View(**params["view"]).validate_json()
        except (SlackObjectFormationError, TypeError) as error:
            return [f"view: {error}"]
        return _block_problems(params["view"].get("blocks", []))
    return []
