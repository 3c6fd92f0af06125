"""The requests Mattermost itself sends to an integration: button clicks, slash commands, dialog submissions.

Payloads and the handling of answers follow server/channels/app (integration_action.go DoPostActionWithCookie,
command.go DoCommandRequest, SubmitInteractiveDialog): JSON bodies as Go marshals them, the slash command as a
sorted urlencoded form with `Authorization: Token <command token>`, and only a 200 answer counts.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import httpx2

from tests.fakes.mattermost_wire import (
    ACTION_ID_PATTERN,
    NO_PERMISSION,
    NOT_FOUND_PAGE,
    RETAINED_PROPS,
    actions,
    app_error,
    dumps,
)

if TYPE_CHECKING:
    from tests.fakes.mattermost_api import FakeMattermost

USER_AGENT = "Mattermost-Bot/1.1"
FORM = "application/x-www-form-urlencoded"
ACTION_FAILED = "api.post.do_action.action_integration.app_error"


@dataclass
class Callback:
    """What Mattermost sent to an integration and what came back.

    `status` and `body` are the integration's answer (status 0: unreachable; body parsed as JSON when it is JSON);
    `error` is the AppError the user's client would get instead of success, None when Mattermost accepted it.
    """

    kind: str
    url: str
    request: dict[str, Any]
    headers: dict[str, str]
    status: int = 0
    body: Any = None
    trigger_id: str = ""
    error: dict[str, Any] | None = None


class IntegrationCalls:
    """Sends the callbacks for a FakeMattermost and applies their answers to its store."""

    def __init__(self, fake: FakeMattermost) -> None:
        self.fake = fake

    def click(self, post_id: str, action_id: str, user_id: str, selected_option: str | None) -> Callback:
        fake = self.fake
        refused = Callback("action", "", {}, {})
        if not ACTION_ID_PATTERN.match(action_id):
            refused.error = app_error(*NOT_FOUND_PAGE, 404)  # the click route only matches [A-Za-z0-9]+ ids
            return self._record(refused)
        with fake.cond:
            post = copy.deepcopy(fake.posts.get(post_id))
            user = fake.users.get(user_id)
        if post is None or user is None:
            refused.error = app_error("app.post.get.app_error", "Unable to get the post.", 404)
            return self._record(refused)
        if user_id not in fake.members(post["channel_id"]):
            refused.error = app_error(*NO_PERMISSION, 403)
            return self._record(refused)
        action = next((a for a in actions(post) if a.get("id") == action_id), None)
        integration = action.get("integration") if action else None
        if action is None or not isinstance(integration, dict) or not integration.get("url"):
            refused.error = app_error("api.post.do_action.action_id.app_error", "Unable to find the action.", 404)
            return self._record(refused)
        channel = fake.channels[post["channel_id"]]
        trigger_id = fake.triggers.issue(user_id)
        context = copy.deepcopy(integration.get("context")) or None
        kind, data_source = str(action.get("type", "")), ""
        if kind == "select" and selected_option:
            context = {**(context or {}), "selected_option": selected_option}
            data_source = str(action.get("data_source", ""))
        request: dict[str, Any] = {
            "user_id": user_id,
            "user_name": user["username"],
            "channel_id": post["channel_id"],
            "channel_name": channel["name"],
            "team_id": channel["team_id"],
            "team_domain": fake.team_name if channel["team_id"] else "",
            "post_id": post_id,
            "trigger_id": trigger_id,
            "type": kind,
            "data_source": data_source,
        }
        if context:
            request["context"] = context
        callback = self._send("action", str(integration["url"]), dumps(request), request, "application/json")
        callback.trigger_id = trigger_id
        if callback.error is None and callback.body is not None and not isinstance(callback.body, dict):
            callback.error = app_error(ACTION_FAILED, "Unable to decode the integration's answer.", 400)
        if callback.error is None and isinstance(callback.body, dict):
            self._apply_action_answer(post, user_id, callback.body)
        return self._record(callback)

    def _apply_action_answer(self, post: dict[str, Any], user_id: str, answer: dict[str, Any]) -> None:
        fake, update = self.fake, answer.get("update")
        if isinstance(update, dict):
            props = update.get("props")
            if isinstance(props, dict):
                props = dict(props)
                for key in RETAINED_PROPS:
                    if key in post["props"]:
                        props[key] = post["props"][key]
                    else:
                        props.pop(key, None)
            else:
                props = None  # no props in the update: the post keeps its own
            updated = fake.update_post(post["id"], str(update.get("message", "")), props)
            fake.broadcast(fake.edited_event(updated))
        text = answer.get("ephemeral_text")
        if isinstance(text, str) and text:
            root_id = post["root_id"] or post["id"]
            ephemeral = fake.add_ephemeral(user_id, post["channel_id"], text, root_id, user_id)
            fake.broadcast(fake.ephemeral_event(user_id, ephemeral))

    def slash_command(self, url: str, token: str, text: str, user_id: str, channel_id: str, command: str) -> Callback:
        fake = self.fake
        channel, user = fake.channels[channel_id], fake.users[user_id]
        trigger_id = fake.triggers.issue(user_id)
        hook_id = fake.new_command_hook(user_id, channel_id)
        form = {
            "channel_id": channel_id,
            "channel_name": channel["name"],
            "command": command,
            "response_url": f"{fake.root}/hooks/commands/{hook_id}",
            "team_domain": fake.team_name,
            "team_id": fake.team_id,
            "text": text,
            "token": token,
            "trigger_id": trigger_id,
            "user_id": user_id,
            "user_name": user["username"],
        }
        extra = {"Authorization": f"Token {token}"}
        callback = self._send("command", url, urlencode(sorted(form.items())), form, FORM, extra)
        callback.trigger_id = trigger_id
        if callback.error is not None:
            callback.error["id"] = "api.command.execute_command.failed.app_error"
        elif callback.body is not None:
            answer = callback.body if isinstance(callback.body, dict) else {"text": str(callback.body)}
            fake.broadcast(*(fake.command_response(hook_id, answer) or []))
        return self._record(callback)

    def submit_dialog(
        self,
        url: str,
        callback_id: str,
        state: str,
        submission: dict[str, Any],
        user_id: str,
        channel_id: str,
        cancelled: bool,
    ) -> Callback:
        channel = self.fake.channels[channel_id]
        request = {
            "type": "dialog_submission",
            "callback_id": callback_id,
            "state": state,
            "user_id": user_id,
            "channel_id": channel_id,
            "team_id": channel["team_id"],
            "submission": submission,
            "cancelled": cancelled,
        }
        return self._record(self._send("dialog", url, dumps(request), request, "application/json"))

    def _send(
        self,
        kind: str,
        url: str,
        content: str,
        request: dict[str, Any],
        content_type: str,
        extra: dict[str, str] | None = None,
    ) -> Callback:
        headers = {"Content-Type": content_type, "Accept": "application/json", "User-Agent": USER_AGENT}
        headers.update(extra or {})
        callback = Callback(kind, url, request, headers)
        try:
            response = httpx2.post(
                url, content=content.encode(), headers=headers, timeout=self.fake.integration_timeout
            )
        except httpx2.HTTPError as failure:
            callback.error = app_error(ACTION_FAILED, f"err={failure}", 400)
            return callback
        callback.status = response.status_code
        callback.body = _decode(response.text)
        if response.status_code != 200:
            callback.error = app_error(ACTION_FAILED, f"status={response.status_code}", 400)
        return callback

    def _record(self, callback: Callback) -> Callback:
        with self.fake.cond:
            self.fake.callbacks.append(callback)
            self.fake.cond.notify_all()
        return callback


def _decode(text: str) -> Any:
    """An answer as JSON when it parses, else as text; None when empty."""
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text
