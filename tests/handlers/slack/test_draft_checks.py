"""Issue 15 through the real Bolt app: the checks' findings under each draft, before the buttons; a blocking one
turns Approve into an audited « Approuver quand même »; public channels get the publishable version."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.ports.audit import AuditScope
from handlers.slack import ids
from handlers.slack.audit_trail_text import entry_text
from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_api import SlackCall
from tests.fakes.slack_audit_payloads import app_home_opened, settings_submission
from tests.fakes.slack_payloads import AGENT, FEEDBACK_CHANNEL, block_action, message_event, view_submission
from tests.handlers.slack.conftest import LEAD, AuditHarness

REVIEW_TS = "1700000300.000100"
NAME = "Marie Dupont"
BODY = (
    "Nous vous remercions pour votre message et sommes désolés pour ce délai. Votre demande a bien été transmise "
    "au service concerné, qui l'examine avec attention. Nous restons à votre disposition pour toute question."
)


def _start(harness: Harness) -> SlackCall:
    harness.send(message_event(f"Je suis {NAME}, la CAF ne répond pas.", REVIEW_TS))
    return harness.draft()


def _click(harness: Harness, action_id: str, value: object, user: str = AGENT) -> None:
    body = block_action(action_id, str(value), user=user, response_url=harness.slack.response_url(action_id))
    assert harness.send(body, FORM) == 200


def _shown(call: SlackCall) -> str:
    return json.dumps(call.params, ensure_ascii=False)


def _ephemerals(harness: Harness) -> str:
    return json.dumps([c.params for c in harness.slack.calls_to("chat.postEphemeral")], ensure_ascii=False)


def _rows(harness: Harness, sql: str) -> list[Any]:
    with sqlite3.connect(harness.db) as db:
        return db.execute(sql).fetchall()


def _finding_lines(call: SlackCall) -> list[str]:
    """The lines of the findings section, which comes before the buttons."""
    blocks = call.params["blocks"]
    first_actions = next(i for i, block in enumerate(blocks) if block["type"] == "actions")
    texts = [block["text"]["text"] for block in blocks[:first_actions] if block["type"] == "section"]
    return [line for text in texts for line in text.split("\n") if line[:1] in ("⛔", "⚠")]


def test_an_invented_placeholder_shows_a_blocking_line_and_approving_anyway_is_audited_once(
    harness: AuditHarness,
) -> None:
    harness.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY} [PERSONNE_2] vous rappellera.")
    draft = _start(harness)

    lines = _finding_lines(draft)
    [line] = [line for line in lines if "[PERSONNE_2]" in line]  # one line, not the checks' and the warning's
    assert line.startswith("⛔") and "marqueur inconnu" in line, lines
    buttons = actions_of(draft)
    assert ids.APPROVE not in buttons and ids.APPROVE_ANYWAY in buttons
    revision = buttons[ids.APPROVE_ANYWAY]["value"]
    stored = _rows(harness, "SELECT kind, severity, message FROM draft_findings")
    assert ("placeholder", "hard") in [(kind, severity) for kind, severity, _ in stored]
    assert all(NAME not in message for *_, message in stored), "findings quote placeholders, never values"

    _click(harness, ids.APPROVE, revision)  # a forged or stale plain approval
    assert _rows(harness, "SELECT count(*) FROM approvals") == [(0,)]

    _click(harness, ids.APPROVE_ANYWAY, revision)
    _click(harness, ids.APPROVE_ANYWAY, revision)  # a double click
    assert _rows(harness, "SELECT revision_id, user_id FROM approvals") == [(int(str(revision)), AGENT)]
    [(actor, details)] = _rows(harness, "SELECT actor, details FROM audit_events WHERE kind = 'findings_overridden'")
    assert actor == AGENT
    assert json.loads(details)["revision"] == 1
    assert [item["kind"] for item in json.loads(details)["findings"]] == ["placeholder"]

    trail = harness.audit.trail(LEAD, 1)
    told = [entry_text(entry, ()) for entry in trail if entry.kind == "findings_overridden"]
    assert told and "1 alerte bloquante ignorée" in str(told[0]) and "marqueur inventé" in str(told[0])


def test_a_gap_left_blocks_approval_until_an_edit_removes_it(harness: AuditHarness) -> None:
    harness.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY} Votre rendez-vous est fixé au [date].")
    draft = _start(harness)

    assert any(line.startswith("⛔") and "[date]" in line for line in _finding_lines(draft))
    assert "marqueur inconnu" not in _shown(draft), "a gap is not an unknown placeholder"
    anyway = actions_of(draft)[ids.APPROVE_ANYWAY]
    assert "Approuver malgré les alertes" in json.dumps(anyway["confirm"], ensure_ascii=False)
    _click(harness, ids.APPROVE, anyway["value"])
    assert "Les vérifications bloquent ce brouillon" in _ephemerals(harness)
    assert _rows(harness, "SELECT count(*) FROM approvals") == [(0,)]

    _click(harness, ids.EDIT, anyway["value"])
    modal = harness.slack.wait_for("views.open").params["view"]
    edited = f"Bonjour {NAME},\n\n{BODY} Votre rendez-vous vous sera confirmé par courrier."
    harness.send(view_submission(ids.EDIT_MODAL, modal["private_metadata"], {"draft": edited}), FORM)

    second = harness.wait_drafts(2)[1]
    assert not any(line.startswith("⛔") for line in _finding_lines(second)), "the edit is checked again"
    assert ids.APPROVE in actions_of(second) and ids.APPROVE_ANYWAY not in actions_of(second)
    _click(harness, ids.APPROVE, actions_of(second)[ids.APPROVE]["value"])
    assert _rows(harness, "SELECT count(*) FROM approvals") == [(1,)]
    assert _rows(harness, "SELECT count(*) FROM audit_events WHERE kind = 'findings_overridden'") == [(0,)]


def test_regenerating_checks_the_new_draft(harness: AuditHarness) -> None:
    harness.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY} À bientôt, XXX.", f"Bonjour [PERSONNE_1],\n\n{BODY}")
    first = _start(harness)
    assert ids.APPROVE_ANYWAY in actions_of(first)

    _click(harness, ids.REGENERATE, actions_of(first)[ids.APPROVE_ANYWAY]["value"])
    second = harness.wait_drafts(2)[1]
    assert ids.APPROVE in actions_of(second) and ids.APPROVE_ANYWAY not in actions_of(second)
    per_revision = _rows(
        harness,
        "SELECT r.number, count(f.id) FROM revisions r LEFT JOIN draft_findings f "
        "ON f.revision_id = r.id AND f.severity = 'hard' GROUP BY r.number ORDER BY r.number",
    )
    assert per_revision == [(1, 1), (2, 0)]


def test_a_public_channel_offers_the_publishable_version_in_one_click(harness: AuditHarness) -> None:
    submitted = settings_submission(
        FEEDBACK_CHANNEL, user=LEAD, checks=("public_replies", "greeting_required"), min_words="20", max_words="250"
    )
    assert harness.send(submitted, FORM) == 200
    saved = harness.core.settings.settings_for(FEEDBACK_CHANNEL)
    assert saved is not None and saved.public_replies and (saved.min_words, saved.max_words) == (20, 250)

    harness.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY}")
    draft = _start(harness)
    assert any(line.startswith("⛔") and "Réponse publique" in line for line in _finding_lines(draft))
    buttons = actions_of(draft)
    assert ids.APPROVE not in buttons and ids.PUBLISHABLE in buttons

    _click(harness, ids.PUBLISHABLE, buttons[ids.PUBLISHABLE]["value"])
    second = harness.wait_drafts(2)[1]
    shown = _shown(second)
    assert "Bonjour Madame, Monsieur," in shown and NAME not in shown
    assert ids.APPROVE in actions_of(second) and ids.PUBLISHABLE not in actions_of(second)
    assert _rows(harness, "SELECT kind, author_user_id, text FROM revisions WHERE number = 2") == [
        ("manual_edit", AGENT, f"Bonjour Madame, Monsieur,\n\n{BODY}")
    ]
    [(details,)] = _rows(harness, "SELECT details FROM audit_events WHERE kind = 'manual_edit'")
    assert json.loads(details) == {"base_revision": 1, "publishable_version": True}


def test_the_lead_home_counts_drafts_with_findings_and_overrides(harness: AuditHarness) -> None:
    harness.provider.enqueue(f"Bonjour [PERSONNE_1],\n\n{BODY} [PERSONNE_2] vous rappellera.")
    draft = _start(harness)
    _click(harness, ids.APPROVE_ANYWAY, actions_of(draft)[ids.APPROVE_ANYWAY]["value"])
    assert _rows(harness, "SELECT count(*) FROM approvals") == [(1,)]

    conversation = harness.core.stores.conversations.get_conversation(1)
    assert conversation is not None
    scope = AuditScope(conversation.created_at, conversation.created_at.replace(year=2100))
    checks = harness.core.stores.audit.figures(scope).checks
    assert checks is not None
    assert (checks.revisions, checks.with_findings, checks.overridden_approvals, checks.overridden_findings) == (
        1,
        1,
        1,
        1,
    )

    harness.send(app_home_opened(LEAD))
    view = harness.slack.wait_for("views.publish").params["view"]
    published = json.dumps(view, ensure_ascii=False)
    assert "Brouillons avec alertes" in published and "(1 sur 1)" in published
    assert "Approuvées malgré une alerte ⛔*\\n1 (1 alerte ignorée)" in published
