"""End to end: an approved reply grounds the next draft of its channel (`plume serve --http`, fake Slack, fake
Mistral): the model receives it as a marked, neutralised example, the thread links to it, the audit names it."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env
from tests.fakes.slack_api import FakeSlackApi, SlackCall
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, block_action, message_event

FIRST_TS, SECOND_TS = "1700000000.000100", "1700000100.000100"
FIRST = (
    "Bonjour, je suis Marie Dupont. Ma prime d'activité n'est plus versée par la CAF depuis mars, "
    "rappelez-moi au 06 12 34 56 78."
)
SECOND = "Bonjour, ici Paul Martin : la CAF ne me verse plus ma prime d'activité depuis deux mois."
FIRST_VALUES = ["Marie Dupont", "Dupont", "06 12 34 56 78"]
EXAMPLE_TAG = re.compile(r"<(EXEMPLES-[0-9a-f]+)>\n(?P<body>.*?)</\1>", re.DOTALL)


def _model_reply(body: dict[str, Any]) -> str:
    """A model that copies the example's wording when it is given one (the worst case for a leak)."""
    request = body["messages"][1]["content"]
    example = EXAMPLE_TAG.search(request)
    if example is None:
        return "Bonjour [PERSONNE_1],\nLa prime d'activité est revue chaque trimestre.\nCordialement."
    copied = example.group("body").split("Réponse validée par l'équipe :\n", 1)[1]
    return copied.replace("Bonjour Madame, Monsieur,", "Bonjour [PERSONNE_1],")


@pytest.fixture
def plume(tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer) -> Iterator[PlumeProcess]:
    env = plume_env(tmp_path, fake_slack.url, fake_mistral.url, f"sqlite:///{tmp_path / 'plume.db'}")
    process = PlumeProcess(env, tmp_path).wait_ready()
    yield process
    process.stop()


def _draft(fake_slack: FakeSlackApi, not_in: str | None = None) -> SlackCall:
    """The first draft shown with its buttons in a message other than `not_in`."""

    def shown(call: SlackCall) -> bool:
        return "plume_approve" in json.dumps(call.params.get("blocks", [])) and call.params["ts"] != not_in

    return fake_slack.wait_for("chat.update", shown, timeout=60)


def test_an_approved_reply_grounds_the_next_draft_of_the_channel_neutralised_and_linked(
    plume: PlumeProcess, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    fake_mistral.reply = _model_reply
    assert plume.send(message_event(FIRST, FIRST_TS)) == 200
    first = _draft(fake_slack)
    approve = next(
        element
        for block in first.params["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == "plume_approve"
    )
    click = block_action("plume_approve", approve["value"], user="ULEAD", response_url=fake_slack.response_url("a"))
    assert plume.send(click, "application/x-www-form-urlencoded") == 200
    fake_slack.wait_for("chat.update", lambda call: "Réponse approuvée" in json.dumps(call.params, ensure_ascii=False))

    assert plume.send(message_event(SECOND, SECOND_TS)) == 200
    second = _draft(fake_slack, not_in=first.params["ts"])

    request = fake_mistral.wait_for_requests(2)[1].body["messages"][1]["content"]
    example = EXAMPLE_TAG.search(request)
    assert example is not None, "the approved reply reached the model as an example"
    assert "Bonjour Madame, Monsieur,\nLa prime d'activité est revue chaque trimestre." in example.group("body")
    assert "[PERSONNE_" not in example.group("body") and "[TELEPHONE_" not in example.group("body")
    assert request.index("</EXEMPLES-") < request.index("<AVIS-")
    sent = json.dumps([call.body for call in fake_mistral.requests], ensure_ascii=False)
    assert not any(value in sent for value in FIRST_VALUES)

    shown = json.dumps(second.params["blocks"], ensure_ascii=False)
    assert "Bonjour Paul Martin," in shown and "La prime d'activité est revue chaque trimestre." in shown
    assert not any(value in shown for value in FIRST_VALUES)
    link = f"<https://test.slack.com/archives/{FEEDBACK_CHANNEL}/p{FIRST_TS.replace('.', '')}|fil approuvé 1>"
    assert "Inspiré des réponses validées de l'équipe" in shown and link in shown
    with sqlite3.connect(plume.log.parent / "plume.db") as db:
        example_id, conversation_id = db.execute("SELECT id, conversation_id FROM grounding_examples").fetchone()
        created = [
            json.loads(details)
            for (details,) in db.execute("SELECT details FROM audit_events WHERE kind = 'revision_created'")
        ]
        (sources,) = db.execute(
            "SELECT grounding_sources FROM revisions WHERE conversation_id != ?", (conversation_id,)
        )
    assert [entry.get("sources") for entry in created] == [None, [example_id]]
    assert json.loads(sources[0]) == [example_id]
