"""Random and mutated Slack payloads, signed, through the HTTP application: every request answered, nothing fails.

Answers are 200 (handled), 404 (nothing listens to it) or 400 (a field is not of the type Slack sends, or Bolt
cannot even read the body). Never 500: neither Bolt nor a listener may trip on a payload.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, Harness
from tests.fakes.slack_payloads import block_action, message_event, slash_command, view_submission

ODD_VALUES = st.one_of(
    st.none(), st.integers(), st.booleans(), st.text(max_size=50), st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
)  # fmt: skip
ANSWERS = (200, 400, 404)
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def _mutate(node: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    """Drop some keys and give others values of the wrong type, at the top level and one level down."""
    mutated = dict(node)
    for key in list(mutated):
        choice = draw(st.sampled_from(["keep", "keep", "keep", "drop", "odd", "nest"]))
        if choice == "drop":
            del mutated[key]
        elif choice == "odd":
            mutated[key] = draw(ODD_VALUES)
        elif choice == "nest" and isinstance(mutated[key], dict):
            mutated[key] = _mutate(mutated[key], draw)
    return mutated


@st.composite
def events(draw: st.DrawFn) -> str:
    body = json.loads(message_event(draw(st.text(max_size=300)), "1700000000.000100"))
    body["event"]["type"] = draw(st.sampled_from(["message", "app_mention", "app_home_opened", "reaction_added"]))
    return json.dumps(_mutate(body, draw))


def _payload(form: str) -> dict[str, Any]:
    return dict(json.loads(parse_qs(form)["payload"][0]))


@st.composite
def interactions(draw: st.DrawFn) -> str:
    action_id = draw(st.sampled_from([ids.APPROVE, ids.REGENERATE, ids.EDIT, ids.SWITCH_MODEL, ids.SHOW_SENT_TEXT,
                                      f"{ids.RETRY}_0", "unknown_action"]))  # fmt: skip
    value = draw(st.one_of(st.just("1"), st.text(max_size=20), st.just("999999|mistral:x")))
    clicked = _payload(
        block_action(action_id, value, user="UFUZZ", response_url="", block_id=draw(st.text(max_size=30)))
    )
    submitted = _payload(
        view_submission(
            draw(st.sampled_from([ids.REVIEW_MODAL, ids.EDIT_MODAL, "unknown_view"])),
            draw(st.text(max_size=20)),
            draw(st.dictionaries(st.sampled_from(["text", "draft", "service", "feeling"]), st.text(max_size=50))),
        )
    )
    return urlencode({"payload": json.dumps(_mutate(draw(st.sampled_from([clicked, submitted])), draw))})


@st.composite
def commands(draw: st.DrawFn) -> str:
    body = {
        key: values[0] for key, values in parse_qs(slash_command(draw(st.text(max_size=80)), response_url="")).items()
    }
    return urlencode({key: value for key, value in _mutate(body, draw).items() if isinstance(value, str)})


@pytest.fixture
def listener_errors(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.ERROR, logger="handlers.slack.app")
    return caplog


def _no_listener_failed(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    """Neither a listener nor Bolt's own middleware raised (the app's error handler logs both)."""
    harness.settle()
    failures = [record.getMessage() for record in caplog.records if "listener failed" in record.getMessage()]
    assert not failures


def test_random_events_are_answered(harness: Harness, listener_errors: pytest.LogCaptureFixture) -> None:
    @FUZZ
    @given(body=events())
    def send(body: str) -> None:
        assert harness.post(body) in ANSWERS

    send()
    _no_listener_failed(harness, listener_errors)


def test_random_clicks_and_submissions_are_answered(
    harness: Harness, listener_errors: pytest.LogCaptureFixture
) -> None:
    @FUZZ
    @given(body=interactions())
    def send(body: str) -> None:
        assert harness.post(body, FORM) in ANSWERS

    send()
    _no_listener_failed(harness, listener_errors)


def test_random_slash_commands_are_answered(harness: Harness, listener_errors: pytest.LogCaptureFixture) -> None:
    @FUZZ
    @given(body=commands())
    def send(body: str) -> None:
        assert harness.post(body, FORM) in ANSWERS

    send()
    _no_listener_failed(harness, listener_errors)
