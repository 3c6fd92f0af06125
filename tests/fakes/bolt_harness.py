"""Drive the real Bolt app with signed requests and watch what reaches the fake Slack Web API.

The app is built with `process_before_response=True`: when `dispatch` (or `post`) returns, the listener has
finished. Drafting happens later, in the job runner's threads: `settle()` waits until it is over too, so that a test
can then assert that something did *not* happen.
"""

from __future__ import annotations

import io
import json
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from wsgiref.util import setup_testing_defaults

from slack_bolt import App, BoltRequest
from slack_bolt.response import BoltResponse

from bot.core import Core
from handlers.slack import ids
from handlers.slack.http import EVENTS_PATH, slack_route
from handlers.web import router
from tests.fakes.model import FakeProvider
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import signed_headers

SECRET = "bolt-test-secret"
FORM = "application/x-www-form-urlencoded"


class Harness:
    def __init__(self, app: App, core: Core, provider: FakeProvider, slack: FakeSlackApi, db: Path) -> None:
        self.app, self.core, self.provider, self.slack, self.db = app, core, provider, slack, db

    def send(self, body: str, content_type: str = "application/json", *, secret: str = SECRET, age: int = 0) -> int:
        return self.dispatch(body, content_type, secret=secret, age=age).status

    def dispatch(
        self, body: str, content_type: str = "application/json", *, secret: str = SECRET, age: int = 0
    ) -> BoltResponse:
        headers = {"content-type": [content_type], **signed_headers(secret, body, int(time.time()) - age)}
        return self.app.dispatch(BoltRequest(body=body, headers=headers))

    def post(self, body: str, content_type: str = "application/json") -> int:
        """Through the WSGI application that `plume serve --http` serves, as a signed HTTP request would."""
        environ: dict[str, object] = {}
        setup_testing_defaults(environ)
        data = body.encode()
        environ.update(
            {
                "REQUEST_METHOD": "POST",
                "PATH_INFO": "/slack/events",
                "CONTENT_TYPE": content_type,
                "CONTENT_LENGTH": str(len(data)),
                "wsgi.input": io.BytesIO(data),
                **{
                    f"HTTP_{name.upper().replace('-', '_')}": value
                    for name, value in signed_headers(SECRET, body).items()
                },
            }
        )
        statuses: list[str] = []
        application = router({EVENTS_PATH: slack_route(self.app)}, lambda: {"status": "ok"})
        application(environ, lambda status, _headers: statuses.append(status))  # type: ignore[arg-type,return-value]
        return int(statuses[0].split()[0])

    def drafts(self) -> list[SlackCall]:
        """Final drafts shown so far (messages carrying the approve button), oldest first."""
        return [
            call
            for call in list(self.slack.calls)
            if call.method in ("chat.update", "chat.postMessage")
            and ids.APPROVE in json.dumps(call.params.get("blocks"))
        ]

    def wait_drafts(self, count: int, timeout: float = 15.0) -> list[SlackCall]:
        deadline = time.monotonic() + timeout
        while len(self.drafts()) < count:
            assert time.monotonic() < deadline, f"{len(self.drafts())} drafts shown, {count} expected"
            time.sleep(0.02)
        return self.drafts()

    def draft(self) -> SlackCall:
        return self.wait_drafts(1)[0]

    def settle(self, timeout: float = 15.0) -> None:
        """Wait until every stored job has run to its end, messages included: no job waits or runs in the store,
        and no worker holds one (it is released only after its draft or failure is shown)."""
        deadline = time.monotonic() + timeout
        while self._unfinished_jobs() or self.core.runner.holds_jobs():
            assert time.monotonic() < deadline, "draft jobs still waiting or running"
            time.sleep(0.02)

    def _unfinished_jobs(self) -> int:
        with closing(sqlite3.connect(self.db)) as db:
            count: int = db.execute("SELECT count(*) FROM jobs WHERE status IN ('pending', 'running')").fetchone()[0]
        return count


def actions_of(call: SlackCall) -> dict[str, dict[str, object]]:
    return {e["action_id"]: e for b in call.params.get("blocks", []) if b["type"] == "actions" for e in b["elements"]}
