"""Prove that the fakes speak the wire protocols the real SDKs expect."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import pytest
from mistralai.client import Mistral
from mistralai.client.errors import SDKError
from mistralai.client.utils import BackoffStrategy, RetryConfig
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from .mistral_api import DEFAULT_REPLY, FakeMistralServer
from .slack_api import FakeSlackApi

BLOCKS = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Bonjour*"}}]
VIEW = {"type": "modal", "title": {"type": "plain_text", "text": "Plume"}, "blocks": BLOCKS}
MESSAGES = [{"role": "user", "content": "Rédige une réponse courte."}]


@pytest.fixture
def slack() -> Iterator[FakeSlackApi]:
    with FakeSlackApi() as fake:
        yield fake


@pytest.fixture
def mistral() -> Iterator[FakeMistralServer]:
    with FakeMistralServer() as fake:
        yield fake


def test_slack_web_client_round_trip(slack: FakeSlackApi) -> None:
    client = WebClient(token="xoxb-test", base_url=slack.url)

    auth = client.auth_test()
    assert auth["user_id"] == "UPLUMEBOT" and auth["bot_id"] == "BPLUME"

    first = client.chat_postMessage(channel="C1", text="salut", blocks=BLOCKS)
    second = client.chat_postMessage(channel="C1", text="encore", thread_ts=first["ts"])
    assert first["ts"] < second["ts"]
    assert first["message"]["blocks"] == BLOCKS
    assert second["message"]["thread_ts"] == first["ts"]

    updated = client.chat_update(channel="C1", ts=first["ts"], text="modifié")
    assert (updated["channel"], updated["ts"], updated["text"]) == ("C1", first["ts"], "modifié")
    assert client.chat_postEphemeral(channel="C1", user="U1", text="psst")["message_ts"]
    assert client.users_info(user="U42")["user"]["profile"]["display_name"] == "Agent Test"
    view = client.views_open(trigger_id="123.456", view=VIEW)["view"]
    assert view["id"] == "V123" and view["title"]["text"] == "Plume"
    link = client.chat_getPermalink(channel="C1", message_ts="1700000000.000100")["permalink"]
    assert link == "https://test.slack.com/archives/C1/p1700000000000100"

    post = slack.calls_to("chat.postMessage")[0]
    assert post.params["blocks"] == BLOCKS
    assert post.headers["authorization"] == "Bearer xoxb-test"
    assert slack.calls_to("users.info")[0].params == {"user": "U42"}
    assert slack.calls_to("views.open")[0].params["view"] == VIEW


def test_slack_form_bodies_decode_json_fields(slack: FakeSlackApi) -> None:
    client = WebClient(token="xoxb-test", base_url=slack.url)
    client.api_call("chat.postMessage", params={"channel": "C1", "blocks": json.dumps(BLOCKS)})
    call = slack.wait_for("chat.postMessage")
    assert call.params == {"channel": "C1", "blocks": BLOCKS}
    assert call.headers["content-type"] == "application/x-www-form-urlencoded"


def test_slack_response_url_and_wait_for(slack: FakeSlackApi) -> None:
    url = slack.response_url("hook-1")
    timer = threading.Timer(0.1, lambda: WebhookClient(url).send(text="fait", replace_original=True))
    timer.start()
    call = slack.wait_for("response_url", lambda c: c.params.get("text") == "fait", timeout=5)
    timer.join()
    assert call.path == "/response_url/hook-1"
    assert call.params["replace_original"] is True
    with pytest.raises(AssertionError, match=r"chat\.update.*response_url"):
        slack.wait_for("chat.update", timeout=0.1)
    slack.reset()
    assert slack.calls == []


def test_slack_scripted_rate_limit(slack: FakeSlackApi) -> None:
    client = WebClient(token="xoxb-test", base_url=slack.url)
    slack.fail_next("chat.postMessage", retry_after=7)
    with pytest.raises(SlackApiError) as caught:
        client.chat_postMessage(channel="C1", text="x")
    assert caught.value.response.status_code == 429
    assert caught.value.response.headers["Retry-After"] == "7"
    assert caught.value.response["error"] == "ratelimited"

    slack.fail_next("chat.postMessage", retry_after=0)
    retrying = WebClient(token="xoxb-test", base_url=slack.url, retry_handlers=[RateLimitErrorRetryHandler()])
    assert retrying.chat_postMessage(channel="C1", text="y")["ok"]
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [429, 429, 200]

    slack.fail_next("chat.update", status=200, retry_after=None, error="message_not_found")
    with pytest.raises(SlackApiError, match="message_not_found"):
        client.chat_update(channel="C1", ts="1.2", text="z")


def test_mistral_stream_assembles_text_and_usage(mistral: FakeMistralServer) -> None:
    client = Mistral(api_key="k", server_url=mistral.url)
    pieces: list[str] = []
    usage = None
    with client.chat.stream(model="mistral-small-latest", messages=MESSAGES) as stream:
        for event in stream:
            chunk = event.data
            content = chunk.choices[0].delta.content
            if isinstance(content, str):
                pieces.append(content)
            if chunk.usage is not None:
                usage = chunk.usage
    assert "".join(pieces) == DEFAULT_REPLY
    assert len(pieces) > 2
    assert usage is not None and usage.completion_tokens == len(DEFAULT_REPLY.split())
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens

    request = mistral.wait_for_requests(1)[0]
    assert request.body["stream"] is True
    assert request.body["messages"] == MESSAGES
    assert request.headers["authorization"] == "Bearer k"
    assert request.headers["accept"] == "text/event-stream"


def test_mistral_complete_uses_reply_callable(mistral: FakeMistralServer) -> None:
    mistral.reply = lambda body: f"écho : {body['messages'][-1]['content']}"
    client = Mistral(api_key="k", server_url=mistral.url)
    response = client.chat.complete(model="mistral-small-latest", messages=MESSAGES)
    assert response.choices[0].message.content == "écho : Rédige une réponse courte."
    assert response.usage.prompt_tokens == 4


def test_mistral_rate_limit_then_success(mistral: FakeMistralServer) -> None:
    mistral.enqueue_error(429, retry_after=0.2)
    client = Mistral(api_key="k", server_url=mistral.url)
    with pytest.raises(SDKError) as caught:
        client.chat.stream(model="m", messages=MESSAGES)
    assert caught.value.status_code == 429
    assert caught.value.headers["retry-after"] == "0.2"

    mistral.enqueue_error(429, retry_after=0.2)
    mistral.enqueue_error(503)
    retries = RetryConfig("backoff", BackoffStrategy(10, 50, 1.5, 5_000), False)
    started = time.monotonic()
    stream = client.chat.stream(model="m", messages=MESSAGES, retries=retries)
    text = "".join(str(e.data.choices[0].delta.content or "") for e in stream)
    assert text == DEFAULT_REPLY
    assert time.monotonic() - started >= 0.2
    assert [r.status for r in mistral.wait_for_requests(4)] == [429, 429, 503, 200]


def test_slack_files_upload_v2_round_trip(slack: FakeSlackApi) -> None:
    """files_upload_v2: getUploadURLExternal, the bytes POSTed to the upload URL, then completeUploadExternal."""
    client = WebClient(token="xoxb-test", base_url=slack.url)
    content = 'a,b\r\n"é, ""x""",2\r\n'
    dm = client.conversations_open(users="ULEAD")["channel"]["id"]

    response = client.files_upload_v2(
        channel=dm, filename="audit.csv", content=content, title="Audit", initial_comment="ci"
    )

    upload = slack.wait_upload()
    assert response["file"]["id"] == upload.file_id and upload.completed
    assert (upload.channel, upload.filename, upload.title, upload.initial_comment) == (
        "DULEAD",
        "audit.csv",
        "Audit",
        "ci",
    )
    assert upload.text == content and upload.length == len(content.encode())
    assert [call.method for call in slack.calls] == [
        "conversations.open",
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]


def test_slack_user_groups_by_handle_and_by_id(slack: FakeSlackApi) -> None:
    slack.usergroups = [{"id": "S0LEADS", "handle": "chefs", "users": ["U1", "U2"]}]
    client = WebClient(token="xoxb-test", base_url=slack.url)

    assert client.usergroups_list(include_users=True)["usergroups"][0]["users"] == ["U1", "U2"]
    assert "users" not in client.usergroups_list()["usergroups"][0]
    assert client.usergroups_users_list(usergroup="S0LEADS")["users"] == ["U1", "U2"]
    with pytest.raises(SlackApiError):
        client.usergroups_users_list(usergroup="S0NONE")


def test_the_slack_fake_refuses_what_block_kit_validation_refuses() -> None:
    with FakeSlackApi() as fake:
        client = WebClient(token="xoxb-test", base_url=fake.url)
        too_long = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]
        with pytest.raises(SlackApiError) as refused:
            client.chat_postMessage(channel="C1", text="long", blocks=too_long)
        assert refused.value.response["error"] == "invalid_blocks"
        with pytest.raises(SlackApiError):
            client.views_open(trigger_id="1.2.3", view={**VIEW, "title": {"type": "plain_text", "text": "x" * 30}})
        client.chat_postMessage(channel="C1", text="ok", blocks=BLOCKS)
        assert [method for method, _ in fake.invalid] == ["chat.postMessage", "views.open"]
        fake.invalid.clear()  # leaving the `with` block would otherwise fail, as it does for every other test
