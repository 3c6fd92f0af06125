"""End to end in an end-to-end encrypted room: the agent is a real encrypting client (matrix-nio with vodozemac, as
the bot), the bot logs in with its password and a stable device id, decrypts the review and encrypts its drafts."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import quote

import peewee
import pytest

from handlers.matrix import render
from handlers.matrix.client import MatrixClient
from handlers.matrix.events import RoomEvent
from handlers.matrix.store_key import store_pickle_key
from handlers.matrix.sync import SyncLoop
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess
from tests.matrix_server import MatrixUser, Synapse, current_texts, relation
from tests.test_e2e_matrix import RAW_VALUES, REVIEW, _model_reply, matrix_env, wait_for

pytestmark = pytest.mark.e2e


def _one_store_at_a_time() -> None:
    """Let several encrypting clients live in this test process. nio's stores bind peewee's model classes — which
    are global — to their own database for each call (`bind_ctx`) and unbind them after: two clients syncing on two
    threads unbind each other's models mid-query (« Query must be bound to a database ») or write into each other's
    store. Plume runs one client per process, on one thread; only these tests run two (Alice and Bob), so here each
    binding holds a process-wide re-entrant lock until it is undone."""
    context = peewee._BoundModelsContext  # type: ignore[attr-defined]
    if getattr(context, "one_at_a_time", False):
        return
    lock = threading.RLock()
    enter, leave = context.__enter__, context.__exit__

    def locked_enter(self: Any) -> Any:
        lock.acquire()
        return enter(self)

    def locked_exit(self: Any, *exc: object) -> Any:
        try:
            return leave(self, *exc)
        finally:
            lock.release()

    context.__enter__, context.__exit__, context.one_at_a_time = locked_enter, locked_exit, True


_one_store_at_a_time()

ENCRYPTION = {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}


class EncryptingAgent:
    """An agent's own device: it syncs, decrypts what it receives and encrypts what it sends."""

    def __init__(self, synapse: Synapse, user_id: str, password: str, store: Path) -> None:
        self.client = MatrixClient.connect(
            synapse.url,
            user_id,
            store,
            pickle_key=store_pickle_key(b"an agent's own device"),
            access_token=None,
            password=password,
            device_id=None,
            rate=100.0,
        )
        self.seen: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.sync = SyncLoop(self.client, self._collect, allowed_servers=frozenset(), review_rooms=frozenset())
        self.sync.start()
        assert self.sync.synced.wait(30)

    def _collect(self, event: RoomEvent) -> None:
        with self._lock:
            self.seen.append(
                {"event_id": event.event_id, "sender": event.sender, "type": event.type, "content": event.content}
            )

    def events(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.seen)

    def say(self, room: str, text: str, thread: str | None = None) -> str:
        message = render.content([render.Block(text)])
        return self.client.send(room, render.in_thread(message, thread) if thread else message)

    def react(self, room: str, event_id: str, key: str) -> None:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        self.client.send(room, content, "m.reaction")

    def encrypted_reaction(self, room: str, event_id: str, key: str, *, relation_inside: bool) -> dict[str, Any]:
        """The content of an `m.room.encrypted` reaction as Element's SDKs make it: the relation in the clear part
        (the server aggregates it), and in the ciphertext too (`relation_inside`, matrix-rust-sdk: Element X) or
        not (matrix-js-sdk's legacy crypto). nio itself never encrypts a reaction: its Megolm session does it here.
        """
        relation = {"rel_type": "m.annotation", "event_id": event_id, "key": key}

        async def encrypt() -> dict[str, Any]:
            _, content = self.client.nio.encrypt(
                room, "m.reaction", {"m.relates_to": relation} if relation_inside else {}
            )
            return {**content, "m.relates_to": relation}

        return self.client.run(encrypt())

    def close(self) -> None:
        self.sync.stop()
        self.client.close()


@pytest.fixture
def agent_and_room(
    tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer
) -> Iterator[tuple[EncryptingAgent, str, PlumeProcess, MatrixUser]]:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = synapse.register(f"alice-{suffix}")
    plain = MatrixUser(synapse, alice)
    room = str(
        plain.call(
            "POST",
            "/_matrix/client/v3/createRoom",
            {"name": "Avis chiffrés", "preset": "private_chat", "invite": [bot.user_id], "initial_state": [ENCRYPTION]},
        )["room_id"]
    )
    env = matrix_env(tmp_path, synapse, bot, fake_mistral.url, room)
    del env["MATRIX_ACCESS_TOKEN"]
    env |= {"MATRIX_PASSWORD": bot.password, "MATRIX_DEVICE_ID": "PLUMEBOT"}
    fake_mistral.reply = _model_reply
    plume = PlumeProcess(env, tmp_path, "plume-matrix-e2ee").wait_ready()
    wait_for(lambda: bot.user_id in plain.members(room), "the bot to accept the invitation")
    agent = EncryptingAgent(synapse, alice.user_id, alice.password, tmp_path / "alice-store")
    yield agent, room, plume, plain
    agent.close()
    plume.stop()


def _bot_thread(agent: EncryptingAgent, root: str) -> list[tuple[str, str]]:
    events = agent.events()
    texts = current_texts(events)
    return [
        (event["event_id"], texts.get(event["event_id"], ""))
        for event in events
        if event["sender"] != agent.client.user_id
        and event["type"] == "m.room.message"
        and relation(event).get("rel_type") == "m.thread"
        and relation(event).get("event_id") == root
    ]


def test_an_encrypted_room_gets_encrypted_drafts(
    agent_and_room: tuple[EncryptingAgent, str, PlumeProcess, MatrixUser],
    fake_mistral: FakeMistralServer,
    tmp_path: Path,
) -> None:
    agent, room, plume, plain = agent_and_room
    review = agent.say(room, REVIEW)

    def draft(number: int) -> str | None:
        return next((i for i, text in _bot_thread(agent, review) if f"Brouillon n° {number} " in text), None)

    first = wait_for(lambda: draft(1), "draft n° 1, decrypted by the agent")
    assert "Bonjour Marie Dupont, merci" in dict(_bot_thread(agent, review))[first]
    agent.say(room, "plus court", thread=review)
    second = wait_for(lambda: draft(2), "draft n° 2")
    agent.react(room, second, "✅")
    wait_for(lambda: any("Réponse approuvée" in text for _, text in _bot_thread(agent, review)), "the approval")

    on_server = plain.events(room)
    bot_sent = {event["type"] for event in on_server if event["sender"] != plain.user_id and "state_key" not in event}
    assert bot_sent == {"m.room.encrypted", "m.reaction"}, "drafts are encrypted (nio sends reactions in clear)"
    assert not any(value in json.dumps(on_server, ensure_ascii=False) for value in RAW_VALUES)
    with closing(sqlite3.connect(tmp_path / "plume.db")) as db:
        assert db.execute("SELECT count(*) FROM approvals").fetchone()[0] == 1
        dump = "\n".join(db.iterdump())
    sent = json.dumps([request.body for request in fake_mistral.requests], ensure_ascii=False)
    log = plume.log.read_text()
    for value in RAW_VALUES:
        assert value not in sent and value not in dump and value not in log


def test_reactions_encrypted_as_element_sends_them_act_and_two_agents_approve_once(
    agent_and_room: tuple[EncryptingAgent, str, PlumeProcess, MatrixUser], synapse: Synapse, tmp_path: Path
) -> None:
    agent, room, plume, plain = agent_and_room
    bob_account = synapse.register(f"bob-{uuid.uuid4().hex[:8]}")
    plain.call("POST", f"/_matrix/client/v3/rooms/{quote(room)}/invite", {"user_id": bob_account.user_id})
    bob_plain = MatrixUser(synapse, bob_account)
    bob_plain.join(room)
    bob = EncryptingAgent(synapse, bob_account.user_id, bob_account.password, tmp_path / "bob-store")
    try:
        review = agent.say(room, REVIEW)

        def draft(number: int) -> str | None:
            return next((i for i, text in _bot_thread(agent, review) if f"Brouillon n° {number} " in text), None)

        first = wait_for(lambda: draft(1), "draft n° 1")
        regenerate = agent.encrypted_reaction(room, first, "🔄", relation_inside=False)
        plain.send(room, regenerate, "m.room.encrypted")
        second = wait_for(lambda: draft(2), "draft n° 2, asked by an encrypted 🔄")
        bob.say(room, "Je regarde aussi.", thread=review)  # a colleague's reply: his device shares its session
        clicks = [
            (plain, agent.encrypted_reaction(room, second, "✅", relation_inside=False)),
            (bob_plain, bob.encrypted_reaction(room, second, "✅", relation_inside=True)),
        ]
        start = threading.Barrier(2)

        def click(user: MatrixUser, content: dict[str, Any]) -> None:
            start.wait(10)
            user.send(room, content, "m.room.encrypted")

        clickers = [threading.Thread(target=click, args=pair) for pair in clicks]
        for clicker in clickers:
            clicker.start()
        for clicker in clickers:
            clicker.join(30)
        wait_for(lambda: any("Réponse approuvée" in text for _, text in _bot_thread(agent, review)), "the approval")
        wait_for(lambda: any("déjà approuvée" in text for _, text in _bot_thread(agent, review)), "bob answered")
    finally:
        bob.close()

    reactions = [event for event in plain.events(room) if relation(event).get("rel_type") == "m.annotation"]
    by_agents = [event for event in reactions if event["sender"] in (plain.user_id, bob_plain.user_id)]
    assert [event["type"] for event in by_agents] == ["m.room.encrypted"] * 3, "sent encrypted, relation in clear"
    assert all("ciphertext" in event["content"] for event in by_agents)
    with closing(sqlite3.connect(tmp_path / "plume.db")) as db:
        assert db.execute("SELECT count(*) FROM approvals").fetchone()[0] == 1, "two agents at once, one approval"
        assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 2
    log = plume.log.read_text()
    assert not any(value in log for value in RAW_VALUES)


def test_encrypted_reviews_sent_while_plume_was_stopped_are_decrypted_and_caught_up(
    agent_and_room: tuple[EncryptingAgent, str, PlumeProcess, MatrixUser], tmp_path: Path
) -> None:
    agent, room, plume, _ = agent_and_room
    earlier = agent.say(room, REVIEW)
    wait_for(lambda: any("Brouillon n° 1 " in text for _, text in _bot_thread(agent, earlier)), "the first draft")
    assert plume.stop() == 0

    in_gap = [agent.say(room, f"Avis n° {n} : {REVIEW}") for n in (1, 2)]
    for n in range(110):  # more than the sync window; the agent's device also rotates its session after 100
        agent.client.send(room, {"msgtype": "m.notice", "body": f"Rappel automatique n° {n}"})
    in_window = agent.say(room, f"Avis n° 3 : {REVIEW}")

    after = PlumeProcess(plume.env, tmp_path, "plume-matrix-e2ee-after").wait_ready()
    try:
        for root in [*in_gap, in_window]:
            wait_for(
                lambda root=root: any("Brouillon n° 1 " in text for _, text in _bot_thread(agent, root)),
                "a draft of each review of the gap",
                timeout=120,
            )
    finally:
        assert after.stop() == 0
    with closing(sqlite3.connect(tmp_path / "plume.db")) as db:
        drafted = [row[0] for row in db.execute("SELECT review_message_id FROM conversations ORDER BY id")]
    assert drafted == [earlier, *in_gap, in_window], "each encrypted review once, in order"
    log = after.log.read_text()
    assert "missed event(s) caught up" in log and "cannot decrypt" not in log
    assert not any(value in log for value in RAW_VALUES)
