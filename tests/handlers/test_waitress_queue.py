"""The quiet gap sees requests queued in Waitress, waiting for a free thread, not only those being answered."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.request import urlopen

from bot.quiet import QuietGap
from handlers.web import HttpServer
from tests.fakes.plume_process import free_port

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def test_a_request_waiting_for_a_thread_counts_as_busy_from_its_arrival() -> None:
    entered = {path: threading.Event() for path in ("/first", "/second")}
    release = {path: threading.Event() for path in ("/first", "/second")}

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = str(environ["PATH_INFO"])
        entered[path].set()
        assert release[path].wait(10)
        start_response("200 OK", [("Content-Length", "2")])
        return [b"ok"]

    quiet = QuietGap()
    port = free_port()
    server = HttpServer(application, host="127.0.0.1", port=port, threads=1, quiet=quiet)
    server.start()
    answered: list[str] = []

    def get(path: str) -> None:
        with urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            answered.append(response.read().decode())

    clients = [threading.Thread(target=get, args=(path,)) for path in ("/first", "/second")]
    try:
        clients[0].start()
        assert entered["/first"].wait(10)
        clients[1].start()  # Waitress's only thread is busy: this one waits in its queue
        _until(lambda: quiet.requests == 2, f"the queued request is not seen ({quiet.requests} counted)")
        assert not entered["/second"].is_set(), "still queued, not yet in the application"

        release["/first"].set()
        assert entered["/second"].wait(10)
        _until(lambda: answered == ["ok"], "the first request was never answered")
        assert quiet.requests == 1, "the second is being answered"

        release["/second"].set()
        _until(lambda: quiet.requests == 0, "a request stays counted after its answer")
        assert quiet.wait() is True, "a quiet gap follows once both are answered"
    finally:
        for event in release.values():
            event.set()
        for client in clients:
            client.join(10)
        server.close()
    assert answered == ["ok", "ok"]
