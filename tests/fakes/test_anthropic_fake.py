"""Prove that the Anthropic fake speaks the Messages API as the real SDK expects, streamed and not."""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import pytest

from .anthropic_api import DEFAULT_REPLY, FakeAnthropicServer

MESSAGES: list[anthropic.types.MessageParam] = [{"role": "user", "content": "Rédige une réponse courte."}]


@pytest.fixture
def fake() -> Iterator[FakeAnthropicServer]:
    with FakeAnthropicServer() as server:
        yield server


def client(fake: FakeAnthropicServer) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="k", base_url=fake.url, max_retries=0)


def test_non_streamed_message(fake: FakeAnthropicServer) -> None:
    message = client(fake).messages.create(model="claude-sonnet-4-6", max_tokens=100, messages=MESSAGES)
    assert [block.text for block in message.content if block.type == "text"] == [DEFAULT_REPLY]
    assert message.stop_reason == "end_turn"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (4, len(DEFAULT_REPLY.split()))


def test_stream_event_sequence(fake: FakeAnthropicServer) -> None:
    with client(fake).messages.stream(model="claude-sonnet-4-6", max_tokens=100, messages=MESSAGES) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_message()
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert "text" in kinds and "content_block_delta" in kinds
    assert final.content[0].type == "text" and final.content[0].text == DEFAULT_REPLY
    assert final.usage.output_tokens == len(DEFAULT_REPLY.split())


def test_scripted_errors_carry_status_type_and_retry_after(fake: FakeAnthropicServer) -> None:
    fake.enqueue_error(429, retry_after=7)
    fake.enqueue_error(529)
    with pytest.raises(anthropic.RateLimitError) as limited:
        client(fake).messages.create(model="m", max_tokens=10, messages=MESSAGES)
    assert limited.value.response.headers["retry-after"] == "7"
    assert limited.value.type == "rate_limit_error"
    with pytest.raises(anthropic.APIStatusError) as overloaded:
        client(fake).messages.create(model="m", max_tokens=10, messages=MESSAGES)
    assert overloaded.value.status_code == 529
    assert [request.status for request in fake.wait_for_requests(2)] == [429, 529]
