"""Which room events become reviews, refinements or actions, before anything reaches the core."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from bot.domain import IntakeSource
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
    intake = Recorder()
    events = _events(SimpleNamespace(intake=intake))
    events.handle(_message("@mallory:elsewhere.example", "Mon avis"))
    events.handle(_message(BOT, "Mon avis"))
    assert intake.calls == []
    events.handle(_message("@alice:agents.gouv.test", "Mon avis"))
    (name, (review,)), *_ = intake.calls
    assert name == "receive_review" and review.source is IntakeSource.CHANNEL and review.text == "Mon avis"


def test_a_mention_elsewhere_is_a_review_without_the_mention_and_chatter_is_ignored() -> None:
    intake = Recorder()
    events = _events(SimpleNamespace(intake=intake))
    events.handle(_message("@alice:agents.gouv.test", "Le planning ?", room="!autre:agents.gouv.test"))
    assert intake.calls == []
    events.handle(_message("@alice:agents.gouv.test", "Plume : Mon avis", room="!autre:agents.gouv.test"))
    (_, (review,)), *_ = intake.calls
    assert review.source is IntakeSource.MENTION and review.text == "Mon avis"


def test_a_thread_reply_refines_and_an_edit_or_a_notice_is_not_a_message() -> None:
    service = Recorder()
    intake = Recorder()
    events = _events(SimpleNamespace(intake=intake, service=service))
    thread = {"m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}}
    events.handle(_message("@alice:agents.gouv.test", "> <@bob> cité\n\nplus court", **thread))
    (name, (instruction, mention)), *_ = service.calls
    assert name == "receive_instruction" and instruction.thread_id == "$root" and instruction.text == "plus court"
    assert mention == ("mentions_plume", False)
    edit = {"m.relates_to": {"rel_type": "m.replace", "event_id": "$e0"}}
    events.handle(_message("@alice:agents.gouv.test", "* corrigé", **edit))
    events.handle(
        RoomEvent(ROOM, "$e2", "@alice:agents.gouv.test", "m.room.message", {"msgtype": "m.notice", "body": "x"})
    )
    assert len(service.calls) == 1 and intake.calls == []


def test_a_thread_reply_that_mentions_plume_says_so_without_the_mention() -> None:
    """The rule of the thread: the service lets a colleague's reply refine only when it mentions Plume."""
    service = Recorder()
    events = _events(SimpleNamespace(intake=Recorder(), service=service))
    thread = {"m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}}
    events.handle(_message("@bob:agents.gouv.test", "Plume : ajoute les horaires", **thread))
    events.handle(_message("@bob:agents.gouv.test", "Je m'en occupe demain", **thread))
    [(_, (asked, asked_mention)), (_, (chat, chat_mention))] = service.calls
    assert asked.text == "ajoute les horaires" and asked_mention == ("mentions_plume", True)
    assert chat.text == "Je m'en occupe demain" and chat_mention == ("mentions_plume", False)
