"""Bad and hostile input through the real Bolt app: each gets a clear French answer, and nothing else happens."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode

from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_payloads import block_action, message_event, thread_reply_event

LONG_REVIEW = ("J'attends une réponse de la CAF depuis des mois, c'est inadmissible. " * 250).strip()


def _ephemerals(harness: Harness) -> str:
    return json.dumps([c.params for c in harness.slack.calls_to("chat.postEphemeral")], ensure_ascii=False)


def test_a_file_or_emoji_only_message_is_explained_not_drafted(harness: Harness) -> None:
    harness.send(message_event("", "1700000500.000100", subtype="file_share", files=[{"id": "F1"}]))
    harness.send(message_event(":thumbsup: :tada:", "1700000500.000200"))

    harness.settle()
    answers = [c.params["text"] for c in harness.slack.calls_to("chat.postEphemeral")]
    assert len(answers) == 2 and all("Plume ne lit que le texte" in answer for answer in answers)
    assert harness.provider.calls == []


def test_a_too_long_review_is_drafted_from_its_first_part_only_after_agreement(harness: Harness) -> None:
    assert len(LONG_REVIEW) > 12_000
    harness.send(message_event(LONG_REVIEW, "1700000500.000300"))
    offer = harness.slack.wait_for("chat.postMessage", lambda c: "plume_confirm_first_part" in json.dumps(c.params))
    harness.settle()
    assert harness.provider.calls == [], "nothing is sent before the agent agrees"
    assert "caractères" in json.dumps(offer.params, ensure_ascii=False)
    harness.send(thread_reply_event("plus court", "1700000500.000399", "1700000500.000300"))
    assert "confirmez d'abord" in _ephemerals(harness)
    harness.settle()
    assert harness.provider.calls == [], "a reply in the thread does not skip the agreement"

    button = actions_of(offer)["plume_confirm_first_part"]
    click = block_action("plume_confirm_first_part", str(button["value"]), user="UAGENT", response_url="")
    harness.send(click, FORM)
    harness.send(click, FORM)

    harness.wait_drafts(2)
    harness.settle()
    sent = harness.provider.prompts_text()
    assert len(harness.provider.calls) == 2, "the draft, then the instruction kept until the agreement"
    assert harness.provider.calls[-1][1][-1].content == "plus court"
    assert "inadmissible" in sent and len(harness.provider.calls[0][1][1].content) < len(LONG_REVIEW)


def test_a_review_not_in_french_is_answered_in_french_and_said_so(harness: Harness) -> None:
    harness.send(
        message_event("Hello, I have been waiting for months for an answer from the tax office.", "1700000500.000400")
    )

    harness.draft()
    assert "ne semble pas rédigé en français" in _ephemerals(harness)


def test_an_agent_over_the_hourly_quota_is_asked_to_wait(harness: Harness) -> None:
    harness.core.service._quota._per_hour = 2  # the quota configured by PLUME_DRAFTS_PER_HOUR

    for index in range(3):  # each request is handled before the next: the quota counts what is recorded
        harness.send(message_event(f"Avis numéro {index} sur la mairie.", f"1700000500.00050{index}"))

    harness.wait_drafts(2)
    harness.settle()
    assert "Réessayez un peu plus tard" in _ephemerals(harness)
    assert len(harness.provider.calls) == 2


def test_a_click_from_another_workspace_is_refused(harness: Harness) -> None:
    draft = harness.draft() if harness.send(message_event("Accueil agréable.", "1700000500.000600")) == 200 else None
    assert draft is not None
    body = json.loads(parse_qs(
        block_action("plume_approve", str(actions_of(draft)["plume_approve"]["value"]), user="UFOREIGN",
                     response_url=harness.slack.response_url("foreign"))
    )["payload"][0])  # fmt: skip
    body["user"]["team_id"] = "TOTHER"

    harness.send(urlencode({"payload": json.dumps(body)}), FORM)

    answer = harness.slack.wait_for("response_url")
    assert "autre espace de travail" in answer.params["text"]
    assert not [
        c
        for c in harness.slack.calls_to("chat.update")
        if "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False)
    ]
