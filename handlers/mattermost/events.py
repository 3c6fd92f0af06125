"""WebSocket `posted` events: reviews (feedback channel, mention, direct message) and instructions (thread replies).

The socket's loop only parses and filters; a review or an instruction is then stored in the inbox, sealed, by one
storing thread, and handled (spaCy, SQL, REST) by a worker pool, so the loop never blocks and an event waiting for
a worker is already safe: a process dying before or while handling it leaves it to another. A post delivered twice
(after a reconnect) is handled once; the bot's own posts are ignored.
"""

from __future__ import annotations

import json
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from bot.domain import IncomingInstruction, IncomingReview, IntakeSource, Platform
from bot.inbox import Inbox
from bot.inbox_letters import InstructionLetter, Letter

log = logging.getLogger(__name__)

Submit = Callable[[Callable[[], object]], None]


class SeenPosts:
    """The ids of the last `size` posts handled, to drop a second delivery."""

    def __init__(self, size: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def first_time(self, post_id: str) -> bool:
        if post_id in self._ids:
            return False
        self._ids[post_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


def _json(value: object, default: Any) -> Any:
    if not isinstance(value, str):
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class PostedEvents:
    """Turns each `posted` frame into a review or an instruction for the core, submitted to a worker."""

    def __init__(
        self,
        inbox: Inbox,
        *,
        bot_user_id: str,
        bot_username: str,
        feedback_channels: frozenset[str],
        submit: Submit,
        store: Submit,
    ) -> None:
        self._inbox = inbox
        self._bot_user_id = bot_user_id
        self._mention = re.compile(rf"@{re.escape(bot_username)}\b[:,]?", re.IGNORECASE)
        self._feedback_channels = feedback_channels
        self._submit = submit
        self._store = store
        self._seen = SeenPosts()

    def handle(self, frame: dict[str, Any]) -> None:
        """One WebSocket frame; anything but a new post from a person is ignored."""
        if frame.get("event") != "posted" or not isinstance(frame.get("data"), dict):
            return
        data = frame["data"]
        post = _json(data.get("post"), None)
        if not isinstance(post, dict) or not self._from_a_person(post):
            return
        post_id, channel_id, user_id = _text(post.get("id")), _text(post.get("channel_id")), _text(post.get("user_id"))
        if not (post_id and channel_id and user_id) or not self._seen.first_time(post_id):
            return
        root_id, message, team_id = _text(post.get("root_id")), _text(post.get("message")), _text(data.get("team_id"))
        mentions = _json(data.get("mentions"), [])
        if root_id:
            instruction = IncomingInstruction(
                Platform.MATTERMOST, team_id, channel_id, root_id, post_id, user_id, self._strip(message)
            )
            addressed = (isinstance(mentions, list) and self._bot_user_id in mentions) or bool(
                self._mention.search(message)
            )
            self._through_inbox(InstructionLetter(instruction, addressed))
            return
        if data.get("channel_type") == "D":
            source, text = IntakeSource.DIRECT_MESSAGE, self._strip(message)
        elif channel_id in self._feedback_channels:
            source, text = IntakeSource.CHANNEL, self._strip(message)
        elif isinstance(mentions, list) and self._bot_user_id in mentions:
            source, text = IntakeSource.MENTION, self._strip(message)
        else:
            return
        review = IncomingReview(Platform.MATTERMOST, team_id, channel_id, post_id, post_id, user_id, source, text)
        self._through_inbox(review)

    def _through_inbox(self, letter: Letter) -> None:
        """Stored in the inbox at once (one thread, a write each), then handled by a worker: an event waiting for a
        worker behind slow ones is already safe."""

        def store() -> None:
            accepted = self._inbox.accept(letter)
            if accepted is not None:
                self._submit(lambda: self._inbox.take_in(accepted))

        self._store(store)

    def _from_a_person(self, post: dict[str, Any]) -> bool:
        """A person's new message: not the bot's own, not a system message, not a webhook's or another bot's."""
        props = post.get("props")
        if not isinstance(props, dict):
            props = {}
        return (
            post.get("user_id") != self._bot_user_id
            and not post.get("type")
            and props.get("from_bot") != "true"
            and props.get("from_webhook") != "true"
        )

    def _strip(self, message: str) -> str:
        return self._mention.sub("", message).strip()
