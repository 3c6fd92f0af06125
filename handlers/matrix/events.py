"""Room events, decrypted, turned into what the core does: a review, a refinement, a text command, a reaction.

Ways in: a top-level message in a review room, a message mentioning the bot, a message in a room the bot shares
with one person. In a thread, `!modele <nom>`, `!modifier <texte>` and `!plume aide` are commands; any other
reply refines the draft. Team leads' `!plume …` commands (audit, tableau, réponse-type, réglages) work there too,
and at the top level of a room. Reviews and instructions go through the inbox (stored sealed, then handled): one whose
handling fails is handled again from there, although the sync token moves on. A reaction acts when the bot put the
same one under that message: the bot's reaction says which action it stands for (render.py). Only users of the
allowed homeservers act; the bot ignores itself.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.core import Core
from bot.domain import IncomingInstruction, IncomingReview, IntakeSource, Platform
from bot.inbox_letters import InstructionLetter
from bot.models.registry import ModelChoice
from bot.ports.chat import Action, ActionKind, NoticeRoute, Place
from bot.team_leads import Access, AccessRefused
from handlers.matrix import phrases, render
from handlers.matrix.chat import MatrixChat
from handlers.matrix.leads import LeadAudit
from handlers.matrix.phrases import french
from handlers.matrix.render import Block
from handlers.matrix.room_settings import COMMAND_WORDS, room_settings

log = logging.getLogger(__name__)

PIN_COMMAND = "réponse-type"
_COMMAND = re.compile(r"^!(\w+)\s*(.*)$", re.DOTALL)
_REPLY_FALLBACK = re.compile(r"^(?:>[^\n]*\n)+\n?")


@dataclass(frozen=True)
class RoomEvent:
    """One event of a room's timeline, decrypted; `direct` when the room holds the bot and one person only."""

    room_id: str
    event_id: str
    sender: str
    type: str
    content: dict[str, Any] = field(repr=False)
    direct: bool = False


def server_of(user_id: str) -> str:
    """The homeserver name of a Matrix user id (`@alice:agents.tchap.gouv.fr` → `agents.tchap.gouv.fr`)."""
    return user_id.partition(":")[2]


BotReactions = Callable[[str, str], list[dict[str, Any]]]
"""The contents of the bot's own reactions under an event (room id, event id)."""


class MatrixEvents:
    """What to do with each room event; `handle` blocks (spaCy, SQL, the homeserver) and runs on a worker."""

    def __init__(
        self,
        core: Core,
        chat: MatrixChat,
        bot_reactions: BotReactions,
        *,
        bot_user_id: str,
        bot_name: str,
        review_rooms: frozenset[str],
        allowed_servers: frozenset[str],
        choices: Sequence[ModelChoice],
        leads: LeadAudit | None = None,
    ) -> None:
        self._leads = leads
        self._core = core
        self._chat = chat
        self._bot_reactions = bot_reactions
        self._bot = bot_user_id
        names = [re.escape(bot_user_id), re.escape(bot_name)] if bot_name else [re.escape(bot_user_id)]
        self._mention = re.compile(rf"^\s*@?(?:{'|'.join(names)})\s*[:,]?\s*", re.IGNORECASE)
        self._review_rooms = review_rooms
        self._allowed = allowed_servers
        self._choices = tuple(choices)

    def handle(self, event: RoomEvent) -> None:
        if event.sender == self._bot or server_of(event.sender) not in self._allowed:
            return
        if event.type == "m.reaction":
            self._reaction(event)
        elif event.type == "m.room.message" and event.content.get("msgtype") == "m.text":
            self._message(event)

    def _message(self, event: RoomEvent) -> None:
        relation = event.content.get("m.relates_to")
        relation = relation if isinstance(relation, dict) else {}
        if relation.get("rel_type") == "m.replace":
            return  # an edit of a message already handled
        body = event.content.get("body")
        text = _REPLY_FALLBACK.sub("", body) if isinstance(body, str) else ""
        if relation.get("rel_type") == "m.thread" and isinstance(relation.get("event_id"), str):
            self._in_thread(event, relation["event_id"], text.strip())
            return
        mentioned = self._bot in _mentioned(event.content) or bool(self._mention.match(text))
        if event.direct:
            source = IntakeSource.DIRECT_MESSAGE
        elif event.room_id in self._review_rooms:
            source = IntakeSource.CHANNEL
        elif mentioned:
            source = IntakeSource.MENTION
        else:
            return
        text = self._mention.sub("", text, count=1).strip() if mentioned else text.strip()
        if _COMMAND.match(text):
            place = Place(Platform.MATRIX, event.room_id, event.event_id)
            self._command(place, event.sender, text, direct=event.direct)
            return
        review = IncomingReview(
            Platform.MATRIX, "", event.room_id, event.event_id, event.event_id, event.sender, source, text
        )
        self._core.inbox.receive(review)

    def _in_thread(self, event: RoomEvent, root_id: str, text: str) -> None:
        place = Place(Platform.MATRIX, event.room_id, root_id)
        if _COMMAND.match(text):
            self._command(place, event.sender, text, direct=event.direct)
            return
        mentioned = self._bot in _mentioned(event.content) or bool(self._mention.match(text))
        text = self._mention.sub("", text, count=1).strip() if mentioned else text
        instruction = IncomingInstruction(
            Platform.MATRIX, "", event.room_id, root_id, event.event_id, event.sender, text
        )
        self._core.inbox.receive(InstructionLetter(instruction, mentioned))

    def _command(self, place: Place, user_id: str, text: str, *, direct: bool = False) -> None:
        matched = _COMMAND.match(text)
        assert matched is not None
        name, argument = matched.group(1).lower(), matched.group(2).strip()
        if name in ("modele", "modèle"):
            self._switch_model(place, user_id, argument)
        elif name == "modifier":
            self._edit(place, user_id, argument)
        elif name == "plume" and argument.split()[:1] == ["audit"] and self._leads is not None:
            self._leads.command(place, user_id, argument.removeprefix("audit").strip())
        elif name == "plume" and argument.split()[:1] == ["tableau"] and self._leads is not None:
            self._leads.dashboard(place, user_id, argument.removeprefix("tableau").strip())
        elif name == "plume" and argument.split()[:1] and argument.split()[0].lower() in COMMAND_WORDS:
            rest = argument.split(maxsplit=1)[1:]
            room_settings(self._core.settings, self._chat, place, user_id, " ".join(rest), direct=direct)
        elif name == "plume" and argument.split()[:1] == [PIN_COMMAND]:
            self._pin(place, user_id, argument.removeprefix(PIN_COMMAND).strip())
        else:
            self._chat.tell(place, user_id, [Block(french(phrases.HELP))])

    def _pin(self, place: Place, user_id: str, title: str) -> None:
        """« !plume réponse-type <titre> » in an approved thread: a team lead saves its reply as a réponse type."""
        conversation = self._core.stores.conversations.find_conversation(place.channel_id, place.thread_id)
        if self._core.pins is None or conversation is None or not title:
            self._chat.tell(place, user_id, [Block(french(phrases.PIN_UNAVAILABLE))])
            return
        try:
            pinned = self._core.pins.pin(user_id, conversation.id, title)
        except AccessRefused:
            refusal = phrases.REFUSED.format(what=phrases.REFUSED_WHAT[Access.PIN])
            self._chat.tell(place, user_id, [Block(french(refusal))])
            return
        saved = phrases.PIN_SAVED.format(title=pinned.title) if pinned else phrases.PIN_UNAVAILABLE
        self._chat.tell(place, user_id, [Block(french(saved))])

    def _current_revision(self, place: Place, user_id: str) -> int | None:
        conversations = self._core.stores.conversations
        conversation = conversations.find_conversation(place.channel_id, place.thread_id)
        revision = conversations.current_revision(conversation.id) if conversation else None
        if revision is None:
            self._chat.tell(place, user_id, [Block(french(phrases.NO_DRAFT_YET))])
            return None
        return revision.id

    def _switch_model(self, place: Place, user_id: str, name: str) -> None:
        choice = _model_named(self._choices, name)
        if choice is None:
            names = ", ".join(c.id for c in self._choices)
            self._chat.tell(place, user_id, [Block(french(phrases.UNKNOWN_MODEL.format(name=name, names=names)))])
            return
        revision_id = self._current_revision(place, user_id)
        if revision_id is not None:
            self._core.actions.perform(Action(ActionKind.SWITCH_MODEL, revision_id, choice.id), user_id)

    def _edit(self, place: Place, user_id: str, text: str) -> None:
        if not text:
            self._chat.tell(place, user_id, [Block(french(phrases.EMPTY_EDIT))])
            return
        revision_id = self._current_revision(place, user_id)
        if revision_id is not None:
            self._core.service.save_edit(revision_id, user_id, text)

    def _reaction(self, event: RoomEvent) -> None:
        relation = event.content.get("m.relates_to")
        if not isinstance(relation, dict) or relation.get("rel_type") != "m.annotation":
            return
        target, key = relation.get("event_id"), relation.get("key")
        if not isinstance(target, str) or not isinstance(key, str):
            return
        action = next(
            (
                found
                for content in self._bot_reactions(event.room_id, target)
                if render.normal_key(str(content.get("m.relates_to", {}).get("key", ""))) == render.normal_key(key)
                and (found := render.action_of(content)) is not None
            ),
            None,
        )
        if action is None:
            action = self._draft_action(event.room_id, target, key)
        if action is None:
            return
        edit = self._core.actions.perform(action, event.sender)
        if edit is not None:
            self._show_edit(event.sender, edit.revision_id, edit.text)

    def _draft_action(self, room_id: str, event_id: str, key: str) -> Action | None:
        """A draft's reaction added before the bot's own (or after it was lost): the draft is known by its message."""
        kinds = {render.normal_key(emoji): kind for kind, emoji in render.DRAFT_REACTIONS.items()}
        kind = kinds.get(render.normal_key(key))
        revision = self._core.stores.conversations.revision_at(room_id, event_id) if kind else None
        return Action(kind, revision.id) if kind and revision else None

    def _show_edit(self, user_id: str, revision_id: int, text: str) -> None:
        """✏️: the current text, for the agent to copy, change and send back with `!modifier`."""
        conversations = self._core.stores.conversations
        revision = conversations.get_revision(revision_id)
        conversation = conversations.get_conversation(revision.conversation_id) if revision else None
        if conversation is not None:
            blocks = [Block(french(phrases.EDIT_HINT)), Block(text)]
            self._chat.tell(Place.of(conversation), user_id, blocks, NoticeRoute.THREAD)


def _model_named(choices: Sequence[ModelChoice], name: str) -> ModelChoice | None:
    """The model an agent names: its id, its name without the provider, its label, else the first of a provider."""
    wanted = name.strip().lower()
    exact = [c for c in choices if wanted in (c.id.lower(), c.id.partition(":")[2].lower(), c.label.lower())]
    by_provider = [c for c in choices if c.id.partition(":")[0].lower() == wanted]
    return next(iter(exact + by_provider), None) if wanted else None


def _mentioned(content: dict[str, Any]) -> list[str]:
    mentions = content.get("m.mentions")
    users = mentions.get("user_ids") if isinstance(mentions, dict) else None
    return [user for user in users if isinstance(user, str)] if isinstance(users, list) else []
