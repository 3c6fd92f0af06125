"""The HTTP endpoints Mattermost calls: button and menu clicks, dialog submissions, the `/plume` slash command.

Clicks carry a signed context (signing.py); the slash command carries MATTERMOST_COMMAND_TOKEN. Answers are JSON
as Mattermost expects them: `ephemeral_text` for a click, `errors` for a dialog, `text` for a command. A wrong
token or signature gets 401, a malformed request 400, and neither changes anything.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from bot.actions import ActionDispatcher
from bot.audit import parse_period
from bot.domain import Platform, ReviewForm
from bot.intake import Intake
from bot.ports.chat import ActionKind
from bot.service import PlumeService
from handlers.mattermost import dialogs, phrases
from handlers.mattermost.chat import MattermostChat
from handlers.mattermost.client import MattermostClient, MattermostError
from handlers.mattermost.leads import SETTINGS, LeadCommands
from handlers.mattermost.pin_dialog import submitted_conversation
from handlers.mattermost.signing import PIN, pinned_conversation, state_matches, verified_action

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

log = logging.getLogger(__name__)

ACTIONS_PATH = "/mattermost/actions"
DIALOGS_PATH = "/mattermost/dialogs"
COMMAND_PATH = "/mattermost/command"
MAX_BODY = 1_000_000
_HELP_WORDS = frozenset({"aide", "help", "?"})
_SETTINGS_WORDS = frozenset({"réglages", "reglages", "réglage", "reglage"})

WsgiApp = Callable[["WSGIEnvironment", "StartResponse"], Iterable[bytes]]


class Refused(Exception):
    """A request answered with an error status and nothing done."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


BAD_REQUEST, UNAUTHORIZED = "400 Bad Request", "401 Unauthorized"


@dataclass(frozen=True)
class Callbacks:
    """What the endpoints act on, and the secrets that prove a request came from Mattermost."""

    dispatcher: ActionDispatcher
    intake: Intake
    service: PlumeService
    chat: MattermostChat
    client: MattermostClient
    key: bytes
    command_token: str
    dialogs_url: str
    leads: LeadCommands

    def on_action(self, body: dict[str, Any]) -> dict[str, Any]:
        """A click: the signed action, performed for the clicker; their notices come back as `ephemeral_text`."""
        context = body.get("context")
        if isinstance(context, dict) and PIN in context:
            return self._pin_clicked(context, _field(body, "user_id"), _field(body, "trigger_id"))
        action = verified_action(self.key, context)
        if action is None:
            log.warning("Mattermost action with a missing or forged signature refused")
            raise Refused(UNAUTHORIZED)
        user_id, trigger_id = _field(body, "user_id"), _field(body, "trigger_id")
        if not user_id:
            raise Refused(BAD_REQUEST)
        with self.chat.answering(user_id) as notices:
            target = self.dispatcher.perform(action, user_id)
            if target is not None and action.kind is ActionKind.EDIT:  # at once: the trigger id lives ~3 s
                opened = self._open(trigger_id, dialogs.edit_dialog(self.key, target.revision_id, target.text))
                notices.extend([] if opened else [phrases.DIALOG_UNAVAILABLE])
        answer: dict[str, Any] = {"ephemeral_text": "\n\n".join(notices)} if notices else {}
        if action.kind is ActionKind.CONFIRM_FIRST_PART:  # agreed: the offer loses its button
            answer["update"] = {"message": phrases.FIRST_PART_AGREED, "props": {"attachments": []}}
        return answer

    def on_dialog(self, body: dict[str, Any]) -> dict[str, Any]:
        """A dialog submitted: the review form, an agent's edit (its state, signed, names the revision), a
        channel's settings (its state signs the channel and the lead) or a réponse type's title (its state signs
        the conversation and the lead)."""
        if body.get("cancelled") is True:
            return {}
        submission = body.get("submission")
        user_id, channel_id = _field(body, "user_id"), _field(body, "channel_id")
        if not isinstance(submission, dict) or not user_id:
            raise Refused(BAD_REQUEST)
        callback_id = body.get("callback_id")
        if callback_id == dialogs.EDIT:
            state = _json(body.get("state"))
            action = verified_action(self.key, state)
            if action is None or action.kind is not ActionKind.EDIT:
                raise Refused(UNAUTHORIZED)
            text = dialogs.edited_text(state, submission)
            if not text.strip():
                return {"errors": {"draft": phrases.EMPTY_FIELD}}
            self.service.save_edit(action.target_id, user_id, text)
            return {}
        if callback_id == SETTINGS and channel_id:
            if not state_matches(self.key, body.get("state"), SETTINGS, channel_id, user_id):
                raise Refused(UNAUTHORIZED)
            return self.leads.save_settings(user_id, channel_id, submission)
        if callback_id == PIN:
            conversation_id = submitted_conversation(self.key, body.get("state"), user_id)
            if conversation_id is None:
                raise Refused(UNAUTHORIZED)
            return self.leads.save_pin(user_id, conversation_id, submission)
        if callback_id == dialogs.REVIEW and channel_id:
            if not state_matches(self.key, body.get("state"), dialogs.REVIEW, channel_id, user_id):
                raise Refused(UNAUTHORIZED)
            text = _field(submission, "text")
            if not text.strip():
                return {"errors": {"text": phrases.EMPTY_FIELD}}
            form = ReviewForm(
                platform=Platform.MATTERMOST,
                team_id=_field(body, "team_id"),
                channel_id=channel_id,
                user_id=user_id,
                service=_field(submission, "service"),
                feeling=phrases.FEELING_WORDS.get(_field(submission, "feeling"), ""),
                title=_field(submission, "title"),
                text=text,
            )
            self.intake.receive_form(form)
            return {}
        raise Refused(BAD_REQUEST)

    def _pin_clicked(self, context: dict[str, Any], user_id: str, trigger_id: str) -> dict[str, Any]:
        """« 📌 Enregistrer comme réponse type »: the title dialog for a team lead, a note for anyone else."""
        conversation_id = pinned_conversation(self.key, context)
        if conversation_id is None:
            log.warning("Mattermost pin click with a missing or forged signature refused")
            raise Refused(UNAUTHORIZED)
        if not user_id:
            raise Refused(BAD_REQUEST)
        dialog = self.leads.pin_dialog(user_id, conversation_id)
        if isinstance(dialog, str):
            return {"ephemeral_text": dialog}
        return {} if self._open(trigger_id, dialog) else {"ephemeral_text": phrases.DIALOG_UNAVAILABLE}

    def on_command(self, form: dict[str, str], authorization: str) -> dict[str, Any]:
        """`/plume` opens the review form; `/plume <texte d'un avis>` takes that text as a review; `/plume aide`
        shows the help; team leads: `/plume audit [7j|30j|90j]`, `/plume tableau [7j|30j|90j]` and
        `/plume réglages`."""
        token = form.get("token") or authorization.removeprefix("Token ").strip()
        if not self.command_token or not hmac.compare_digest(token.encode(), self.command_token.encode()):
            log.warning("Mattermost slash command with a wrong token refused")
            raise Refused(UNAUTHORIZED)
        words = form.get("text", "").split()
        if not words:
            dialog = dialogs.review_dialog(self.key, form.get("channel_id", ""), form.get("user_id", ""))
            if not self._open(form.get("trigger_id", ""), dialog):
                return _ephemeral(phrases.DIALOG_UNAVAILABLE)
            return {}
        name, user_id, channel_id = words[0].lower(), form.get("user_id", ""), form.get("channel_id", "")
        if name in _HELP_WORDS:  # lead-only commands are listed to team leads only
            return _ephemeral(phrases.HELP + (phrases.LEAD_HELP if self.leads.audit.is_lead(user_id) else ""))
        if name == "audit":
            days = parse_period(" ".join(words[1:]))
            if days is None:
                return _ephemeral(phrases.AUDIT_PERIOD_HELP)
            return _ephemeral(self.leads.start_export(user_id, days))
        if name == "tableau":
            days = parse_period(" ".join(words[1:]))
            if days is None:
                return _ephemeral(phrases.AUDIT_PERIOD_HELP)
            return _ephemeral(self.leads.start_dashboard(user_id, days))
        if name in _SETTINGS_WORDS:
            settings = self.leads.settings_dialog(user_id, channel_id, form.get("channel_name", ""))
            if isinstance(settings, str):
                return _ephemeral(settings)
            opened = self._open(form.get("trigger_id", ""), settings)
            return {} if opened else _ephemeral(phrases.DIALOG_UNAVAILABLE)
        if len(words) > 1 and channel_id:  # a review, as if typed in the form
            text = form.get("text", "")
            self.intake.receive_form(
                ReviewForm(Platform.MATTERMOST, form.get("team_id", ""), channel_id, user_id, "", "", "", text)
            )
            return {}
        return _ephemeral(phrases.UNKNOWN_SUBCOMMAND.format(name=words[0][:40]))

    def _open(self, trigger_id: str, dialog: dict[str, Any]) -> bool:
        if not trigger_id:
            return False
        try:
            self.client.open_dialog(trigger_id, self.dialogs_url, dialog)
        except MattermostError as error:
            log.warning("dialog not opened (%s)", type(error).__name__)
            return False
        return True


def wsgi_app(callbacks: Callbacks) -> WsgiApp:
    """Route the three Mattermost paths; anything else is 404."""

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if path not in (ACTIONS_PATH, DIALOGS_PATH, COMMAND_PATH):
            return _answer(start_response, "404 Not Found", {"error": "not found"})
        if method != "POST":
            return _answer(start_response, "405 Method Not Allowed", {"error": "POST only"})
        try:
            raw = _body(environ)
            if path == COMMAND_PATH:
                form = {key: values[0] for key, values in parse_qs(raw.decode("utf-8", "replace")).items()}
                answer = callbacks.on_command(form, str(environ.get("HTTP_AUTHORIZATION", "")))
            else:
                body = _json(raw.decode("utf-8", "replace"))
                if not isinstance(body, dict):
                    raise Refused(BAD_REQUEST)
                answer = callbacks.on_action(body) if path == ACTIONS_PATH else callbacks.on_dialog(body)
        except Refused as refused:
            return _answer(start_response, refused.status, {"error": refused.status[4:].lower()})
        except Exception as error:  # the type only: a message could quote what a person wrote
            log.error("Mattermost callback %s failed (%s)", path, type(error).__name__)
            return _answer(start_response, "500 Internal Server Error", {"error": "internal error"})
        return _answer(start_response, "200 OK", answer)

    return application


def _body(environ: WSGIEnvironment) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refused(BAD_REQUEST) from None
    if length < 0 or length > MAX_BODY:
        raise Refused(BAD_REQUEST)
    data: bytes = environ["wsgi.input"].read(length)
    return data


def _answer(start_response: StartResponse, status: str, body: dict[str, Any]) -> list[bytes]:
    data = json.dumps(body, ensure_ascii=False).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def _ephemeral(text: str) -> dict[str, Any]:
    return {"response_type": "ephemeral", "text": text}


def _field(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    return value if isinstance(value, str) else ""


def _json(value: object) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None
