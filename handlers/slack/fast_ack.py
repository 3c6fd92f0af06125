"""Reviews acknowledged before Bolt reads them: under a burst of events, the ack is the sealing and storing itself.

Bolt's way to an ack (a Web API client built per request, its middleware, some thirty listeners matched in turn)
costs the interpreter several times what storing a review does, and during a burst every ack queues behind the
others' for the interpreter's lock. For a signed `event_callback` carrying a review, this route does what must
precede the ack — the signature checked as Bolt checks it, the payload checked as `guards.well_formed_only` checks
it, the review stored sealed in the inbox (`bot/inbox.py`) — answers 200, and hands the very same request to Bolt
once requests quieten down (`bot/quiet.py`): Bolt then verifies it again and runs its middleware and listeners as
usual, the review already in the context as accepted. A process that dies before Bolt's turn leaves the review in
the inbox, where another process takes it in.

Everything else goes to Bolt at once, exactly as before: another content type or payload type (url_verification,
interactivity, slash commands), a missing or wrong signature, a malformed payload, an event that is not a review
(a reply in a thread, an edit, a bot's message), a review whose store fails (Bolt answers 500 then, so Slack
sends it again).
"""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.request.internals import extract_team_id
from slack_sdk.signature import SignatureVerifier

from bot.inbox import Accepted, Inbox
from bot.quiet import QuietGap
from handlers.slack.events import ACCEPTED, incoming_review
from handlers.slack.payloads import malformed

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

log = logging.getLogger(__name__)

Headers = dict[str, str | Sequence[str]]
_OK = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "0")]


class FastAcks:
    """Acks reviews itself and queues them for Bolt; `answer` returns None for any request it leaves to Bolt."""

    def __init__(
        self,
        dispatch: Callable[[BoltRequest], BoltResponse],
        inbox: Inbox,
        quiet: QuietGap,
        *,
        signing_secret: str,
        feedback_channels: frozenset[str],
    ) -> None:
        self._dispatch = dispatch
        self._inbox = inbox
        self._quiet = quiet
        self._verifier = SignatureVerifier(signing_secret)
        self._channels = feedback_channels
        self._after_ack: queue.SimpleQueue[tuple[str, WSGIEnvironment, Accepted | None]] = queue.SimpleQueue()
        self._worker = threading.Thread(target=self._hand_to_bolt, name="plume-slack-after-ack", daemon=True)
        self._worker.start()

    def answer(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes] | None:
        """The 200 of a review now stored; None (the body put back for Bolt to read) for anything else."""
        if environ.get("REQUEST_METHOD") != "POST" or not str(environ.get("CONTENT_TYPE")).startswith(
            "application/json"
        ):
            return None
        raw = _read_body(environ)
        environ["wsgi.input"] = BytesIO(raw)
        with self._quiet.busy():
            try:
                body = raw.decode()
            except UnicodeDecodeError:
                return None
            accepted = self._accept(body, environ)
        if accepted is False:
            return None
        self._after_ack.put((body, environ, accepted if isinstance(accepted, Accepted) else None))  # headers: later
        start_response("200 OK", list(_OK))
        return [b""]

    def _accept(self, body: str, environ: WSGIEnvironment) -> Accepted | bool | None:
        """The stored review (None: stored already, a redelivery), or False for a request left to Bolt."""
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        try:
            if not self._verifier.is_valid(body, timestamp, signature):
                return False
            payload = json.loads(body)
        except ValueError:  # a timestamp or a body that does not parse: Bolt answers it
            return False
        if not isinstance(payload, dict) or payload.get("type") != "event_callback" or malformed(payload):
            return False
        event = payload.get("event")
        if not isinstance(event, dict) or _from_this_app(event, payload):
            return False
        review = incoming_review(event, extract_team_id(payload) or "", self._channels)
        if review is None:
            return False
        try:
            return self._inbox.accept(review)
        except Exception as error:  # Bolt tries again and answers 500 if the store still fails: never acked
            log.warning("inbox store failed before an ack (%s); the request goes to Bolt", type(error).__name__)
            return False

    def _hand_to_bolt(self) -> None:
        """Forever: give Bolt each request acked here once requests quieten down, one quiet gap per request.

        Bolt's dispatch costs the interpreter more than an ack: handing over a whole backlog after one gap (or after
        the longest wait, in a long burst) kept the acks still arriving waiting behind all of it.
        """
        while True:
            body, environ, accepted = self._after_ack.get()
            self._quiet.wait()
            self._dispatch_acked(body, WsgiHttpRequest(environ).get_headers(), accepted)

    def _dispatch_acked(self, body: str, headers: Headers, accepted: Accepted | None) -> None:
        try:
            response = self._dispatch(BoltRequest(body=body, headers=headers, context={ACCEPTED: accepted}))
        except Exception as error:  # the review stays in the inbox: once its lease expires, recovery takes it in
            log.error("Bolt failed on an acked review (%s); left in the inbox", type(error).__name__)
            return
        if response.status >= 300:
            log.error("Bolt answered %d to an acked review; left in the inbox", response.status)


def _from_this_app(event: dict[str, Any], payload: dict[str, Any]) -> bool:
    """An event caused by Plume's own bot user (Bolt ignores those): left to Bolt."""
    bots = {item.get("user_id") for item in payload.get("authorizations") or [] if item.get("is_bot")}
    return event.get("user") in bots


def _read_body(environ: WSGIEnvironment) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    return environ["wsgi.input"].read(length) if length > 0 else b""
