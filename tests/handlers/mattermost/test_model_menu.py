"""Issue 14 on Mattermost: the model menu says where each model is hosted."""

from __future__ import annotations

from tests.fakes.mattermost_harness import MattermostHarness, actions_of


def test_the_model_menu_says_where_each_model_is_hosted(mm: MattermostHarness) -> None:
    mm.provider.enqueue("Bonjour, merci.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, "La mairie est fermée le samedi.")

    menu = next(a for a in actions_of(mm.wait_live_draft(review["id"])) if a["id"] == "model")

    assert [o["text"] for o in menu["options"]] == [
        "Mistral Small · hébergé dans l'UE (Mistral AI, La Plateforme)",
        "Mistral Large · hébergé dans l'UE (Mistral AI, La Plateforme)",
    ]
