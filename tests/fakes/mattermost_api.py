"""A local fake Mattermost server (REST v4 + WebSocket on one port) that real Mattermost clients can talk to.

Tests set the scene (`add_user`, `add_channel`, `direct_channel`), act as people (`user_posts`, `user_edits`,
`click`, `slash_command`, `submit_dialog`), disturb the network (`drop_connections`, `silence_connections`,
`deliver_again`, `fail_next`, `rate_limit`) and read what the bot did (`calls`, `posts`, `thread`, `ephemerals`,
`dialogs`, `files`, `sessions`, `callbacks`).

Modules: mattermost_wire (shapes, ids, rate limiter, trigger ids), mattermost_state (data and server logic),
mattermost_rest (HTTP routes), mattermost_socket (WebSocket), mattermost_callbacks (requests to integrations).

Not emulated: teams other than one, channel membership changes and their events, roles and permissions beyond
"members only" / "own posts only" / create_post_ephemeral, post deletion, reactions, pins, search, the threads
API (/posts/{id}/thread), before/after paging of channel posts, PUT /posts/{id}, file download and previews,
message attachment normalisation and the action cookies the server adds for clients, Slack-link parsing in
ephemeral_text, msgpack (binary) WebSocket frames, reliable WebSocket resumption (connection_id +
sequence_number: every reconnect starts afresh with a new connection id and seq 0, as after a server restart),
the server's own 60 s pings, @channel/@here mentions, typing and status events, clusters, TLS.
"""

from __future__ import annotations

import copy
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self, TypeVar

from tests.fakes.aio_server import LocalAioServer
from tests.fakes.mattermost_callbacks import Callback, IntegrationCalls
from tests.fakes.mattermost_rest import MattermostCall, RestApi
from tests.fakes.mattermost_socket import SocketHub, WsSession
from tests.fakes.mattermost_state import MattermostState, StoredFile
from tests.fakes.mattermost_wire import (
    GcraLimiter,
    RateLimit,
    now_ms,
)

T = TypeVar("T")


@dataclass
class FakeMattermost(MattermostState):
    """Serve Mattermost's REST API v4 and WebSocket like a v10 server, for one team, and record everything.

    `rate_limit` is the server's RateLimitSettings (None turns it off, as Enable=false does), keyed by session
    token, else by address. `auth_timeout`: a WebSocket that has not authenticated by then is closed.
    `integration_timeout` bounds the callbacks (OutgoingIntegrationRequestsTimeout).
    """

    rate_limit: RateLimit | None = field(default_factory=RateLimit)
    auth_timeout: float = 5.0
    integration_timeout: float = 30.0
    calls: list[MattermostCall] = field(default_factory=list)
    callbacks: list[Callback] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._failures: dict[str, deque[tuple[str | None, int]]] = {}
        self.limiter = GcraLimiter(self.rate_limit) if self.rate_limit else None
        self._hub = SocketHub(self.cond, self.user_for_token, self.members, self.auth_timeout)
        self._rest = RestApi(self)
        self._integrations = IntegrationCalls(self)
        self._http = LocalAioServer("fake-mattermost")

    # -- serving -------------------------------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind to a free port on 127.0.0.1 and serve from a daemon thread."""
        self._http.start(self._rest.app())
        return self

    def stop(self) -> None:
        """Cut open WebSockets, stop serving and release the port."""
        if self._http.running:
            self._http.call(self._hub.drop())
        self._http.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def root(self) -> str:
        """http://127.0.0.1:<port>: the server's site URL."""
        return self._http.root

    @property
    def port(self) -> int:
        return self._http.port

    @property
    def websocket_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/api/v4/websocket"

    # -- people acting -------------------------------------------------------------------------------------------

    def user_posts(
        self,
        channel_id: str,
        user_id: str,
        message: str,
        root_id: str = "",
        *,
        props: dict[str, Any] | None = None,
        file_ids: list[str] | None = None,
    ) -> dict[str, Any]:
        """`user_id` posts in the channel (or the thread `root_id`); connected members get a `posted` event."""
        post, error = self.create_post(user_id, channel_id, message, root_id, props or {}, file_ids or [])
        if post is None:
            raise ValueError(f"Mattermost would refuse this post: {error}")
        self.broadcast(self.posted_event(post))
        return self.post(post["id"])

    def user_edits(self, post_id: str, message: str) -> dict[str, Any]:
        """The author edits a post's text; connected members get a `post_edited` event."""
        with self.cond:
            post = self.posts[post_id]
            post.update(message=message, edit_at=now_ms(), update_at=now_ms())
        self.broadcast(self.edited_event(post))
        return self.post(post_id)

    def click(self, post_id: str, action_id: str, user_id: str, selected_option: str | None = None) -> Callback:
        """`user_id` presses a button (or picks `selected_option` in a menu), as Mattermost relays it."""
        return self._integrations.click(post_id, action_id, user_id, selected_option)

    def slash_command(
        self, url: str, token: str, text: str, user_id: str, channel_id: str, command: str = "/plume"
    ) -> Callback:
        """`user_id` runs `command text` in the channel; Mattermost POSTs the form to `url`."""
        return self._integrations.slash_command(url, token, text, user_id, channel_id, command)

    def submit_dialog(
        self,
        url: str,
        callback_id: str,
        state: str,
        submission: dict[str, Any],
        user_id: str,
        channel_id: str,
        cancelled: bool = False,
    ) -> Callback:
        """`user_id` submits (or cancels) an interactive dialog; Mattermost POSTs the submission to `url`."""
        return self._integrations.submit_dialog(url, callback_id, state, submission, user_id, channel_id, cancelled)

    def issue_trigger_id(self, user_id: str, age: float = 0.0) -> str:
        """A trigger id as handed out with a click or a command `age` seconds ago (age > trigger_ttl: expired)."""
        return self.triggers.issue(user_id, age)

    # -- the network ---------------------------------------------------------------------------------------------

    def deliver_again(self, post_id: str, *, after_reconnect: bool = False) -> int:
        """Send the `posted` event of an existing post once more: now, or right after the next authentication."""
        frame = self.posted_event(self.post(post_id))
        if after_reconnect:
            self._hub.after_next_hello(frame)
            return 0
        return self.broadcast(frame)

    def drop_connections(self) -> int:
        """Cut every WebSocket like a network failure (no close frame); the number cut."""
        return self._http.call(self._hub.drop())

    def close_connections(self, code: int = 1001) -> int:
        """Close every WebSocket cleanly, as a restarting server does."""
        return self._http.call(self._hub.close(code))

    def silence_connections(self) -> int:
        """Turn every open WebSocket into a dead link: no pong, no reply, no event. New connections work."""
        return self._http.call(self._hub.silence())

    @property
    def sessions(self) -> list[WsSession]:
        """Every WebSocket connection so far, oldest first."""
        with self.cond:
            return list(self._hub.sessions)

    def wait_for_session(self, predicate: Callable[[WsSession], bool], timeout: float = 10.0) -> WsSession:
        """The first WebSocket session matching `predicate`, waiting for it if needed."""
        return self._wait(lambda: next((s for s in self._hub.sessions if predicate(s)), None), timeout, "session")

    def wait_for_connections(self, count: int, timeout: float = 10.0) -> list[WsSession]:
        """Wait until `count` WebSocket connections have authenticated in total; those sessions."""

        def found() -> list[WsSession] | None:
            done = [s for s in self._hub.sessions if s.authenticated]
            return done if len(done) >= count else None

        return self._wait(found, timeout, f"{count} authenticated connections")

    # -- scripted failures and recorded calls ---------------------------------------------------------------------

    def fail_next(self, route: str, status: int = 500, *, times: int = 1, method: str | None = None) -> None:
        """Answer the next `times` requests to `route` (a path or a template such as /api/v4/posts/{post_id}/patch)
        with `status`: 429 as the rate limiter sends it, any other status with an AppError body."""
        with self.cond:
            self._failures.setdefault(route, deque()).extend([(method, status)] * times)

    def take_failure(self, method: str, route: str, path: str) -> int | None:
        with self.cond:
            for key in (path, route):
                queue = self._failures.get(key)
                if queue and queue[0][0] in (None, method):
                    return queue.popleft()[1]
        return None

    def record(self, call: MattermostCall) -> None:
        with self.cond:
            self.calls.append(call)
            self.cond.notify_all()

    def calls_to(self, target: str) -> list[MattermostCall]:
        """Recorded calls whose path or route is `target` ("POST /api/v4/posts" also checks the method)."""
        with self.cond:
            return [call for call in self.calls if _matches(call, target)]

    def wait_for(self, target: str | Callable[[MattermostCall], bool], timeout: float = 10.0) -> MattermostCall:
        """The first recorded call matching `target` (see calls_to) or a predicate, waiting for it if needed."""
        test = target if callable(target) else (lambda call: _matches(call, target))

        def found() -> MattermostCall | None:
            return next((call for call in self.calls if test(call)), None)

        try:
            return self._wait(found, timeout, f"call {target!r}")
        except AssertionError as error:
            seen = dict(Counter(f"{call.method} {call.route}" for call in self.calls))
            raise AssertionError(f"{error}; calls seen: {seen}") from None

    def reset(self) -> None:
        """Forget recorded calls, callbacks and scripted failures (posts, users and channels stay)."""
        with self.cond:
            self.calls.clear()
            self.callbacks.clear()
            self._failures.clear()

    def _wait(self, probe: Callable[[], T | None], timeout: float, what: str) -> T:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                result = probe()
                if result is not None:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"No {what} within {timeout}s")
                self.cond.wait(remaining)

    def wait_for_post(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 10.0) -> dict[str, Any]:
        """The first stored post matching `predicate`, waiting for it if needed."""
        post = self._wait(lambda: next((p for p in self.posts.values() if predicate(p)), None), timeout, "post")
        return copy.deepcopy(post)

    def broadcast(self, *frames: dict[str, Any]) -> int:
        """Send events to the connections they are meant for, from a test's thread; connections reached."""
        return sum(self._http.call(self._hub.broadcast(frame)) for frame in frames)

    @property
    def hub(self) -> SocketHub:
        return self._hub

    @property
    def server(self) -> LocalAioServer:
        return self._http


def _matches(call: MattermostCall, target: str) -> bool:
    method, _, where = target.rpartition(" ")
    return (not method or call.method == method) and where in (call.path, call.route)


__all__ = ["Callback", "FakeMattermost", "MattermostCall", "RateLimit", "StoredFile", "WsSession"]
