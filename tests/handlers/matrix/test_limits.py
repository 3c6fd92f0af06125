"""The pace of calls to the homeserver: a 429 holds every call and slows the bot down for good."""

from __future__ import annotations

import pytest

from bot.ports.chat import ChatUnavailable
from handlers.matrix.limits import ServerPace
from tests.fakes.clock import SteppingClock


def test_optional_calls_keep_a_token_for_the_calls_that_must_happen() -> None:
    clock = SteppingClock()
    pace = ServerPace(1.0, 3, clock=clock, sleep=clock.sleep)
    assert pace.try_now() and pace.try_now()
    assert not pace.try_now(), "the last token is kept for the final text"
    pace.wait_turn()
    assert clock.slept == []


def test_a_429_holds_every_call_then_halves_the_rate() -> None:
    clock = SteppingClock()
    pace = ServerPace(1.0, 6, floor=0.2, clock=clock, sleep=clock.sleep)
    pace.refused(2.5)
    assert not pace.try_now(), "no streamed edit while held"
    pace.wait_turn()
    assert clock.slept[0] == 2.5
    assert pace.rate == 0.5
    pace.refused(0.1)
    pace.refused(0.1)
    pace.refused(0.1)
    assert pace.rate == 0.2, "never below the floor"


def test_a_hold_longer_than_a_job_should_wait_becomes_chat_unavailable() -> None:
    clock = SteppingClock()
    pace = ServerPace(1.0, 6, longest_wait=30, clock=clock, sleep=clock.sleep)
    pace.refused(120)
    with pytest.raises(ChatUnavailable) as raised:
        pace.wait_turn()
    assert raised.value.retry_after == pytest.approx(120)
