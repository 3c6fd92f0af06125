"""The quiet gap: post-ack work starts once no request has run for a while, and never waits past its limit.

A fake clock drives it; nothing here measures real time.
"""

from __future__ import annotations

import threading

import pytest

from bot.quiet import QuietGap


class FakeClock:
    """Time that moves only when told to (or by `step` at each reading, to let a waiting loop advance)."""

    def __init__(self, step: float = 0.0) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_no_request_ever_means_no_wait() -> None:
    gap = QuietGap(gap=0.02, longest=0.5, clock=FakeClock())
    assert gap.pause(deadline=1000.5) == 0.0
    assert gap.wait() is True


def test_a_running_request_holds_work_back_until_the_deadline() -> None:
    clock = FakeClock()
    gap = QuietGap(gap=0.02, longest=0.5, clock=clock)
    with gap.busy():
        clock.now += 10.0
        assert gap.pause(deadline=1010.3) == pytest.approx(0.3), "a request is running: wait up to the deadline"
        clock.now = 1010.3
        assert gap.pause(deadline=1010.3) == 0.0, "the deadline has come: work goes ahead all the same"


def test_work_waits_for_the_rest_of_the_gap_after_the_last_request() -> None:
    clock = FakeClock()
    gap = QuietGap(gap=0.02, longest=0.5, clock=clock)
    with gap.busy():
        pass  # ended at 1000.0
    clock.now = 1000.005
    assert gap.pause(deadline=1000.5) == pytest.approx(0.015)
    clock.now = 1000.021
    assert gap.pause(deadline=1000.5) == 0.0


def test_wait_gives_up_at_the_longest_wait_while_requests_keep_running() -> None:
    clock = FakeClock(step=0.1)  # each reading moves time on, so the waiting loop reaches its deadline
    gap = QuietGap(gap=0.02, longest=0.5, clock=clock)
    with gap.busy():
        assert gap.wait() is False


def test_wait_returns_once_the_gap_has_passed_since_the_last_request() -> None:
    clock = FakeClock(step=0.005)
    gap = QuietGap(gap=0.02, longest=0.5, clock=clock)
    with gap.busy():
        pass
    assert gap.wait() is True


def test_a_waiter_is_released_when_the_last_request_ends() -> None:
    clock = FakeClock()
    gap = QuietGap(gap=0.0, longest=3600.0, clock=clock)  # only the end of the request can release it
    results: list[bool] = []
    request = gap.busy()
    request.__enter__()
    waiter = threading.Thread(target=lambda: results.append(gap.wait()))
    waiter.start()
    waiter.join(timeout=0.2)
    assert waiter.is_alive() and results == [], "held back while the request runs"
    request.__exit__(None, None, None)
    waiter.join(timeout=10)
    assert results == [True]


def test_stepping_aside_waits_while_a_request_runs_and_goes_on_once_it_ends() -> None:
    gap = QuietGap(gap=3600.0, longest=3600.0, clock=FakeClock())  # only the end of the request can release it
    stepped: list[str] = []
    request = gap.busy()
    request.__enter__()
    draft = threading.Thread(target=lambda: (gap.step_aside(longest=3600.0), stepped.append("next piece")))
    draft.start()
    draft.join(timeout=0.2)
    assert draft.is_alive() and stepped == [], "held back while the request runs"
    request.__exit__(None, None, None)
    draft.join(timeout=10)
    assert stepped == ["next piece"], "released at the request's end, without waiting for a whole quiet gap"


def test_stepping_aside_gives_up_after_its_longest_wait() -> None:
    gap = QuietGap(gap=0.02, longest=0.5, clock=FakeClock(step=0.05))
    with gap.busy():
        gap.step_aside(longest=0.1)  # returns: requests that keep coming never stop a draft for good
