"""The fake Slack server enforces Slack's published rate limits, driven by the real slack_sdk WebClient."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_limits import SLACK_LIMITS, Limit


class ManualClock:
    """A monotonic clock that only moves when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def slack(clock: ManualClock) -> Iterator[FakeSlackApi]:
    with FakeSlackApi(clock=clock) as fake:
        yield fake


def client(slack: FakeSlackApi, *, retry: bool = False) -> WebClient:
    handlers = [RateLimitErrorRetryHandler(max_retry_count=3)] if retry else []
    return WebClient(token="xoxb-test", base_url=slack.url, retry_handlers=handlers)


def test_limits_are_on_by_default_with_slack_figures() -> None:
    assert FakeSlackApi().limits == SLACK_LIMITS
    assert SLACK_LIMITS["chat.postMessage"] == Limit(1.0, burst=5, per_channel=True)
    assert SLACK_LIMITS["chat.update"].per_second * 60 == pytest.approx(50)
    assert SLACK_LIMITS["views.open"].per_second * 60 == pytest.approx(100)
    assert "auth.test" not in SLACK_LIMITS


def test_a_burst_of_updates_beyond_the_bucket_is_refused(slack: FakeSlackApi) -> None:
    web = client(slack)
    burst = SLACK_LIMITS["chat.update"].burst
    for n in range(burst):
        web.chat_update(channel="C1", ts="1.0", text=f"v{n}")
    with pytest.raises(SlackApiError) as refused:
        web.chat_update(channel="C1", ts="1.0", text="one too many")
    response = refused.value.response
    assert response.status_code == 429
    assert response.data == {"ok": False, "error": "ratelimited"}
    assert int(response.headers["Retry-After"]) >= 1
    assert [call.status for call in slack.calls_to("chat.update")] == [200] * burst + [429]
    assert slack.refused() == slack.refused("chat.update") == 1


def test_retry_after_counts_the_whole_seconds_until_a_token(slack: FakeSlackApi, clock: ManualClock) -> None:
    web = client(slack)
    for _ in range(SLACK_LIMITS["chat.update"].burst):
        web.chat_update(channel="C1", ts="1.0", text="x")
    with pytest.raises(SlackApiError) as first:
        web.chat_update(channel="C1", ts="1.0", text="x")
    assert first.value.response.headers["Retry-After"] == "2"  # 60/50 = 1.2 s for one token
    clock.advance(1.0)
    with pytest.raises(SlackApiError) as second:
        web.chat_update(channel="C1", ts="1.0", text="x")
    assert second.value.response.headers["Retry-After"] == "1"  # 0.2 s left, never less than 1


def test_each_channel_has_its_own_post_message_bucket(slack: FakeSlackApi) -> None:
    web = client(slack)
    burst = SLACK_LIMITS["chat.postMessage"].burst
    for _ in range(burst):
        web.chat_postMessage(channel="C1", text="notice")
    with pytest.raises(SlackApiError) as refused:
        web.chat_postMessage(channel="C1", text="notice")
    assert refused.value.response.status_code == 429
    for _ in range(burst):
        assert web.chat_postMessage(channel="C2", text="notice")["ok"]
    assert slack.refused("chat.postMessage") == 1
    channels = [(c.params["channel"], c.status) for c in slack.calls_to("chat.postMessage") if c.status == 429]
    assert channels == [("C1", 429)]


def test_methods_are_limited_separately_and_unlisted_ones_never(slack: FakeSlackApi) -> None:
    web = client(slack)
    for _ in range(SLACK_LIMITS["chat.update"].burst):
        web.chat_update(channel="C1", ts="1.0", text="x")
    assert web.chat_postEphemeral(channel="C1", user="U1", text="x")["ok"]
    for _ in range(50):
        assert web.auth_test()["ok"]
    assert slack.refused() == 0


def test_the_clock_refills_the_bucket_without_sleeping(slack: FakeSlackApi, clock: ManualClock) -> None:
    web = client(slack)
    for _ in range(5):
        web.chat_postMessage(channel="C1", text="x")
    with pytest.raises(SlackApiError):
        web.chat_postMessage(channel="C1", text="x")
    clock.advance(1.0)
    assert web.chat_postMessage(channel="C1", text="x")["ok"]
    with pytest.raises(SlackApiError):
        web.chat_postMessage(channel="C1", text="x")
    clock.advance(60.0)  # a full bucket, never more than the burst
    for _ in range(5):
        web.chat_postMessage(channel="C1", text="x")
    with pytest.raises(SlackApiError):
        web.chat_postMessage(channel="C1", text="x")


def test_the_client_retry_handler_waits_and_succeeds() -> None:
    limits = {"chat.update": Limit(per_second=2.0, burst=1)}  # real clock: a refusal, then ~1 s of waiting
    with FakeSlackApi(limits=limits) as slack:
        web = client(slack, retry=True)
        web.chat_update(channel="C1", ts="1.0", text="first")
        assert web.chat_update(channel="C1", ts="1.0", text="second")["ok"]
        assert [call.status for call in slack.calls_to("chat.update")] == [200, 429, 200]
        assert slack.refused() == 1


def test_scripted_failures_take_precedence_and_spend_no_token(slack: FakeSlackApi) -> None:
    web = client(slack)
    slack.fail_next("chat.update", retry_after=7)
    with pytest.raises(SlackApiError) as scripted:
        web.chat_update(channel="C1", ts="1.0", text="x")
    assert scripted.value.response.headers["Retry-After"] == "7"
    for _ in range(SLACK_LIMITS["chat.update"].burst):
        assert web.chat_update(channel="C1", ts="1.0", text="x")["ok"]


def test_reset_fills_the_buckets_again(slack: FakeSlackApi) -> None:
    web = client(slack)
    for _ in range(5):
        web.chat_postMessage(channel="C1", text="x")
    slack.reset()
    assert web.chat_postMessage(channel="C1", text="x")["ok"]


def test_no_limits_never_refuse() -> None:
    with FakeSlackApi(limits=None) as slack:
        web = client(slack)
        for _ in range(100):
            web.chat_postMessage(channel="C1", text="x")
            web.chat_update(channel="C1", ts="1.0", text="x")
        assert slack.refused() == 0
