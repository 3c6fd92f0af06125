"""What the audit needs from Slack besides messages: the workspace URL, user-group members, a file in a DM."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

_GROUP_ID = re.compile(r"S[A-Z0-9]{2,}")


class SlackWorkspace:
    def __init__(self, client: WebClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._url: str | None = None

    def url(self) -> str | None:
        """The workspace's URL (auth.test), asked once: permalinks are built from it, never one call per row."""
        with self._lock:
            if self._url is None:
                try:
                    self._url = str(self._client.auth_test().get("url") or "")
                except SlackApiError as error:
                    log.warning("auth.test failed (%s): exports go without permalinks", error.response.get("error"))
                    return None
            return self._url or None

    def usergroup_members(self, group: str) -> frozenset[str]:
        """Members of a user group given by id (S…) or handle (with or without @); raises if Slack cannot say."""
        if _GROUP_ID.fullmatch(group):
            return frozenset(self._client.usergroups_users_list(usergroup=group).get("users") or [])
        handle = group.removeprefix("@")
        for found in self._client.usergroups_list(include_users=True).get("usergroups") or []:
            if found.get("handle") == handle or found.get("id") == handle:
                return frozenset(found.get("users") or [])
        raise LookupError(f"no user group with handle {handle}")

    def send_file(self, user_id: str, path: Path, filename: str, title: str, comment: str) -> None:
        """Upload a file into the direct message between Plume and `user_id`."""
        channel = self._client.conversations_open(users=user_id)["channel"]["id"]
        self._client.files_upload_v2(
            channel=channel, file=str(path), filename=filename, title=title, initial_comment=comment
        )
