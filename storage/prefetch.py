"""Read the next batches of a long query in a thread while the caller formats the current one (bounded memory)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator
from typing import TypeVar

T = TypeVar("T")


class _End:
    """Put after the last batch; carries the reader's error, if any, to the caller's thread."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


def prefetched(batches: Generator[list[T]], depth: int = 4) -> Iterator[T]:
    """Yield the items of `batches`, which a thread reads up to `depth` batches ahead.

    Worth it when reading waits on something else (PostgreSQL: the network and the server's own process), as the
    driver releases the GIL meanwhile. If the caller stops early, the reader stops and `batches` is closed in its
    thread (releasing its connection) before this generator returns.
    """
    waiting: queue.Queue[list[T] | _End] = queue.Queue(maxsize=depth)
    stopped = threading.Event()

    def put(item: list[T] | _End) -> bool:
        while not stopped.is_set():
            try:
                waiting.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        error: BaseException | None = None
        try:
            for batch in batches:
                if not put(batch):
                    break
        except BaseException as failure:  # handed to the caller's thread, which raises it
            error = failure
        finally:
            batches.close()
            put(_End(error))

    reader = threading.Thread(target=read, name="plume-export-reader", daemon=True)
    reader.start()
    try:
        while not isinstance(batch := waiting.get(), _End):
            yield from batch
        if batch.error is not None:
            raise batch.error
    finally:
        stopped.set()
        reader.join()
