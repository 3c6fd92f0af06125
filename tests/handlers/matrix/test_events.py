"""Which room events become reviews, refinements or actions, before anything reaches the core."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from bot.domain import IntakeSource
from bot.inbox_letters import InstructionLetter
from handlers.matrix.app import allowed
from handlers.matrix.events import MatrixEvents, RoomEvent

BOT, ROOM = "@plume:agents.gouv.test", "!avis:agents.gouv.test"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self.calls.append((name, args + tuple(kwargs.items())))


def _events(core: Any) -> MatrixEvents:
    return MatrixEvents(
        core,
        Recorder(),  # type: ignore[arg-type]
        lambda room, event: [],
        bot_user_id=BOT,
        bot_name="Plume",
        review_rooms=frozenset({ROOM}),
        allowed_servers=allowed(frozenset(), BOT),
        choices=[],
    )


def _message(sender: str, body: str, room: str = ROOM, **content: Any) -> RoomEvent:
    return RoomEvent(room, "$e1", sender, "m.room.message", {"msgtype": "m.text", "body": body, **content})


def test_only_users_of_the_allowed_homeservers_act_and_the_bot_ignores_itself() -> None:
    inbox = Recorder()
    events = _events(SimpleNamespace(inbox=inbox))
    events.handle(_message("@mallory:elsewhere.example", "Mon avis"))
    events.handle(_message(BOT, "Mon avis"))
    assert inbox.calls == []
    events.handle(_message("@alice:agents.gouv.test", "Mon avis"))
    (name, (review,)), *_ = inbox.calls
    assert name == "receive" and review.source is IntakeSource.CHANNEL and review.text == "Mon avis"


def test_a_mention_elsewhere_is_a_review_without_the_mention_and_chatter_is_ignored() -> None:
    inbox = Recorder()
    events = _events(SimpleNamespace(inbox=inbox))
    events.handle(_message("@alice:agents.gouv.test", "Le planning ?", room="!autre:agents.gouv.test"))
    assert inbox.calls == []
    events.handle(_message("@alice:agents.gouv.test", "Plume : Mon avis", room="!autre:agents.gouv.test"))
    (_, (review,)), *_ = inbox.calls
    assert review.source is IntakeSource.MENTION and review.text == "Mon avis"


def test_a_thread_reply_refines_through_the_inbox_and_an_edit_or_a_notice_is_not_a_message() -> None:
    inbox = Recorder()
    events = _events(SimpleNamespace(inbox=inbox))
    thread = {"m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}}
    events.handle(_message("@alice:agents.gouv.test", "> <@bob> cité\n\nplus court", **thread))
    (name, (letter,)), *_ = inbox.calls
    assert name == "receive" and isinstance(letter, InstructionLetter)
    assert letter.instruction.thread_id == "$root" and letter.instruction.text == "plus court"
    assert letter.mentions_plume is False
    edit = {"m.relates_to": {"rel_type": "m.replace", "event_id": "$e0"}}
    events.handle(_message("@alice:agents.gouv.test", "* corrigé", **edit))
    events.handle(
        RoomEvent(ROOM, "$e2", "@alice:agents.gouv.test", "m.room.message", {"msgtype": "m.notice", "body": "x"})
    )
    assert len(inbox.calls) == 1


def test_a_thread_reply_that_mentions_plume_says_so_without_the_mention() -> None:
    """The rule of the thread: the service lets a colleague's reply refine only when it mentions Plume."""
    inbox = Recorder()
    events = _events(SimpleNamespace(inbox=inbox))
    thread = {"m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}}
    events.handle(_message("@bob:agents.gouv.test", "Plume : ajoute les horaires", **thread))
    events.handle(_message("@bob:agents.gouv.test", "Je m'en occupe demain", **thread))
    [(_, (asked,)), (_, (chat,))] = inbox.calls
    assert asked.instruction.text == "ajoute les horaires" and asked.mentions_plume is True
    assert chat.instruction.text == "Je m'en occupe demain" and chat.mentions_plume is False
