"""« !plume réponse-type <titre> » in an approved Matrix thread: a team lead saves the reply as a réponse type."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot.domain import AuditEvent
from bot.grounding.pins import ReplyPins
from bot.team_leads import LeadGate, TeamLeads
from handlers.matrix.events import RoomEvent
from storage.database import Database, open_engine, upgrade
from storage.examples_store import SqlExampleStore
from storage.repository import SqlRepository
from tests.handlers.matrix.commands import AGENT, LEAD, ROOM, command_events
from tests.storage.records import FakeClock, approved


class Told:
    """The chat, as far as these commands use it: what each person was told."""

    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []

    def tell(self, _place: Any, user_id: str, blocks: list[Any]) -> None:
        self.told.append((user_id, " ".join(block.text for block in blocks)))


def test_a_lead_pins_the_reply_of_an_approved_thread_and_an_agent_is_refused(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    repo = SqlRepository(engine, clock=FakeClock())
    conversation, _ = approved(repo, 1, "Mon passeport n'avance pas.", "Bonjour, les créneaux ouvrent lundi.", ROOM)
    refusals: list[AuditEvent] = []
    store = SqlExampleStore(Database(engine))
    pins = ReplyPins(store, LeadGate(TeamLeads(frozenset({LEAD})), refusals.append))
    chat = Told()
    core = SimpleNamespace(stores=SimpleNamespace(conversations=repo.conversations), pins=pins)
    events = command_events(core, chat)
    thread = {"m.relates_to": {"rel_type": "m.thread", "event_id": conversation.thread_id}}

    def say(sender: str, body: str) -> None:
        content = {"msgtype": "m.text", "body": body, **thread}
        events.handle(RoomEvent(ROOM, f"$e{len(chat.told)}", sender, "m.room.message", content))

    say(AGENT, "!plume réponse-type Passeport")
    say(LEAD, "!plume réponse-type Passeport : créneaux du lundi")

    assert [user for user, _ in chat.told] == [AGENT, LEAD]
    assert "réservé aux responsables" in chat.told[0][1] and refusals[0].details["what"] == "pin_reply"
    assert "Réponse type «\u202fPasseport\u202f: créneaux du lundi\u202f» enregistrée" in chat.told[1][1]
    [pinned] = store.pinned_examples(ROOM, 5)
    assert (pinned.conversation_id, pinned.title) == (conversation.id, "Passeport : créneaux du lundi")
