"""The token bucket that keeps Plume inside a platform's rate limits, on an injected clock (no real sleep)."""

from __future__ import annotations

from bot.pacing import LocalBudgets, Pace
from tests.fakes.clock import SteppingClock


def test_a_burst_is_served_at_once_then_one_call_per_refill() -> None:
    clock = SteppingClock(100.0)
    pace = Pace(0.5, 3, clock=clock, sleep=clock.sleep)

    assert [pace.try_take() for _ in range(4)] == [True, True, True, False]
    clock.now += 2.0
    assert pace.try_take() and not pace.try_take()


def test_take_waits_exactly_until_the_next_token() -> None:
    clock = SteppingClock(100.0)
    pace = Pace(50 / 60, 1, clock=clock, sleep=clock.sleep)
    assert pace.take()

    assert pace.take()

    assert len(clock.slept) == 1 and abs(clock.slept[0] - 1.2) < 1e-9


def test_take_gives_up_when_the_wait_would_pass_its_timeout() -> None:
    clock = SteppingClock(100.0)
    pace = Pace(0.1, 1, clock=clock, sleep=clock.sleep)
    assert pace.take()

    assert not pace.take(timeout=5.0)
    assert clock.slept == []


def test_spare_keeps_tokens_for_the_calls_that_must_happen() -> None:
    """Optional calls (partial drafts) stop while `keep` tokens remain for final drafts, which still get them."""
    clock = SteppingClock(100.0)
    pace = Pace(1.0, 5, clock=clock, sleep=clock.sleep)

    assert [pace.try_take(keep=3) for _ in range(3)] == [True, True, False]
    assert [pace.try_take() for _ in range(4)] == [True, True, True, False]


def test_each_key_has_its_own_bucket() -> None:
    clock = SteppingClock(100.0)
    budgets = LocalBudgets(clock=clock, sleep=clock.sleep)

    assert budgets.budget("C1", 1.0, 1).try_take() and not budgets.budget("C1", 1.0, 1).try_take()
    assert budgets.budget("C2", 1.0, 1).try_take()
    assert budgets.budget("C1", 1.0, 1) is budgets.budget("C1", 1.0, 1)


def test_calls_that_must_happen_queue_in_turn_and_optional_ones_see_the_queue() -> None:
    """Each `take` reserves the next turn: three waiting calls wait 1, 2 and 3 s, and an optional call made while
    they wait finds no room."""
    clock = SteppingClock(100.0)
    pace = Pace(1.0, 1, clock=clock, sleep=lambda seconds: clock.slept.append(seconds))
    assert pace.take()

    assert [pace.take() for _ in range(3)] == [True, True, True]
    assert clock.slept == [1.0, 2.0, 3.0]
    assert not pace.try_take()
