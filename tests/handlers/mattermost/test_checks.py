"""Issue 15 on Mattermost, through the fake server: the checks' findings under a draft, approving over a blocking
one audited, and the publishable version of a public reply in one click."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from bot.domain import ChannelSettings
from tests.fakes.mattermost_harness import MattermostHarness, actions_of

NAME = "Marie Dupont"
REVIEW = f"Bonjour, je suis {NAME}. La CAF ne répond jamais à mes courriels."
BODY = (
    "Nous vous remercions pour votre message et sommes désolés pour ce délai. Votre demande a bien été transmise "
    "au service concerné, qui l'examine avec attention. Nous restons à votre disposition pour toute question."
)


def _overrides(mm: MattermostHarness) -> list[tuple[str]]:
    with closing(sqlite3.connect(mm.db)) as db:
        return db.execute("SELECT actor FROM audit_events WHERE kind = 'findings_overridden'").fetchall()


def test_a_blocking_finding_replaces_approve_and_approving_anyway_is_audited(mm: MattermostHarness) -> None:
    mm.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY} Rendez-vous le [date].")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])

    assert "⛔ Texte à compléter laissé" in draft["message"] and "[date]" in draft["message"]
    ids = [action["id"] for action in actions_of(draft)]
    assert ids[0] == "approveanyway" and "approve" not in ids
    assert mm.click(draft["id"], "approveanyway").error is None
    mm.settle()
    assert mm.count("approvals") == 1 and _overrides(mm) == [(mm.agent,)]


def test_a_public_channel_gets_the_publishable_version_in_one_click(mm: MattermostHarness) -> None:
    mm.core.settings.save_settings(mm.lead, ChannelSettings(mm.feedback, public_replies=True))
    mm.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY}")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    first = mm.wait_live_draft(review["id"])
    assert "⛔ Réponse publique" in first["message"]
    assert "publishable" in [action["id"] for action in actions_of(first)]

    assert mm.click(first["id"], "publishable").error is None
    second = mm.wait_live_draft(review["id"], 2)
    assert "Bonjour Madame, Monsieur," in second["message"] and NAME not in second["message"]
    assert actions_of(second)[0]["id"] == "approve"
    assert "⛔" not in second["message"]
