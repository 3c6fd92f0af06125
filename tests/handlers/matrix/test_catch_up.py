"""Back-pagination against a real Synapse: the events a limited sync timeline leaves out, oldest first, bounded."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from nio import SyncResponse

from handlers.matrix.catch_up import missed_events
from handlers.matrix.client import MatrixClient
from handlers.matrix.store_key import store_pickle_key
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
