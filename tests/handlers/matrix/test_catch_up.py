"""Back-pagination against a real Synapse: the events a limited sync timeline leaves out, oldest first, bounded."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from nio import SyncResponse

from handlers.matrix.catch_up import missed_events
from handlers.matrix.client import MatrixClient
from handlers.matrix.events import RoomEvent
from handlers.matrix.store_key import store_pickle_key
from handlers.matrix.sync import SyncLoop
from tests.matrix_server import MatrixUser, Synapse

pytestmark = pytest.mark.e2e

_WINDOW = {"room": {"timeline": {"limit": 5}}, "presence": {"types": []}}


@pytest.fixture
def bot_and_room(tmp_path: Path, synapse: Synapse) -> Iterator[tuple[MatrixClient, MatrixUser, str]]:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{suffix}"))
    room = alice.create_room("Avis des usagers", [bot.user_id])
    client = MatrixClient.connect(
        synapse.url,
        bot.user_id,
        tmp_path / "store",
        pickle_key=store_pickle_key(b"catch-up tests"),
        access_token=bot.access_token,
        password=None,
        device_id=bot.device_id,
    )
    client.run(client.nio.join(room))
    yield client, alice, room
    client.close()


def _sync(client: MatrixClient, since: str | None) -> SyncResponse:
    answer = client.run(client.nio.sync(timeout=0, since=since, sync_filter=_WINDOW))
    assert isinstance(answer, SyncResponse)
    return answer


def _bodies(events: list[object]) -> list[str]:
    return [event.source["content"].get("body", "") for event in events]  # type: ignore[attr-defined]


def test_the_events_before_a_limited_timeline_come_back_oldest_first(
    bot_and_room: tuple[MatrixClient, MatrixUser, str],
) -> None:
    client, alice, room = bot_and_room
    alice.say(room, "avant")
    since = _sync(client, None).next_batch
    sent = [f"message {n}" for n in range(32)]
    for body in sent:
        alice.say(room, body)
    timeline = _sync(client, since).rooms.join[room].timeline
    assert timeline.limited and timeline.prev_batch
    assert _bodies(timeline.events) == sent[-5:]

    gap = client.run(missed_events(client.nio, room, timeline.prev_batch, since, page=10))

    assert gap.complete and gap.pages >= 3
    assert _bodies(gap.events) == sent[:-5], "exactly the gap: nothing from before the token, nothing twice"


def test_a_gap_larger_than_the_bound_keeps_its_newest_events_and_says_so(
    bot_and_room: tuple[MatrixClient, MatrixUser, str],
) -> None:
    client, alice, room = bot_and_room
    since = _sync(client, None).next_batch
    sent = [f"message {n}" for n in range(20)]
    for body in sent:
        alice.say(room, body)
    timeline = _sync(client, since).rooms.join[room].timeline
    assert timeline.prev_batch

    gap = client.run(missed_events(client.nio, room, timeline.prev_batch, since, max_events=7, page=4))

    assert not gap.complete
    assert _bodies(gap.events) == sent[8:15], "the seven events just before the window, oldest first"


def test_a_refused_catch_up_is_reported_cut_and_raises_nothing(
    bot_and_room: tuple[MatrixClient, MatrixUser, str],
) -> None:
    client, _, room = bot_and_room
    since = _sync(client, None).next_batch

    gap = client.run(missed_events(client.nio, room, "not-a-token", since))

    assert not gap.complete and gap.events == [] and gap.pages == 0


def test_a_room_joined_after_a_long_history_hands_over_only_what_follows_the_join(
    tmp_path: Path, synapse: Synapse
) -> None:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{suffix}"))
    client = MatrixClient.connect(
        synapse.url,
        bot.user_id,
        tmp_path / "store",
        pickle_key=store_pickle_key(b"catch-up tests"),
        access_token=bot.access_token,
        password=None,
        device_id=bot.device_id,
    )
    handled: list[RoomEvent] = []
    loop = SyncLoop(
        client,
        handled.append,
        allowed_servers=frozenset({"plume.test"}),
        review_rooms=frozenset(),
        workers=1,
        poll_ms=200,
    )
    loop.start()
    try:
        assert loop.synced.wait(30)
        room = alice.create_room("Avis des usagers", [])
        for n in range(120):  # a busy room's history: more than a sync window
            alice.say(room, f"avant l'arrivée du bot n° {n}")
        alice.call("POST", f"/_matrix/client/v3/rooms/{quote(room)}/invite", {"user_id": bot.user_id})
        deadline = time.monotonic() + 30
        while bot.user_id not in alice.members(room) and time.monotonic() < deadline:
            time.sleep(0.1)
        alice.say(room, "après l'arrivée du bot")
        deadline = time.monotonic() + 30
        while not handled and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # a sync or two more: anything else would have come by now
    finally:
        loop.stop()
        client.close()
    assert [event.content.get("body") for event in handled] == ["après l'arrivée du bot"]
