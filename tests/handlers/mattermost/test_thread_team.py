"""Issue 14 on Mattermost: the thread as a team uses it (unsafe drafts, colleagues, notices)."""

from __future__ import annotations

from tests.fakes.mattermost_harness import COMMAND_TOKEN, MattermostHarness, actions_of

REVIEW = "Bonjour, je suis Marie Dupont. La CAF ne répond jamais à mes courriels."


def test_an_invented_placeholder_is_shown_and_blocks_a_plain_approval(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], [PERSONNE_2] vous rappellera.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])

    assert "un marqueur inconnu : [PERSONNE_2]" in draft["message"]
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
