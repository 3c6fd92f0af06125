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
    throttled = ThrottledText(lambda text: shown.append((clock.now, text)), interval=interval, clock=clock)
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
