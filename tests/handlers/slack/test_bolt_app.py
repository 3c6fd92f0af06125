"""Ways in and protections of the real Bolt app: mentions, ignored messages, pings, signatures, commands."""

from __future__ import annotations

import json

import pytest

from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, SECRET, Harness
from tests.fakes.slack_payloads import block_action, mention_event, message_event, slash_command


def test_a_mention_outside_feedback_channels_is_drafted_in_its_thread(harness: Harness) -> None:
    harness.provider.enqueue("Merci pour votre avis.")

    assert harness.send(mention_event("<@UPLUMEBOT> Le site de l'ANTS ne marche pas.", "1700000001.000100")) == 200

    draft = harness.draft()
    progress = harness.slack.calls_to("chat.postMessage")[0]
    assert (progress.params["channel"], progress.params["thread_ts"]) == ("CGENERAL", "1700000001.000100")
    assert draft.params["channel"] == "CGENERAL"
    sent = harness.provider.prompts_text()
    assert "Le site de l'ANTS ne marche pas." in sent and "UPLUMEBOT" not in sent


@pytest.mark.parametrize(
    "extra",
    [
        {"subtype": "message_changed"},
        {"subtype": "bot_message", "bot_id": "BOTHER"},
        {"bot_id": "BPLUME"},
        {"thread_ts": "1700000000.000001"},
    ],
    ids=["edited", "bot message", "own message", "thread reply"],
)
def test_messages_that_are_not_reviews_are_ignored(harness: Harness, extra: dict[str, str]) -> None:
    assert harness.send(message_event("Un avis", "1700000002.000100", **extra)) == 200
    assert harness.send(message_event("Un avis", "1700000002.000200", channel="COTHER")) == 200
    harness.settle()
    assert harness.provider.calls == []
    assert not harness.slack.calls_to("chat.postMessage")


def test_pings_in_a_review_or_a_draft_never_reach_slack_as_pings(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour <!here> et <@U999>, merci & à bientôt.")

    harness.send(message_event("<!channel> Service nul", "1700000003.000100"))

    draft = json.dumps(harness.draft().params)
    assert "<!here>" not in draft and "<@U999>" not in draft
    assert "&lt;!here&gt;" in draft and "&amp;" in draft


def test_the_sent_text_button_shows_the_pseudonymised_review_to_the_clicker_only(harness: Harness) -> None:
    harness.send(message_event("Je suis Paul Durand et la CAF m'ignore.", "1700000005.000100"))
    draft = harness.draft()
    summary = next(b for b in draft.params["blocks"] if b.get("accessory", {}).get("action_id") == ids.SHOW_SENT_TEXT)

    click = block_action(ids.SHOW_SENT_TEXT, summary["accessory"]["value"], user="UAGENT", response_url="")
    harness.send(click, FORM)

    shown = harness.slack.wait_for("chat.postEphemeral")
    assert shown.params["user"] == "UAGENT"
    assert "[PERSONNE_1]" in json.dumps(shown.params["blocks"]) and "Durand" not in json.dumps(shown.params)


@pytest.mark.parametrize(("secret", "age"), [("wrong-secret", 0), (SECRET, 600)], ids=["forged", "replayed"])
def test_unsigned_or_old_requests_are_refused(harness: Harness, secret: str, age: int) -> None:
    assert harness.send(message_event("Un avis", "1700000006.000100"), secret=secret, age=age) == 401
    harness.settle()
    assert harness.provider.calls == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("aide", "Plume rédige"), ("audit 30j", "réservé aux responsables"), ("n'importe", "ne connaît pas la commande")],
)
def test_slash_command_answers_in_french(harness: Harness, text: str, expected: str) -> None:
    response = harness.dispatch(slash_command(text, response_url=harness.slack.response_url("cmd")), FORM)

    assert response.status == 200
    answer = json.loads(response.body)
    assert answer["response_type"] == "ephemeral" and expected in answer["text"]


def test_slash_command_without_words_opens_the_review_form(harness: Harness) -> None:
    assert harness.send(slash_command("", response_url=harness.slack.response_url("cmd")), FORM) == 200

    opened = harness.slack.wait_for("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == ids.REVIEW_MODAL and view["private_metadata"] == "CFEEDBACK"
    assert len(view["title"]["text"]) <= 24
    assert {block["block_id"] for block in view["blocks"] if block["type"] == "input"} == {
        "service",
        "feeling",
        "title",
        "text",
    }
