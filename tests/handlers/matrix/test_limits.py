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


def test_after_a_quiet_period_the_pace_speeds_back_up_one_step_at_a_time() -> None:
    clock = SteppingClock()
    pace = ServerPace(1.0, 6, floor=0.2, recover_after=60, clock=clock, sleep=clock.sleep)
    pace.refused(2.0)
    pace.refused(2.0)
    assert pace.rate == 0.25
    clock.now = 2.0 + 59
    pace.wait_turn()
    assert pace.rate == 0.25, "not before a whole quiet period after the hold"
    clock.now = 2.0 + 60
    pace.try_now()  # an optional call: it steps the pace, sent or not
    assert pace.rate == 0.5
    clock.now += 60
    pace.wait_turn()
    assert pace.rate == 1.0
    clock.now += 600
    assert sum(pace.try_now() for _ in range(6)) == 5, "back at the start: its burst too (one token kept)"
    assert pace.rate == 1.0, "never above where it started"


def test_a_429_soon_after_a_step_up_makes_the_next_step_wait_longer() -> None:
    clock = SteppingClock()
    pace = ServerPace(1.0, 6, recover_after=60, longest_quiet=200, clock=clock, sleep=clock.sleep)
    pace.refused(0.0)
    clock.now = 60
    pace.try_now()  # an optional call: it steps the pace, sent or not
    assert pace.rate == 1.0
    clock.now = 70
    pace.refused(0.0)  # the server's limit is lower than the rate just restored
    clock.now = 70 + 60
    pace.try_now()  # an optional call: it steps the pace, sent or not
    assert pace.rate == 0.5, "the quiet period asked is now twice as long"
    clock.now = 70 + 120
    pace.try_now()  # an optional call: it steps the pace, sent or not
    assert pace.rate == 1.0
    clock.now = 200
    pace.refused(0.0)
    clock.now = 200 + 200
    pace.try_now()
    assert pace.rate == 1.0, "the period doubles up to `longest_quiet`, no further"
    clock.now += 200
    pace.try_now()  # a whole quiet period at the starting rate: back to the short period
    clock.now += 1
    pace.refused(0.0)
    clock.now += 60
    pace.try_now()
    assert pace.rate == 1.0
