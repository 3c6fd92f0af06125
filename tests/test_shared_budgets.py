"""The proof across processes: two `plume serve --http` processes share one PostgreSQL database and one Slack
that enforces its published rate limits; 30 reviews arrive together in one channel."""

from __future__ import annotations

import json
import os
import re
import threading
import time
from pathlib import Path

import sqlalchemy

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env, unfinished_jobs
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import message_event

REVIEWS = int(os.environ.get("PLUME_TEST_BURST_REVIEWS", "30"))
"""30 as the issue asks: about 40 s of drafting, paced by Slack's one post a second in the channel."""
PROBLEMS = re.compile(r" (ERROR|CRITICAL) |Traceback")


def _finals(slack: FakeSlackApi) -> list[str]:
    return [
        str(call.params["ts"])
        for call in slack.calls_to("chat.update")
        if call.status == 200 and "plume_approve" in json.dumps(call.params.get("blocks"))
    ]


def test_thirty_reviews_on_two_processes_share_slacks_budgets_and_all_get_their_final_draft(
    tmp_path: Path, fake_slack: FakeSlackApi, postgres_url: str
) -> None:
    """Each process alone would stay within Slack's limits; together they would overspend them twofold unless
    their budgets are one. Every draft ends final with its buttons, each review costs one model call, no post is
    doubled, Slack refuses under 10 % of the calls, and neither process logs an error."""
    with FakeMistralServer(chunk_delay=0.25) as model:  # a reply streams for about 2 s, in 9 pieces
        env = plume_env(tmp_path, fake_slack.url, model.url, postgres_url, PLUME_LOG_LEVEL="INFO")
        processes = [PlumeProcess(env, tmp_path, name) for name in ("first", "second")]
        try:
            for process in processes:
                process.wait_ready()
            started = time.monotonic()

            def send(index: int) -> None:
                body = message_event(f"Avis n° {index} : la CAF ne répond pas.", f"1700000002.{index:06d}")
                assert processes[index % 2].send(body) == 200

            senders = [threading.Thread(target=send, args=(index,)) for index in range(REVIEWS)]
            for sender in senders:
                sender.start()
            for sender in senders:
                sender.join()
            deadline = started + 60 + 2 * REVIEWS
            while len(set(_finals(fake_slack))) < REVIEWS:
                assert time.monotonic() < deadline, f"{len(set(_finals(fake_slack)))} final drafts of {REVIEWS}"
                time.sleep(0.2)
            elapsed = time.monotonic() - started
        finally:
            for process in processes:
                process.stop()
        requests = len(model.requests)

    assert unfinished_jobs(postgres_url) == 0
    assert requests == REVIEWS, "one model call per review"
    assert len(set(_finals(fake_slack))) == REVIEWS, "each review has its own final draft with its buttons"
    posts = [call for call in fake_slack.calls_to("chat.postMessage") if call.status == 200]
    assert len(posts) == REVIEWS, "one progress message per review, no duplicate"
    assert len({call.params["thread_ts"] for call in posts}) == REVIEWS
    calls = [call for call in fake_slack.calls if call.method.startswith("chat.")]
    refused = [call for call in calls if call.status == 429]
    assert len(refused) < 0.1 * len(calls), f"{len(refused)} of {len(calls)} calls refused"
    for process in processes:
        assert not PROBLEMS.findall(process.log.read_text()), process.log.name
    engine = sqlalchemy.create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(sqlalchemy.text("SELECT count(*) FROM revisions")).scalar() == REVIEWS
        budgets = connection.execute(sqlalchemy.text("SELECT key FROM rate_budgets ORDER BY key")).scalars().all()
    engine.dispose()
    assert "slack:chat.update" in budgets, "the processes paced chat.update through the shared budget"
    print(json.dumps({"reviews": REVIEWS, "seconds_to_last_final": round(elapsed, 1), "calls": len(calls),
                      "refused": len(refused), "partial_updates": len(calls) - len(posts) - REVIEWS}))  # fmt: skip
