"""The read-ahead used by PostgreSQL exports: order kept, memory bounded, early stops and errors handled."""

from __future__ import annotations

from collections.abc import Generator

import pytest

from storage.prefetch import prefetched


def _batches(count: int, closed: list[str], read: list[int]) -> Generator[list[int]]:
    try:
        for number in range(count):
            read.append(number)
            yield list(range(number * 10, number * 10 + 10))
    finally:
        closed.append("closed")


def test_every_item_comes_in_order() -> None:
    closed: list[str] = []
    assert list(prefetched(_batches(100, closed, []), depth=3)) == list(range(1000))
    assert closed == ["closed"]


def test_a_caller_that_stops_early_closes_the_source_and_the_reader_stays_a_few_batches_ahead() -> None:
    closed: list[str] = []
    read: list[int] = []
    items = prefetched(_batches(1000, closed, read), depth=2)

    assert [next(items) for _ in range(15)] == list(range(15))
    items.close()  # type: ignore[attr-defined]

    assert closed == ["closed"]
    assert len(read) <= 2 + 2 + 1  # the two batches handed over, the queue's two, one being put


def test_an_error_of_the_reader_reaches_the_caller() -> None:
    def failing() -> Generator[list[int]]:
        yield [1, 2]
        raise RuntimeError("connection lost")

    items = prefetched(failing())
    assert [next(items), next(items)] == [1, 2]
    with pytest.raises(RuntimeError, match="connection lost"):
        next(items)
