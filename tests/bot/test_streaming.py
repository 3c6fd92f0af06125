"""The throttle between a model's stream and chat updates, on a clock that the test moves by hand."""

from __future__ import annotations

from bot.streaming import ThrottledText


class ManualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _stream(pieces_at: list[float], interval: float) -> list[tuple[float, str]]:
    """Feed the piece "i," at each time of `pieces_at`; return what was shown, and when."""
    clock = ManualClock()
    shown: list[tuple[float, str]] = []
    throttled = ThrottledText(lambda text: shown.append((clock.now, text)) or True, interval=interval, clock=clock)
    for index, at in enumerate(pieces_at):
        clock.now = at
        throttled.add(f"{index},")
    return shown


def test_pieces_faster_than_the_interval_give_at_most_one_update_per_interval() -> None:
    shown = _stream([index * 0.25 for index in range(12)], interval=1.0)  # 4 pieces a second for 3 s

    assert [at for at, _ in shown] == [0.0, 1.0, 2.0], "the first piece at once, then one update per interval"
    assert [text for _, text in shown] == ["0,", "0,1,2,3,4,", "0,1,2,3,4,5,6,7,8,"], "each shows all text so far"


def test_pieces_slower_than_the_interval_are_each_shown() -> None:
    shown = _stream([0.0, 1.5, 3.0, 4.5], interval=1.0)

    assert shown == [(0.0, "0,"), (1.5, "0,1,"), (3.0, "0,1,2,"), (4.5, "0,1,2,3,")]


def test_a_burst_in_one_instant_shows_only_its_first_piece() -> None:
    assert _stream([5.0] * 50, interval=1.0) == [(5.0, "0,")]


def test_skipped_updates_space_out_the_next_tries_and_shown_ones_bring_them_back() -> None:
    """A budget that refuses partial updates (many drafts at once) makes this draft try again after 2, 4, 8, 8 s
    instead of every second; once updates go through again, the interval halves back to 1 s."""
    clock = ManualClock()
    tried: list[float] = []
    room = {"free": False}

    def show(_text: str) -> bool:
        tried.append(clock.now)
        return room["free"]

    throttled = ThrottledText(show, interval=1.0, clock=clock, max_interval=8.0)
    for tick in range(0, 160):  # a piece every 0.25 s for 40 s
        clock.now = tick * 0.25
        if clock.now == 16.0:
            room["free"] = True
        throttled.add("x")

    assert tried[:5] == [0.0, 2.0, 6.0, 14.0, 22.0], "skipped: 2, 4, 8, 8 s between tries"
    assert tried[5:9] == [26.0, 28.0, 29.0, 30.0], "shown from 22 s: 4, 2, then 1 s between tries again"
