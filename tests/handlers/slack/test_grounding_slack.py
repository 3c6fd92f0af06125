"""Grounding through the real Bolt app: a team lead pins an approved reply as a « réponse type » (others are
refused), the next draft is given it and links to it; a lead switches grounding off for the channel."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from bot.models.registry import parse_model_id
from bot.ports.audit import TrailEntry
from handlers.slack import ids
from handlers.slack.audit_trail_text import entry_text
from tests.fakes.bolt_harness import FORM, actions_of
from tests.fakes.slack_audit_payloads import settings_submission
from tests.fakes.slack_payloads import (
    AGENT,
    FEEDBACK_CHANNEL,
    block_action,
    message_event,
    slash_command,
    view_submission,
)
from tests.handlers.slack.conftest import LEAD, AuditHarness

PASSPORT = "Impossible d'avoir un rendez-vous pour mon passeport en mairie, je suis Jean Valjean."
PASSPORT_REPLY = "Bonjour [PERSONNE_1],\nLes créneaux de passeport ouvrent chaque lundi à 9 h.\nCordialement."
TAXES = "Mon prélèvement à la source est faux depuis janvier."


def _click(harness: AuditHarness, action_id: str, value: str, user: str) -> None:
    body = block_action(action_id, value, user=user, response_url=harness.slack.response_url(action_id))
    assert harness.send(body, FORM) == 200


def _approved_thread(harness: AuditHarness) -> dict[str, Any]:
    """A passport review drafted and approved; the approved message, with its « réponse type » button."""
    harness.provider.enqueue(PASSPORT_REPLY)
    harness.send(message_event(PASSPORT, "1700000500.000100"))
    _click(harness, ids.APPROVE, str(actions_of(harness.draft())[ids.APPROVE]["value"]), AGENT)
    approved = harness.slack.wait_for("chat.update", lambda call: ids.PIN_REPLY in json.dumps(call.params))
    return approved.params


def _ephemeral_to(harness: AuditHarness, user: str, text: str) -> str:
    call = harness.slack.wait_for(
        "chat.postEphemeral", lambda c: c.params.get("user") == user and text in c.params.get("text", "")
    )
    return str(call.params["text"])


def test_a_lead_pins_an_approved_reply_and_every_next_draft_of_the_channel_is_given_it(harness: AuditHarness) -> None:
    approved = _approved_thread(harness)
    pin = next(
        element
        for block in approved["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == ids.PIN_REPLY
    )
    assert pin["text"]["text"] == "📌 Enregistrer comme réponse type"

    _click(harness, ids.PIN_REPLY, pin["value"], AGENT)
    assert "l'enregistrement des réponses types" in _ephemeral_to(harness, AGENT, "réponses types")
    assert not harness.slack.calls_to("views.open")
    forged = harness.dispatch(view_submission(ids.PIN_MODAL, pin["value"], {"title": "Pirate"}, user=AGENT), FORM)
    assert json.loads(forged.body)["response_action"] == "update"

    _click(harness, ids.PIN_REPLY, pin["value"], LEAD)
    modal = harness.slack.wait_for("views.open").params["view"]
    assert modal["callback_id"] == ids.PIN_MODAL and modal["private_metadata"] == pin["value"]
    assert len(modal["title"]["text"]) <= 24
    titled = view_submission(ids.PIN_MODAL, pin["value"], {"title": "Passeport : créneaux"}, user=LEAD)
    assert harness.send(titled, FORM) == 200
    assert "Passeport\u202f: créneaux" in _ephemeral_to(harness, LEAD, "enregistrée")

    harness.provider.enqueue("Bonjour, votre taux sera revu.")
    harness.send(message_event(TAXES, "1700000600.000100"))
    second = harness.wait_drafts(2)[1]

    _, messages = harness.provider.calls[-1]
    request = messages[1].content
    assert "réponse type « Passeport : créneaux »" in request, "a réponse type is a candidate for every review"
    assert "Les créneaux de passeport ouvrent chaque lundi" in request and "Jean Valjean" not in request
    assert "[PERSONNE_1]" not in request.split("<AVIS-")[0], "the pinned reply is neutralised"
    shown = json.dumps(second.params["blocks"], ensure_ascii=False)
    assert "Inspiré des réponses validées de l'équipe" in shown
    assert "https://test.slack.com/archives/CFEEDBACK/p1700000500000100|réponse type «\u202fPasseport" in shown
    _click(harness, ids.SHOW_SENT_TEXT, str(actions_of(second)[ids.APPROVE]["value"]), AGENT)
    sent = harness.slack.wait_for(
        "chat.postEphemeral", lambda c: "prélèvement" in json.dumps(c.params, ensure_ascii=False)
    )
    sent_text = json.dumps(sent.params, ensure_ascii=False)
    assert "Les créneaux de passeport ouvrent chaque lundi" in sent_text, "the agent sees the examples sent too"
    assert "Jean Valjean" not in sent_text
    _click(harness, ids.TAKE_OVER, str(actions_of(second)[ids.TAKE_OVER]["value"]), "UCOLLEAGUE")
    taken = harness.slack.wait_for(
        "chat.update", lambda c: c.params.get("ts") == second.params["ts"] and "occupe de cet avis" in str(c.params)
    )
    assert "Inspiré des réponses validées" in json.dumps(taken.params, ensure_ascii=False), "kept when shown again"
    with sqlite3.connect(harness.db) as db:
        pinned = db.execute("SELECT actor, details FROM audit_events WHERE kind = 'reply_pinned'").fetchall()
        refused = db.execute("SELECT details FROM audit_events WHERE kind = 'access_refused'").fetchall()
    assert [(actor, json.loads(details)["channel"]) for actor, details in pinned] == [(LEAD, FEEDBACK_CHANNEL)]
    assert [json.loads(details)["what"] for (details,) in refused] == ["pin_reply", "pin_reply"]


def test_a_lead_switches_grounding_off_and_the_next_draft_gets_no_example(harness: AuditHarness) -> None:
    _approved_thread(harness)
    assert harness.send(slash_command("réglages", response_url="", user=LEAD), FORM) == 200
    modal = harness.slack.wait_for("views.open").params["view"]
    grounding = next(block for block in modal["blocks"] if block.get("block_id") == "grounding")
    assert grounding["element"]["initial_options"][0]["value"] == "on", "on by default"

    off = settings_submission(FEEDBACK_CHANNEL, user=LEAD, grounding=False)
    assert harness.dispatch(off, FORM).status == 200
    harness.send(message_event("Toujours pas de créneau pour mon passeport en mairie.", "1700000700.000100"))
    second = harness.wait_drafts(2)[1]

    assert "EXEMPLES" not in harness.provider.calls[-1][1][1].content
    assert "Inspiré des réponses" not in json.dumps(second.params["blocks"], ensure_ascii=False)
    with sqlite3.connect(harness.db) as db:
        (details,) = db.execute("SELECT details FROM audit_events WHERE kind = 'settings_changed'").fetchone()
    assert json.loads(details)["changed"] == ["grounding"]

    on = settings_submission(FEEDBACK_CHANNEL, user=LEAD, grounding=True)
    assert harness.dispatch(on, FORM).status == 200
    harness.send(message_event("Mon passeport n'a pas de rendez-vous en mairie.", "1700000800.000100"))
    harness.wait_drafts(3)
    assert "Les créneaux de passeport ouvrent" in harness.provider.calls[-1][1][1].content


def test_the_trail_says_which_examples_a_version_was_given_and_when_a_reply_was_pinned() -> None:
    at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    revision = {
        "number": 2,
        "kind": "draft",
        "model": "mistral:m",
        "prompt_version": "reponse_avis.v3",
        "sources": [7, 3],
    }
    choices = [parse_model_id("mistral:m")]

    version = entry_text(
        TrailEntry(at, "plume", "revision", {**revision, "latency_ms": 900, "text": "Bonjour"}), choices
    )
    pinned = entry_text(TrailEntry(at, LEAD, "reply_pinned", {"example": 7, "channel": FEEDBACK_CHANNEL}), choices)

    assert version is not None and "2 exemples validés (n° 7, 3)" in version
    assert pinned == "📌 *Enregistrée comme réponse type* (exemple n° 7)"
