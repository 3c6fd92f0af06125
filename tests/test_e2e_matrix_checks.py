"""End to end on Matrix (issue 15): `plume serve` against a real Synapse; a draft with a blocking finding shows ⛔,
offers ⚠️ instead of ✅, refuses a plain ✅ with an explanation, and ⚠️ approves it with the override audited."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import pytest

from tests.matrix_server import current_texts
from tests.test_e2e_matrix import REVIEW, Running, running, wait_for

pytestmark = pytest.mark.e2e
__all__ = ["running"]  # the fixture, shared with the other Matrix end-to-end tests

BODY = (
    "Nous vous remercions pour votre message et sommes désolés pour ce délai. Votre demande a bien été transmise "
    "au service concerné, qui l'examine avec attention. Nous restons à votre disposition pour toute question."
)


def _gap_reply(_body: dict[str, Any]) -> str:
    return f"Bonjour [PERSONNE_1],\n\n{BODY} Votre rendez-vous est fixé au [date]."


def test_a_blocking_finding_is_shown_and_only_approve_anyway_approves_audited(running: Running) -> None:
    run = running
    run.model.reply = _gap_reply
    review = run.alice.say(run.room, REVIEW)

    def blocked_draft() -> dict[str, Any] | None:
        for message in run.thread(review):
            reactions = run.bot_reactions(message["event_id"])
            if "Brouillon n° 1 " in message["shown"] and {"🔄", "✏️"} <= reactions and len(reactions) >= 4:
                return message
        return None

    draft = wait_for(blocked_draft, "the blocked draft with its reactions")
    assert "⛔ Texte à compléter laissé" in draft["shown"] and "Réagissez avec ⚠️" in draft["shown"]
    assert "✅" not in run.bot_reactions(draft["event_id"])

    run.alice.react(run.room, draft["event_id"], "✅")  # the plain approval: explained, nothing approved
    wait_for(lambda: any("Les vérifications bloquent" in m["shown"] for m in run.thread(review)), "the explanation")
    assert run.count("approvals") == 0

    run.alice.react(run.room, draft["event_id"], "⚠️")
    wait_for(
        lambda: "Réponse approuvée" in current_texts(run.alice.events(run.room))[draft["event_id"]], "the approval"
    )
    with closing(sqlite3.connect(run.db)) as db:
        overrides = db.execute("SELECT actor FROM audit_events WHERE kind = 'findings_overridden'").fetchall()
    assert overrides == [(run.alice.user_id,)]


def test_a_lead_makes_the_rooms_replies_public_and_the_next_draft_offers_its_publishable_version(
    running: Running,
) -> None:
    run = running
    before = run.alice.say(run.room, REVIEW)
    assert "📰" not in run.bot_reactions(run.draft(before, 1)["event_id"]), "replies are not public by default"

    refused = run.bob.say(run.room, "!plume réglages publiques oui")
    wait_for(lambda: any("réservé aux responsables" in m["shown"] for m in run.thread(refused)), "bob refused")
    command = run.alice.say(run.room, "!plume réglages publiques oui")
    said = wait_for(lambda: [m["shown"] for m in run.thread(command) if "Réglages enregistrés" in m["shown"]], "saved")
    assert "Réponses publiques\u202f: oui" in said[0]
    assert run.count("conversations") == 1, "a command typed in a review room is no review"

    review = run.alice.say(run.room, REVIEW)

    def public_draft() -> dict[str, Any] | None:
        for message in run.thread(review):
            if "Brouillon n° 1 " in message["shown"] and "📰" in run.bot_reactions(message["event_id"]):
                return message
        return None

    draft = wait_for(public_draft, "the draft with its publishable version offered")
    assert "⛔" in draft["shown"] and "Réagissez avec 📰" in draft["shown"]
    assert "✅" not in run.bot_reactions(draft["event_id"]), "the citizen's name blocks a plain approval"
