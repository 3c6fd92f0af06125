"""Issue 14 on Mattermost, « Je m'en occupe »: a colleague takes a review over, once, and the thread says so."""

from __future__ import annotations

from tests.fakes.mattermost_harness import MattermostHarness, actions_of

REVIEW = "Bonjour, je suis Marie Dupont. La CAF ne répond jamais à mes courriels."


def test_a_colleague_takes_over_and_refines_by_replying_and_a_second_taker_is_told(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour [PERSONNE_1], merci.", "Version de Léa.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])
    assert "takeover" in [a["id"] for a in actions_of(draft)]

    assert mm.click(draft["id"], "takeover", mm.lead).error is None

    mm.settle()
    shown = mm.fake.post(draft["id"])
    assert "Léa Bernard s'occupe de cet avis" in shown["message"].replace("\u2019", "'")
    assert "approve" in [a["id"] for a in actions_of(shown)]
    late = mm.click(draft["id"], "takeover", mm.agent).body.get("ephemeral_text", "")
    assert "Léa Bernard s'occupe déjà de cet avis" in late.replace("\u2019", "'")

    mm.fake.user_posts(mm.feedback, mm.agent, "je le rappelle demain", root_id=review["id"])
    mm.settle()
    assert len(mm.provider.calls) == 1, "the one who brought it now talks with colleagues"
    mm.fake.user_posts(mm.feedback, mm.lead, "plus court", root_id=review["id"])
    second = mm.wait_live_draft(review["id"], 2)
    assert "Version de Léa." in second["message"] and "Léa Bernard s" in second["message"]
