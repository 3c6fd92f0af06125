"""Réponses types on Mattermost: « 📌 Enregistrer comme réponse type » under an approved thread opens a title dialog
for a team lead (anyone else is told it is for leads, and the refusal is audited); the next draft of the channel is
given it and links to its thread, as to every approved thread that inspired it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from typing import Any

import httpx2

from bot.team_leads import Access
from handlers.mattermost import phrases
from handlers.mattermost.render import PIN_ACTION_ID
from handlers.mattermost.signing import PIN, signed_state
from tests.fakes.mattermost_harness import MattermostHarness, actions_of

PASSPORT = "Impossible d'avoir un rendez-vous pour mon passeport en mairie, je suis Jean Valjean."
PASSPORT_REPLY = "Bonjour [PERSONNE_1],\nLes créneaux de passeport ouvrent chaque lundi à 9 h.\nCordialement."
AGAIN = "Toujours pas de rendez-vous pour mon passeport à la mairie, c'est la troisième semaine."


def _approved(mm: MattermostHarness) -> tuple[dict[str, Any], dict[str, Any]]:
    """A passport review drafted and approved by the agent: the review post and the approved post."""
    mm.provider.enqueue(PASSPORT_REPLY)
    review = mm.fake.user_posts(mm.feedback, mm.agent, PASSPORT)
    draft = mm.wait_live_draft(review["id"])
    assert mm.click(draft["id"], "approve").error is None
    mm.wait(lambda: bool(actions_of(mm.fake.posts[draft["id"]])), "the approved post and its pin button")
    mm.settle()
    return review, mm.fake.posts[draft["id"]]


def _events(mm: MattermostHarness, kind: str) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(mm.db)) as db:
        rows = db.execute("SELECT actor, details FROM audit_events WHERE kind = ?", (kind,)).fetchall()
    return [{"actor": actor, **json.loads(details)} for actor, details in rows]


def test_a_lead_pins_an_approved_reply_and_the_next_draft_links_to_its_thread(mm: MattermostHarness) -> None:
    review, approved = _approved(mm)
    [button] = actions_of(approved)
    assert (button["id"], button["name"]) == (PIN_ACTION_ID, "📌 Enregistrer comme réponse type")
    assert phrases.APPROVED_TITLE in approved["message"]

    refused = mm.click(approved["id"], PIN_ACTION_ID, mm.agent)
    assert refused.body == {"ephemeral_text": phrases.REFUSED.format(what=phrases.REFUSED_WHAT[Access.PIN])}
    assert mm.fake.dialogs == [] and [e["what"] for e in _events(mm, "access_refused")] == ["pin_reply"]

    opened = mm.click(approved["id"], PIN_ACTION_ID, mm.lead)
    assert opened.error is None and opened.body in ({}, None) and len(mm.fake.dialogs) == 1
    dialog, url = mm.fake.dialogs[0]["dialog"], mm.fake.dialogs[0]["url"]
    assert dialog["callback_id"] == PIN and [e["name"] for e in dialog["elements"]] == ["title"]
    empty = mm.fake.submit_dialog(url, PIN, dialog["state"], {"title": "  "}, mm.lead, mm.feedback)
    assert empty.body == {"errors": {"title": phrases.EMPTY_FIELD}}
    saved = mm.fake.submit_dialog(url, PIN, dialog["state"], {"title": "Passeport : créneaux"}, mm.lead, mm.feedback)
    assert saved.status == 200 and saved.body in ({}, None)

    dm = mm.fake.direct_channel(mm.bot, mm.lead)
    confirmation = mm.fake.wait_for_post(lambda p: p["channel_id"] == dm and p["user_id"] == mm.bot)
    assert "Réponse type «\u202fPasseport\u202f: créneaux\u202f» enregistrée" in confirmation["message"]
    [pinned] = _events(mm, "reply_pinned")
    assert pinned["actor"] == mm.lead and pinned["channel"] == mm.feedback

    mm.provider.enqueue("Bonjour, les créneaux ouvrent chaque lundi.")
    second = mm.fake.user_posts(mm.feedback, mm.agent, AGAIN)
    draft = mm.wait_live_draft(second["id"])
    link = f"{mm.fake.root}/_redirect/pl/{review['id']}"
    assert "📚 Inspiré des réponses validées de l'équipe" in draft["message"]
    assert f"[réponse type «\u202fPasseport\u202f: créneaux\u202f»]({link})" in draft["message"]
    assert "Les créneaux de passeport ouvrent" in mm.provider.prompts_text(), "the model was given the pinned reply"


def test_a_forged_pin_click_or_dialog_gets_401_and_pins_nothing(mm: MattermostHarness) -> None:
    _, approved = _approved(mm)
    mm.click(approved["id"], PIN_ACTION_ID, mm.lead)
    state, url = mm.fake.dialogs[0]["dialog"]["state"], mm.fake.dialogs[0]["url"]
    key_of_nobody = json.dumps({PIN: "1", "mac": signed_state(b"k" * 32, PIN, "1", mm.lead)})

    for forged, user_id in [
        ("", mm.lead),
        (key_of_nobody, mm.lead),
        (state, mm.agent),
    ]:  # the last: not signed for them
        answer = mm.fake.submit_dialog(url, PIN, forged, {"title": "Pirate"}, user_id, mm.feedback)
        assert answer.status == 401, (forged, user_id)
    forged_click = {"user_id": mm.lead, "post_id": approved["id"], "context": {PIN: "1", "mac": "0" * 64}}
    assert httpx2.post(f"{mm.public_url}/mattermost/actions", json=forged_click, timeout=10).status_code == 401
    assert _events(mm, "reply_pinned") == []
