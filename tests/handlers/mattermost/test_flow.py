"""A review's life on Mattermost, through the fake server: in by channel, DM or mention, refined, redrafted, edited."""

from __future__ import annotations

from handlers.mattermost import phrases
from tests.fakes.mattermost_harness import MattermostHarness, actions_of

NAME, PHONE, EMAIL = "Marie Dupont", "06 12 34 56 78", "marie.dupont@example.fr"
REVIEW = f"Bonjour, je suis {NAME}, joignable au {PHONE} ou à {EMAIL}. La CAF ne répond jamais à mes courriels."


def test_review_in_a_feedback_channel_is_drafted_in_its_thread_without_personal_data(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Madame, merci @channel et @alice pour votre message : nous revenons vers vous.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])

    assert draft["root_id"] == review["id"] and draft["channel_id"] == mm.feedback
    assert [a["id"] for a in actions_of(draft)] == [
        *["approve", "regenerate", "edit", "model", "senttext"],
        *["shorter", "moreformal", "warmer", "fixspelling", "takeover", "dismiss"],
    ]
    for action in actions_of(draft):
        assert action["integration"]["url"] == f"{mm.public_url}/mattermost/actions"
        assert len(action["integration"]["context"]["mac"]) == 64
    assert "3 éléments masqués" in draft["message"]
    sent = mm.provider.prompts_text()
    for raw in (NAME, "Dupont", PHONE, EMAIL):
        assert raw not in sent
    assert "@channel" not in draft["message"] and "@alice" not in draft["message"], "nothing pings"
    assert mm.fake.posted_event(draft)["data"].get("mentions") is None


def test_a_reply_in_the_thread_refines_and_the_older_draft_loses_its_buttons(mm: MattermostHarness) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    mm.provider.enqueue("Version courte.")
    mm.fake.user_posts(mm.feedback, mm.agent, "Plus court, s'il te plaît", root_id=review["id"])
    second = mm.wait_live_draft(review["id"], 2)

    assert "Version courte." in second["message"] and second["id"] != first["id"]
    mm.settle()
    retired = mm.fake.post(first["id"])
    assert actions_of(retired) == [] and phrases.RETIRED in retired["message"]
    assert "Plus court" in mm.provider.prompts_text()


def test_regenerate_click_gives_a_new_revision(mm: MattermostHarness) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    mm.provider.enqueue("Une autre proposition.")
    assert mm.click(first["id"], "regenerate").error is None
    second = mm.wait_live_draft(review["id"], 2)
    assert "Une autre proposition." in second["message"] and len(mm.provider.calls) == 2


def test_model_menu_switches_the_model(mm: MattermostHarness) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    menu = next(a for a in actions_of(first) if a["id"] == "model")
    assert [o["value"] for o in menu["options"]] == ["mistral:mistral-small-latest", "mistral:mistral-large-latest"]
    assert mm.click(first["id"], "model", option="mistral:mistral-large-latest").error is None
    second = mm.wait_live_draft(review["id"], 2)
    assert "Mistral Large" in second["message"]
    assert mm.provider.calls[-1][0] == "mistral-large-latest"


def test_edit_opens_a_dialog_at_once_and_its_submission_saves_a_manual_revision(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Brouillon à retoucher.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    clicked = mm.click(first["id"], "edit")
    assert clicked.error is None and len(mm.fake.dialogs) == 1
    opened = mm.fake.dialogs[0]
    assert opened["trigger_id"] == clicked.trigger_id and opened["url"] == f"{mm.public_url}/mattermost/dialogs"
    dialog = opened["dialog"]
    assert dialog["elements"][0]["default"] == "Brouillon à retoucher."

    submitted = mm.fake.submit_dialog(
        opened["url"],
        dialog["callback_id"],
        dialog["state"],
        {"draft": "Texte revu par l'agent."},
        mm.agent,
        mm.feedback,
    )
    assert submitted.error is None
    second = mm.wait_live_draft(review["id"], 2)
    assert "Texte revu par l'agent." in second["message"] and phrases.MANUAL_EDIT in second["message"]
    mm.settle()
    assert actions_of(mm.fake.post(first["id"])) == []


def test_a_direct_message_starts_a_review(mm: MattermostHarness) -> None:
    direct = mm.fake.direct_channel(mm.agent, mm.bot)
    review = mm.fake.user_posts(direct, mm.agent, "Le guichet de la préfecture était fermé sans prévenir.")
    draft = mm.wait_live_draft(review["id"])
    assert draft["channel_id"] == direct
    assert "préfecture était fermé" in mm.provider.prompts_text()


def test_a_mention_elsewhere_starts_a_review_without_the_mention(mm: MattermostHarness) -> None:
    general = mm.fake.add_channel("general", members=[mm.agent])
    ignored = mm.fake.user_posts(general, mm.agent, "Réunion demain à 10 h, pas un avis.")
    review = mm.fake.user_posts(general, mm.agent, "@plume L'accueil téléphonique de la CPAM est saturé.")
    mm.wait_live_draft(review["id"])
    mm.settle()
    sent = mm.provider.prompts_text()
    assert "CPAM est saturé" in sent and "@plume" not in sent
    assert "Réunion demain" not in sent and mm.drafts(ignored["id"]) == []


def test_an_edit_whose_dialog_cannot_open_says_so(mm: MattermostHarness) -> None:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    mm.fake.fail_next("/api/v4/actions/dialogs/open", 400)  # as an expired trigger id is answered
    clicked = mm.click(first["id"], "edit")
    assert clicked.body == {"ephemeral_text": phrases.DIALOG_UNAVAILABLE} and mm.fake.dialogs == []
