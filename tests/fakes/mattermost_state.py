"""The fake Mattermost's data and what the server does with it: users, channels, posts, files, events.

Shared by the REST handlers (on the server's loop) and the test helpers (on the test's thread); every change
happens under `cond`, which also wakes the helpers that wait for something to happen.
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.mattermost_wire import (
    MAX_MESSAGE_RUNES,
    TriggerIds,
    channel_json,
    dumps,
    event,
    for_client,
    generate_action_ids,
    new_id,
    now_ms,
    post_json,
    user_json,
)


@dataclass
class StoredFile:
    """An upload: its FileInfo (post_id set once a post uses it) and its bytes."""

    info: dict[str, Any]
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass
class MattermostState:
    """One team of a Mattermost server, with its bot account (`bot_user_id`, token `bot_token`) from the start.

    `trigger_ttl` is how long a trigger id stays valid (3 s up to Mattermost 9, then
    ServiceSettings.OutgoingIntegrationRequestsTimeout, 30 s by default). `ephemeral_allowed=False` models a bot
    without the create_post_ephemeral permission, which a stock server gives to system admins only.
    """

    bot_username: str = "plume"
    bot_token: str = "plume-bot-token"
    team_name: str = "administration"
    team_display_name: str = "Administration"
    trigger_ttl: float = 3.0
    ephemeral_allowed: bool = True
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    ephemerals: list[dict[str, Any]] = field(default_factory=list)
    dialogs: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, StoredFile] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.cond = threading.Condition()
        self._tokens: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        self._command_hooks: dict[str, dict[str, Any]] = {}
        self.team_id = new_id()
        self.bot_user_id = self.add_user(self.bot_username, token=self.bot_token, is_bot=True)
        self.triggers = TriggerIds(self.trigger_ttl)

    # -- the scene -----------------------------------------------------------------------------------------------

    def add_user(
        self,
        username: str,
        *,
        first_name: str = "",
        last_name: str = "",
        token: str | None = None,
        is_bot: bool = False,
    ) -> str:
        """A person (or bot) of the team; with `token`, it can call the API and open WebSockets too."""
        user_id = new_id()
        with self.cond:
            self.users[user_id] = user_json(
                user_id, username, is_bot=is_bot, first_name=first_name, last_name=last_name
            )
            if token:
                self._tokens[token] = user_id
        return user_id

    def add_channel(
        self,
        name: str,
        display_name: str = "",
        *,
        kind: str = "O",
        members: Iterable[str] = (),
        bot_member: bool = True,
    ) -> str:
        """A team channel ("O" public, "P" private); the bot is a member unless `bot_member=False`."""
        channel_id = new_id()
        with self.cond:
            channel = channel_json(channel_id, name, display_name or name, kind, self.team_id, self.bot_user_id)
            self.channels[channel_id] = channel
            self._members[channel_id] = set(members) | ({self.bot_user_id} if bot_member else set())
        return channel_id

    def direct_channel(self, user_a: str, user_b: str) -> str:
        """The DM channel between two users (type "D", named "<id>__<id>"), created on first use."""
        name = "__".join(sorted((user_a, user_b)))
        with self.cond:
            for channel in self.channels.values():
                if channel["type"] == "D" and channel["name"] == name:
                    return str(channel["id"])
            channel_id = new_id()
            self.channels[channel_id] = channel_json(channel_id, name, "", "D", "", user_a)
            self._members[channel_id] = {user_a, user_b}
        return channel_id

    def user_for_token(self, token: str) -> str | None:
        with self.cond:
            return self._tokens.get(token)

    def members(self, channel_id: str) -> set[str]:
        with self.cond:
            return set(self._members.get(channel_id, ()))

    # -- reading the store ---------------------------------------------------------------------------------------

    def post(self, post_id: str) -> dict[str, Any]:
        """A stored post as the server keeps it (action integrations included), copied."""
        with self.cond:
            return copy.deepcopy(self.posts[post_id])

    def thread(self, root_id: str) -> list[dict[str, Any]]:
        """The root post then its replies, oldest first."""
        with self.cond:
            found = [p for p in self.posts.values() if root_id in (p["id"], p["root_id"])]
            return copy.deepcopy(sorted(found, key=lambda p: (p["root_id"] != "", p["create_at"])))

    def channel_posts(self, channel_id: str) -> list[dict[str, Any]]:
        """The channel's posts, oldest first."""
        with self.cond:
            return copy.deepcopy([p for p in self.posts.values() if p["channel_id"] == channel_id])

    # -- what the server does, shared by the REST handlers and the helpers above ----------------------------------

    def create_post(
        self,
        user_id: str,
        channel_id: str,
        message: str,
        root_id: str,
        props: dict[str, Any],
        file_ids: list[str],
        **fields: Any,
    ) -> tuple[dict[str, Any] | None, tuple[int, str, str] | None]:
        """App.CreatePost: (the stored post, None) or (None, (status, error id, message))."""
        with self.cond:
            if channel_id not in self.channels or user_id not in self._members.get(channel_id, ()):
                return None, (403, "api.context.permissions.app_error", "You do not have the appropriate permissions.")
            root = self.posts.get(root_id) if root_id else None
            if root_id and (root is None or root["channel_id"] != channel_id or root["root_id"]):
                return None, (400, "api.post.create_post.root_id.app_error", "Invalid RootId parameter.")
            if len(message) > MAX_MESSAGE_RUNES:
                return None, (400, "model.post.is_valid.message_length.app_error", "Post Message property is too long")
            post = post_json(new_id(), user_id, channel_id, message, root_id, props=copy.deepcopy(props), **fields)
            if self.users[user_id]["is_bot"]:
                post["props"]["from_bot"] = "true"
            generate_action_ids(post)
            self._attach_files(post, user_id, channel_id, file_ids)
            if root is not None:
                root["reply_count"] += 1
                root["last_reply_at"] = post["create_at"]
                post["reply_count"] = root["reply_count"]
            self.posts[post["id"]] = post
            self.channels[channel_id]["last_post_at"] = post["create_at"]
            self.channels[channel_id]["total_msg_count"] += 1
            self.cond.notify_all()
            return post, None

    def _attach_files(self, post: dict[str, Any], user_id: str, channel_id: str, file_ids: list[str]) -> None:
        """Files the poster uploaded to this channel and not yet used are attached; others are silently dropped."""
        attached = []
        for file_id in file_ids:
            info = self.files[file_id].info if file_id in self.files else None
            if info and info["user_id"] == user_id and info["channel_id"] == channel_id and not info["post_id"]:
                info["post_id"] = post["id"]
                attached.append(info)
        if attached:
            post["file_ids"] = [info["id"] for info in attached]
            post["metadata"]["files"] = copy.deepcopy(attached)

    def update_post(self, post_id: str, message: str, props: dict[str, Any] | None) -> dict[str, Any]:
        """App.UpdatePost: edit_at moves when the text or the attachments change; props None keeps them."""
        with self.cond:
            post = self.posts[post_id]
            before = copy.deepcopy(post)
            post["message"] = message
            if props is not None:
                post["props"] = copy.deepcopy(props)
                generate_action_ids(post)
            stamp = now_ms()
            attachments_changed = before["props"].get("attachments") != post["props"].get("attachments")
            if message != before["message"] or attachments_changed:
                post["edit_at"] = stamp
            post["update_at"] = stamp
            self.cond.notify_all()
            return copy.deepcopy(post)

    def store_file(self, info: dict[str, Any], data: bytes) -> None:
        with self.cond:
            self.files[info["id"]] = StoredFile(info, data)
            self.cond.notify_all()

    def open_dialog(self, user_id: str, request: dict[str, Any]) -> dict[str, Any]:
        """App.OpenInteractiveDialog once the trigger id checked out: record it; the event for the user's clients."""
        with self.cond:
            self.dialogs.append({"user_id": user_id, **copy.deepcopy(request)})
            self.cond.notify_all()
        shown = {**request, "trigger_id": self.triggers.client_id(str(request.get("trigger_id", "")))}
        return event("open_dialog", {"dialog": dumps(shown)}, user_id=user_id)

    def new_command_hook(self, user_id: str, channel_id: str) -> str:
        """The response_url of one slash command run: usable 5 times (App.HandleCommandWebhook)."""
        hook_id = new_id()
        with self.cond:
            self._command_hooks[hook_id] = {"user_id": user_id, "channel_id": channel_id, "uses": 0}
        return hook_id

    def command_response(self, hook_id: str, response: dict[str, Any]) -> list[dict[str, Any]] | None:
        """A slash command's answer (direct or via its response_url): an in_channel post, or an ephemeral.

        None when the hook is unknown or used up; else the events to send.
        """
        with self.cond:
            hook = self._command_hooks.get(hook_id)
            if hook is None or hook["uses"] >= 5:
                return None
            hook["uses"] += 1
        frames: list[dict[str, Any]] = []
        text = str(response.get("text") or "")
        attachments = response.get("attachments")
        if response.get("response_type") == "in_channel":
            props: dict[str, Any] = dict(response["props"]) if isinstance(response.get("props"), dict) else {}
            props["from_webhook"] = "true"
            if isinstance(attachments, list):
                props["attachments"] = attachments
            post, _ = self.create_post(hook["user_id"], hook["channel_id"], text, "", props, [])
            if post is not None:
                frames.append(self.posted_event(post))
        elif text:
            ephemeral = self.add_ephemeral(hook["user_id"], hook["channel_id"], text, "", hook["user_id"])
            frames.append(self.ephemeral_event(hook["user_id"], ephemeral))
        return frames

    def add_ephemeral(
        self, user_id: str, channel_id: str, message: str, root_id: str, author_id: str
    ) -> dict[str, Any]:
        """App.SendEphemeralPost: shown to `user_id` only, never stored as a post."""
        post = post_json(new_id(), author_id, channel_id, message, root_id, type="system_ephemeral")
        with self.cond:
            self.ephemerals.append({"user_id": user_id, "post": post})
            self.cond.notify_all()
        return post

    def posted_event(self, post: dict[str, Any]) -> dict[str, Any]:
        """The `posted` event App.SendNotifications publishes to the channel's members."""
        with self.cond:
            channel = self.channels[post["channel_id"]]
            members = self._members[post["channel_id"]]
            sender = self.users[post["user_id"]]["username"]
            mentioned = [uid for uid in self._mentioned(post["message"]) if uid in members]
            if channel["type"] == "D":
                mentioned += [uid for uid in members if uid not in mentioned]
            mentioned = [uid for uid in mentioned if uid != post["user_id"]]
        data: dict[str, Any] = {
            "channel_display_name": f"@{sender}" if channel["type"] == "D" else channel["display_name"],
            "channel_name": channel["name"],
            "channel_type": channel["type"],
            "post": dumps(for_client(post)),
            "sender_name": f"@{sender}",
            "set_online": True,
            "team_id": channel["team_id"],
        }
        if mentioned:
            data["mentions"] = dumps(mentioned)
        return event("posted", dict(sorted(data.items())), channel_id=post["channel_id"])

    def edited_event(self, post: dict[str, Any]) -> dict[str, Any]:
        return event("post_edited", {"post": dumps(for_client(post))}, channel_id=post["channel_id"])

    def ephemeral_event(self, user_id: str, post: dict[str, Any]) -> dict[str, Any]:
        return event("ephemeral_message", {"post": dumps(post)}, user_id=user_id, channel_id=post["channel_id"])

    def _mentioned(self, message: str) -> list[str]:
        """As the server's mention parser does, ignoring code (fenced blocks and inline code)."""
        message = re.sub(r"(`{3,})[^\n]*\n.*?\n\1|`[^`\n]+`", "", message, flags=re.DOTALL)
        words = {word.rstrip("._-") for word in re.findall(r"@([a-z0-9._-]+)", message.lower())}
        words |= set(re.findall(r"@([a-z0-9._-]+)", message.lower()))
        return [uid for uid, user in self.users.items() if user["username"] in words]
