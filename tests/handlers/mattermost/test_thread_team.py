"""Issue 14 on Mattermost: the thread as a team uses it (unsafe drafts, colleagues, notices)."""

from __future__ import annotations

import sqlite3

from bot.ports.models import ModelError
from tests.fakes.mattermost_harness import COMMAND_TOKEN, MattermostHarness, actions_of

REVIEW = "Bonjour, je suis Marie Dupont. La CAF ne répond jamais à mes courriels."


def test_an_invented_placeholder_is_shown_and_blocks_a_plain_approval(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], [PERSONNE_2] vous rappellera.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])

    assert "un marqueur inconnu\u202f: [PERSONNE_2]" in draft["message"]
    buttons = [a["id"] for a in actions_of(draft)]
    assert buttons[0] == "approveanyway" and "approve" not in buttons

    answer = mm.click(draft["id"], "approveanyway")
    assert answer.error is None
    mm.settle()
    assert mm.count("approvals") == 1
    approved = mm.fake.post(draft["id"])
    assert "Réponse approuvée" in approved["message"] and "[PERSONNE_2]" in approved["message"]


def test_a_colleagues_reply_drafts_nothing_and_a_mention_of_plume_does(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], merci.", "Version courte.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    assert "discutent librement" in str(first["props"])

    mm.fake.user_posts(mm.feedback, mm.lead, "Je m'en occupe, je l'appelle demain 👍", root_id=review["id"])
    mm.settle()
    assert len(mm.provider.calls) == 1 and mm.count("revisions") == 1

    mm.fake.user_posts(mm.feedback, mm.lead, "@plume plus court", root_id=review["id"])
    second = mm.wait_live_draft(review["id"], 2)
    assert "Version courte." in second["message"]


def test_a_review_typed_after_the_slash_command_is_drafted_like_the_form(mm: MattermostHarness) -> None:
    url = f"{mm.public_url}/mattermost/command"
    answered = mm.fake.slash_command(url, COMMAND_TOKEN, REVIEW, mm.agent, mm.feedback)
    assert answered.status == 200 and mm.fake.dialogs == []

    mm.settle()
    assert mm.count("conversations") == 1 and len(mm.provider.calls) == 1
    assert "Marie Dupont" not in mm.provider.prompts_text()


def test_the_long_review_offer_loses_its_button_once_agreed(mm: MattermostHarness) -> None:
    mm.core.intake._max_chars = 120  # PLUME_MAX_REVIEW_CHARS
    review = mm.fake.user_posts(mm.feedback, mm.agent, "La mairie ne répond pas à mes demandes. " * 8)
    mm.wait(lambda: any(actions_of(p) for p in mm.fake.thread(review["id"])), "the offer")
    offer = next(p for p in mm.fake.thread(review["id"]) if actions_of(p))

    assert mm.click(offer["id"], "firstpart").error is None

    mm.wait_live_draft(review["id"])
    agreed = mm.fake.post(offer["id"])
    assert actions_of(agreed) == [] and "Accord donné" in agreed["message"]


def test_a_4000_character_draft_is_edited_and_saved_intact(mm: MattermostHarness) -> None:
    paragraph = "Nous avons bien reçu votre message et nous vous en remercions sincèrement. " * 10
    long_draft = "\n\n".join(["Bonjour [PERSONNE_1],"] + [paragraph.strip()] * 6)
    mm.provider.enqueue(long_draft)
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    assert mm.click(first["id"], "edit").error is None
    dialog = mm.fake.dialogs[0]["dialog"]
    boxes = {element["name"]: element["default"] for element in dialog["elements"]}
    assert len(boxes) == 2 and all(len(box) <= 3000 for box in boxes.values())

    boxes["draft_2"] += "\n\nCordialement."
    submitted = mm.fake.submit_dialog(
        mm.fake.dialogs[0]["url"], dialog["callback_id"], dialog["state"], boxes, mm.agent, mm.feedback
    )

    assert submitted.error is None
    mm.wait_live_draft(review["id"], 2)
    with sqlite3.connect(mm.db) as db:
        (stored,) = db.execute("SELECT text FROM revisions WHERE number = 2").fetchone()
    assert stored == long_draft + "\n\nCordialement."


def test_a_one_click_refinement_is_a_normal_instruction(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], merci.", "Bonjour [PERSONNE_1], avec nos salutations distinguées.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])

    assert mm.click(first["id"], "moreformal").error is None

    second = mm.wait_live_draft(review["id"], 2)
    assert "salutations distinguées" in second["message"]
    assert mm.provider.calls[-1][1][-1].content == "Plus formel."


def test_not_a_review_is_dismissed_in_one_click_and_nothing_is_counted(mm: MattermostHarness) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, "Point d'équipe à 14 h ?")
    draft = mm.wait_live_draft(review["id"])

    assert mm.click(draft["id"], "dismiss").error is None

    mm.settle()
    dismissed = mm.fake.post(draft["id"])
    assert actions_of(dismissed) == [] and "brouillon retiré par Alice Martin" in dismissed["message"]
    assert "Point" not in dismissed["message"]
    assert mm.count("conversations") == 0 and mm.count("revisions") == 0


def test_see_the_changes_between_a_version_and_the_previous_one(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], merci pour votre long message.", "Bonjour [PERSONNE_1], merci.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait_live_draft(review["id"])
    mm.fake.user_posts(mm.feedback, mm.agent, "plus court", root_id=review["id"])
    second = mm.wait_live_draft(review["id"], 2)

    shown = mm.click(second["id"], "changes").body["ephemeral_text"]

    assert shown.endswith("Bonjour Marie Dupont, ~~merci pour votre long message.~~**merci.**")


def test_approval_removes_the_retry_buttons_of_an_old_failure(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], merci.", ModelError("bad_request", retryable=False))
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])
    assert mm.click(draft["id"], "regenerate").error is None
    mm.settle()
    failure = next(p for p in mm.fake.thread(review["id"]) if any(a["id"].startswith("retry") for a in actions_of(p)))

    assert mm.click(draft["id"], "approve").error is None

    mm.settle()
    retired = mm.fake.post(failure["id"])
    assert actions_of(retired) == [] and "plus rien à réessayer" in retired["message"]
    assert mm.count("approvals") == 1
