"""The proof across processes: two `plume serve --http` processes share one PostgreSQL database and one Slack
that enforces its published rate limits; 30 reviews arrive together in one channel (bench/limits.py's scenario)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import sqlalchemy

from bench.limits import burst_under_limits
from tests.fakes.plume_process import unfinished_jobs
from tests.fakes.slack_api import FakeSlackApi

REVIEWS = int(os.environ.get("PLUME_TEST_BURST_REVIEWS", "30"))
"""30 as the issue asks: about 35 s of drafting, paced by Slack's one post a second in the channel."""


def test_thirty_reviews_on_two_processes_share_slacks_budgets_and_all_get_their_final_draft(
    tmp_path: Path, fake_slack: FakeSlackApi, postgres_url: str
) -> None:
    """Each process alone would stay within Slack's limits; together they would overspend them about twofold
    unless their budgets are one. Every draft ends final with its buttons, each review costs one model call, no
    post is doubled, Slack refuses under 10 % of the calls, and neither process logs an error."""
    burst = burst_under_limits(tmp_path, fake_slack, postgres_url, REVIEWS)

    assert unfinished_jobs(postgres_url) == 0
    assert len(set(burst.finals())) == REVIEWS, "each review has its own final draft with its buttons"
    assert burst.model_calls == REVIEWS, "one model call per review"
    posts = burst.posts()
    assert len(posts) == REVIEWS, "one progress message per review, no duplicate"
    assert len({call.params["thread_ts"] for call in posts}) == REVIEWS
    assert burst.refused() < 0.1 * len(burst.calls), f"{burst.refused()} of {len(burst.calls)} calls refused"
    assert burst.problems == []
    engine = sqlalchemy.create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(sqlalchemy.text("SELECT count(*) FROM revisions")).scalar() == REVIEWS
        budgets = connection.execute(sqlalchemy.text("SELECT key FROM rate_budgets")).scalars().all()
    engine.dispose()
    assert "slack:chat.update" in budgets, "the processes paced chat.update through the shared budget"
    print(json.dumps(burst.figures()))
