"""The REST calls Plume makes to Mattermost, on mattermostautodriver (no retries of its own: the core retries)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from mattermostautodriver import TypedDriver
from mattermostautodriver.exceptions import MattermostError, TooManyRequests

from handlers.mattermost.render import Post

__all__ = ["MattermostClient", "MattermostError", "TooManyRequests", "driver_options"]

log = logging.getLogger(__name__)
T = TypeVar("T")


def driver_options(server_url: str, token: str, *, timeout: float = 10.0) -> dict[str, Any]:
    """mattermostautodriver's options for a server base URL such as https://chat.example.org[:port] (the driver
    serves no path prefix)."""
    parts = urlsplit(server_url)
    scheme = parts.scheme or "https"
    port = parts.port or (443 if scheme == "https" else 80)
    return {
        "url": parts.hostname or "",
        "port": port,
        "scheme": scheme,
        "token": token,
        "timeout": timeout,
        "max_retries": 0,
        "verify": True,
    }


class MattermostClient:
    """A thin, typed face of the driver: each method is one REST call and returns Mattermost's JSON."""

    def __init__(self, driver: TypedDriver, *, max_rate_wait: float = 5.0) -> None:
        self._driver = driver
        self._me: dict[str, Any] | None = None
        self._max_rate_wait = max_rate_wait

    def _rate_limited(self, call: Callable[[], T]) -> T:
        """Once more after the server's Retry-After (at most `max_rate_wait` s): a 429 request was not processed,
        so repeating it posts nothing twice; any further failure goes to the core, which retries on its own."""
        try:
            return call()
        except TooManyRequests as limited:
            wait = min(self._max_rate_wait, limited.retry_after or 1.0)
            log.info("Mattermost rate limit reached; trying again in %.1f s", wait)
            time.sleep(wait)
            return call()

    @classmethod
    def connect(cls, server_url: str, token: str) -> MattermostClient:
        """A client logged in with the bot's token (login() sets the Bearer header and checks the token)."""
        driver = TypedDriver(driver_options(server_url, token))
        client = cls(driver)
        client._me = dict(driver.login())
        return client

    def close(self) -> None:
        self._driver.close()

    def me(self) -> dict[str, Any]:
        if self._me is None:
            self._me = dict(self._driver.users.get_user("me"))
        return self._me

    def get_user(self, user_id: str) -> dict[str, Any]:
        return dict(self._driver.users.get_user(user_id))

    def create_post(self, channel_id: str, post: Post, root_id: str = "", *, file_ids: list[str] | None = None) -> str:
        """Post in a channel, or in the thread of `root_id`, with uploaded files attached; the new post's id."""
        created = self._rate_limited(
            lambda: self._driver.posts.create_post(
                channel_id=channel_id,
                message=post.message,
                root_id=root_id or None,
                file_ids=file_ids or None,
                props=post.props or None,
            )
        )
        return str(created["id"])

    def patch_post(self, post_id: str, post: Post) -> None:
        """Replace a post's text and its attachments (props given) or keep its props (none given)."""
        props: Any = post.props if post.props else None
        self._rate_limited(lambda: self._driver.posts.patch_post(post_id, message=post.message, props=props))

    def get_post(self, post_id: str) -> dict[str, Any]:
        return dict(self._driver.posts.get_post(post_id))

    def get_channel(self, channel_id: str) -> dict[str, Any]:
        """A channel's JSON: its `type` ("O", "P", "D" for a DM, "G" for a group DM), name and display name."""
        return dict(self._driver.channels.get_channel(channel_id))

    def direct_channel(self, user_id: str) -> str:
        """The id of the direct-message channel between the bot and `user_id` (created on first use)."""
        channel = self._driver.channels.create_direct_channel([str(self.me()["id"]), user_id])
        return str(channel["id"])

    def open_dialog(self, trigger_id: str, url: str, dialog: dict[str, Any]) -> None:
        """Open an interactive dialog; call it at once, the trigger id lives about 3 seconds."""
        self._driver.integration_actions.open_interactive_dialog(trigger_id, url, dialog)

    def upload_file(self, channel_id: str, name: str, data: bytes, mime_type: str) -> str:
        """Upload a file to a channel (to attach to a post with `file_ids`); its file id."""
        answer = self._driver.files.upload_file(files=(name, data, mime_type), channel_id=channel_id)
        return str(answer["file_infos"][0]["id"])


class MattermostUnavailable(Exception):
    """Mattermost refused the bot's token, or did not answer at MATTERMOST_URL."""


def connect_mattermost(server_url: str, token: str) -> MattermostClient:
    """Logged in with the bot's token, or MattermostUnavailable naming only the kind of failure."""
    try:
        return MattermostClient.connect(server_url, token)
    except Exception as error:  # the library's own errors, or the network's; the message may hold the URL only
        raise MattermostUnavailable(type(error).__name__) from None
