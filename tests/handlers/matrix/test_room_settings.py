"""« !plume réglages » in a Matrix room: a team lead reads and changes the room's checks and grounding (stored with
the channel settings of every platform, each change audited); anyone else is refused, a direct room is told where
to type it, and a typo is explained without changing anything."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import text

from bot.channel_settings import ChannelSettingsService
from bot.domain import AuditEvent, AuditKind, ChannelSettings
from bot.models.registry import parse_model_id
from bot.team_leads import LeadGate, TeamLeads
from handlers.matrix.events import RoomEvent
from handlers.matrix.room_settings import Unreadable, read_changes
from storage.database import Database, open_engine, upgrade
from storage.settings_store import SqlChannelSettingsStore
from tests.handlers.matrix.commands import AGENT, LEAD, ROOM, command_events

DIRECT = "!dm:agents.gouv.test"


class Told:
    """The chat, as far as these commands use it: what each person was told, and where."""

    def __init__(self) -> None:
        self.told: list[tuple[str, str, str]] = []

    def tell(self, place: Any, user_id: str, blocks: list[Any]) -> None:
        self.told.append((place.channel_id, user_id, "\n".join(block.text for block in blocks)))


@pytest.fixture
def room(tmp_path: Path) -> Any:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    refusals: list[AuditEvent] = []
    store = SqlChannelSettingsStore(Database(engine))
    service = ChannelSettingsService(
        store, LeadGate(TeamLeads(frozenset({LEAD})), refusals.append), [parse_model_id("mistral:small")]
    )
    chat = Told()
    core = SimpleNamespace(settings=service)
    events = command_events(core, chat)

    def say(sender: str, body: str, *, where: str = ROOM, thread: str | None = None) -> str:
        content: dict[str, Any] = {"msgtype": "m.text", "body": body}
        if thread:
            content["m.relates_to"] = {"rel_type": "m.thread", "event_id": thread}
        before = len(chat.told)
        events.handle(RoomEvent(where, f"$e{before}", sender, "m.room.message", content, direct=where == DIRECT))
        [(_, told_to, said)] = chat.told[before:]
        assert told_to == sender
        return said

    yield SimpleNamespace(say=say, store=store, refusals=refusals, engine=engine)
    engine.dispose()


def test_a_lead_reads_then_changes_the_rooms_checks_and_grounding(room: Any) -> None:
    shown = room.say(LEAD, "!plume réglages")
    assert "Réponses publiques\u202f: non" in shown and "Formule d'appel exigée\u202f: oui" in shown
    assert "de 30 à 300 mots (par défaut)" in shown and "S'inspirer des réponses validées du salon\u202f: oui" in shown
    assert "«\u202f!plume réglages publiques oui min 40\u202f»" in shown
    assert room.store.get_channel_settings(ROOM) is None, "reading saves nothing"

    said = room.say(LEAD, "!plume réglages Publiques OUI appel non max 40 min 120 exemples non", thread="$draft")
    assert said.startswith("✅ Réglages enregistrés") and "de 40 à 120 mots\n" in said  # put in order
    saved = room.store.get_channel_settings(ROOM)
    assert (saved.public_replies, saved.greeting_required, saved.grounding) == (True, False, False)
    assert (saved.min_words, saved.max_words, saved.updated_by) == (40, 120, LEAD)

    room.say(LEAD, "!plume réglages min défaut max défaut publiques non")
    again = room.store.get_channel_settings(ROOM)
    assert (again.min_words, again.max_words, again.public_replies, again.grounding) == (None, None, False, False)
    with room.engine.connect() as connection:
        logged = connection.execute(text("SELECT details FROM audit_events WHERE kind = 'settings_changed'")).all()
    assert [sorted(json.loads(row[0])["changed"]) for row in logged] == [
        ["greeting_required", "grounding", "max_words", "min_words", "public_replies"],
        ["max_words", "min_words", "public_replies"],
    ]


def test_the_settings_texts_of_the_other_platforms_are_kept(room: Any) -> None:
    room.store.save_channel_settings(
        ChannelSettings(ROOM, "Mairie de Lyon", "Le service Relations usagers", updated_by=LEAD),
        AuditEvent(AuditKind.SETTINGS_CHANGED, LEAD, None, {}),
    )
    room.say(LEAD, "!plume réglages exemples non")
    saved = room.store.get_channel_settings(ROOM)
    assert (saved.structure_name, saved.signature, saved.grounding) == (
        "Mairie de Lyon",
        "Le service Relations usagers",
        False,
    )


def test_an_agent_is_refused_a_direct_room_redirected_and_a_typo_explained(room: Any) -> None:
    assert "réservé aux responsables" in room.say(AGENT, "!plume réglages publiques oui")
    assert "réservé aux responsables" in room.say(AGENT, "!plume réglages")
    assert [event.details["what"] for event in room.refusals] == ["settings", "settings"]
    assert "dans le salon d'avis à régler" in room.say(LEAD, "!plume réglages publiques oui", where=DIRECT)
    assert "ne connaît pas le réglage «\u202fcouleur\u202f»" in room.say(LEAD, "!plume réglages couleur bleu")
    assert "pas «\u202fpeut-être\u202f»" in room.say(LEAD, "!plume réglages publiques peut-être")
    assert "entre 1 et 2\u202f000" in room.say(LEAD, "!plume réglages max 5000")
    assert room.store.get_channel_settings(ROOM) is None


@pytest.mark.parametrize(
    ("typed", "changes"),
    [
        ("", {}),
        ("publiques oui", {"public_replies": True}),
        ("appel NON exemples Oui", {"greeting_required": False, "grounding": True}),
        ("min 45 max Défaut", {"min_words": 45, "max_words": None}),
    ],
)
def test_what_a_lead_types_reads_as_changes(typed: str, changes: dict[str, object]) -> None:
    assert read_changes(typed.split()) == changes


@pytest.mark.parametrize("typed", ["publiques", "min 0", "max quarante", "appel peut-être", "ton formel"])
def test_what_cannot_be_read_changes_nothing(typed: str) -> None:
    with pytest.raises(Unreadable):
        read_changes(typed.split())
