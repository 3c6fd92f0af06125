"""Team-lead audit through the real Bolt app: App Home figures, history, CSV by DM, channel settings, refusals."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from typing import Any

from bot.audit_spreadsheet import HEADERS
from bot.domain import AI_DISCLOSURE_DEFAULT
from bot.text_distance import normalised_distance
from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, actions_of
from tests.fakes.slack_api import SlackCall
from tests.fakes.slack_audit_payloads import (
    app_home_opened,
    channel_choice,
    home_action,
    period_choice,
    settings_submission,
    trail_click,
)
from tests.fakes.slack_payloads import (
    AGENT,
    FEEDBACK_CHANNEL,
    block_action,
    message_event,
    slash_command,
    view_submission,
)
from tests.handlers.slack.conftest import GROUP_LEAD, LEAD, AuditHarness

NNBSP = "\u202f"
REVIEWS = [
    ("1700000200.000100", "Je suis Marie Dupont, la CAF ne répond pas depuis un mois."),
    ("1700000200.000200", "Bonjour, ici Paul Martin : mon dossier est bloqué à la CPAM."),
    ("1700000200.000300", "Le site de l'ANTS est en panne depuis hier."),
]
RAW_NAMES = ("Marie Dupont", "Paul Martin", "Dupont", "Martin")


def _click(harness: AuditHarness, draft: SlackCall, action_id: str, user: str = AGENT) -> None:
    button = actions_of(draft)[action_id]
    body = block_action(action_id, str(button["value"]), user=user, response_url=harness.slack.response_url("a"))
    assert harness.send(body, FORM) == 200


def _approved(harness: AuditHarness, count: int) -> None:
    """Exactly `count` approvals shown (an approval is shown before its click's request is answered)."""
    updates = [json.dumps(c.params, ensure_ascii=False) for c in harness.slack.calls_to("chat.update")]
    assert sum("Réponse approuvée" in update for update in updates) == count


def _seed(harness: AuditHarness) -> None:
    """Three reviews by AGENT: the first approved unchanged, the second edited by hand then approved, the third not."""
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci pour votre avis.", "Bonjour [PERSONNE_1], merci.", "Merci.")
    drafts = []
    for number, (ts, text) in enumerate(REVIEWS, start=1):
        harness.send(message_event(text, ts))
        drafts.append(harness.wait_drafts(number)[number - 1])
    _click(harness, drafts[0], ids.APPROVE)
    _click(harness, drafts[1], ids.EDIT)
    modal = harness.slack.wait_for("views.open").params["view"]
    edited = "Bonjour Paul Martin, votre dossier est débloqué : un conseiller vous appelle cette semaine."
    harness.send(view_submission(ids.EDIT_MODAL, modal["private_metadata"], {"draft": edited}), FORM)
    _click(harness, harness.wait_drafts(4)[3], ids.APPROVE)
    _approved(harness, 2)


def _stored_distance(harness: AuditHarness, conversation_id: int) -> float:
    with sqlite3.connect(harness.db) as db:
        texts = [
            row[0]
            for row in db.execute(
                "SELECT text FROM revisions WHERE conversation_id = ? ORDER BY number", (conversation_id,)
            )
        ]
    return normalised_distance(texts[0], texts[-1])


def _audit_lines(harness: AuditHarness, kind: str) -> list[tuple[str, dict[str, Any]]]:
    with sqlite3.connect(harness.db) as db:
        rows = db.execute("SELECT actor, details FROM audit_events WHERE kind = ? ORDER BY id", (kind,)).fetchall()
    return [(actor, json.loads(details)) for actor, details in rows]


def _published(harness: AuditHarness, user: str, count: int = 1) -> dict[str, Any]:
    published = [c for c in harness.slack.calls_to("views.publish") if c.params["user_id"] == user]
    assert len(published) >= count
    view: dict[str, Any] = published[count - 1].params["view"]
    return view


def _fields(view: dict[str, Any]) -> dict[str, str]:
    section = next(block for block in view["blocks"] if block.get("fields"))
    return dict(field["text"].lstrip("*").split("*\n", 1) for field in section["fields"])


def test_a_lead_sees_the_figures_of_the_seeded_database_in_app_home(harness: AuditHarness) -> None:
    _seed(harness)

    harness.send(app_home_opened(LEAD))

    view = _published(harness, LEAD)
    fields = _fields(view)
    distance = _stored_distance(harness, 2)
    assert 0 < distance < 1
    assert fields["Avis reçus"] == "3"
    assert fields["Brouillons rédigés"] == "3"
    assert fields["Réponses approuvées"] == f"2 (67{NNBSP}%)"
    assert fields["Approuvées sans modification"] == f"50{NNBSP}% (1)"
    assert fields["Versions par fil approuvé"] == "1,5"
    assert fields["Distance d'édition moyenne"].startswith(f"{distance / 2:.2f}".replace(".", ","))
    assert "Jetons" not in json.dumps(view, ensure_ascii=False)  # tokens are in the export only
    text = json.dumps(view, ensure_ascii=False)
    assert f"Mistral Small* : 1 approbations (50{NNBSP}%), distance d'édition 0,00 · 3 versions" in text
    assert (
        f"modifiée à la main* : 1 approbations (50{NNBSP}%), distance d'édition {distance:.2f}".replace(".", ",")
        in text
    )
    approved_section = next(i for i, b in enumerate(view["blocks"]) if "Dernières réponses approuvées" in str(b))
    threads = [
        block
        for block in view["blocks"][approved_section:]
        if block.get("accessory", {}).get("action_id") == ids.AUDIT_TRAIL
    ]
    assert len(threads) == 2
    assert "https://test.slack.com/archives/CFEEDBACK/p1700000200000200" in threads[0]["text"]["text"]  # newest first
    assert f"<@{AGENT}>" in threads[0]["text"]["text"] and "2 versions" in threads[0]["text"]["text"]
    assert not any(name in text for name in RAW_NAMES)


def test_an_agent_sees_own_threads_and_the_how_to_not_the_figures(harness: AuditHarness) -> None:
    _seed(harness)

    harness.send(app_home_opened(AGENT))

    view = _published(harness, AGENT)
    text = json.dumps(view, ensure_ascii=False)
    assert "Plume rédige des propositions" in text and "Vos avis en cours, les plus anciens d'abord (1)" in text
    assert not any(block.get("fields") for block in view["blocks"])
    open_threads = [
        block["text"]["text"] for block in view["blocks"] if "reçu le" in block.get("text", {}).get("text", "")
    ]
    assert len(open_threads) == 1  # the two approved ones are done
    assert "brouillon prêt" in open_threads[0] and "attend depuis" in open_threads[0]
    assert "Le site de l'ANTS est en panne depuis hier." in open_threads[0]  # its start tells it apart
    assert not harness.slack.calls_to("files.getUploadURLExternal")  # no charts for an agent
    assert _audit_lines(harness, "access_refused") == []  # opening one's own Home tab is not a refusal


def test_a_member_of_the_lead_user_group_is_a_lead(harness: AuditHarness) -> None:
    harness.send(app_home_opened(GROUP_LEAD))

    view = _published(harness, GROUP_LEAD)
    assert _fields(view)["Avis reçus"] == "0"
    assert harness.slack.calls_to("usergroups.list")


def test_the_period_and_channel_menus_publish_the_figures_again(harness: AuditHarness) -> None:
    _seed(harness)
    harness.send(app_home_opened(LEAD))
    first = _published(harness, LEAD)

    harness.send(home_action(period_choice(7), user=LEAD, private_metadata=first["private_metadata"]), FORM)
    week = _published(harness, LEAD, 2)
    harness.send(home_action(channel_choice("COTHER"), user=LEAD, private_metadata=week["private_metadata"]), FORM)
    other = _published(harness, LEAD, 3)

    assert json.loads(week["private_metadata"]) == {"days": 7, "channel": ""}
    assert _fields(week)["Avis reçus"] == "3"
    assert json.loads(other["private_metadata"]) == {"days": 7, "channel": "COTHER"}
    assert _fields(other)["Avis reçus"] == "0" and "<#COTHER>" in json.dumps(other)
    assert ids.AUDIT_ALL_CHANNELS in json.dumps(other)


def test_the_history_button_shows_the_whole_trail_to_a_lead_only(harness: AuditHarness) -> None:
    _seed(harness)

    harness.send(home_action(trail_click(2), user=LEAD, private_metadata="{}"), FORM)
    trail = json.dumps(
        harness.slack.wait_for("views.open", lambda c: c.params["view"].get("callback_id") == ids.TRAIL_MODAL).params,
        ensure_ascii=False,
    )
    harness.send(home_action(trail_click(2), user=AGENT, private_metadata="{}"), FORM)
    refusal = harness.slack.wait_for(
        "views.open", lambda c: "réservé aux responsables" in json.dumps(c.params, ensure_ascii=False)
    )

    for step in (
        "Avis reçu",
        "canal d'avis",
        "Version n° 1",
        "premier brouillon",
        "Version n° 2",
        "modification à la main",
        "Réponse approuvée",
    ):
        assert step in trail, step
    assert "[PERSONNE_1]" in trail and not any(name in trail for name in RAW_NAMES)
    assert "l'historique des fils" in json.dumps(refusal.params, ensure_ascii=False)
    assert _audit_lines(harness, "access_refused") == [(AGENT, {"what": "audit_trail"})]


def test_a_non_lead_is_refused_the_export_politely_and_the_refusal_is_logged(harness: AuditHarness) -> None:
    response = harness.dispatch(slash_command("audit 30j", response_url=harness.slack.response_url("cmd")), FORM)

    answer = json.loads(response.body)
    assert answer["response_type"] == "ephemeral"
    assert "réservé aux responsables d'équipe" in answer["text"] and "l'export d'audit" in answer["text"]
    assert not harness.slack.calls_to("files.getUploadURLExternal")
    assert _audit_lines(harness, "access_refused") == [(AGENT, {"what": "audit_export"})]


def test_a_lead_gets_the_csv_by_dm_one_row_per_approved_thread(harness: AuditHarness) -> None:
    _seed(harness)

    response = harness.dispatch(slash_command("audit 30j", response_url="", user=LEAD), FORM)

    assert "arrive dans vos messages directs" in json.loads(response.body)["text"]
    upload = harness.slack.wait_upload()
    assert harness.slack.calls_to("conversations.open")[0].params["users"] == LEAD
    assert (
        upload.channel == f"D{LEAD}" and upload.filename.startswith("plume-audit-") and upload.filename.endswith(".csv")
    )
    assert "2 réponses approuvées" in (upload.initial_comment or "")
    assert upload.data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: French Excel reads the accents right
    reader = csv.DictReader(io.StringIO(upload.data.decode("utf-8-sig"), newline=""), delimiter=";")
    rows = list(reader)
    assert reader.fieldnames == list(HEADERS)
    assert reader.fieldnames[:6] == ["N° de fil", "Canal", "Fil", "Lien", "Origine", "Reçu le"]
    assert [row["N° de fil"] for row in rows] == ["1", "2"]
    distance = str(round(_stored_distance(harness, 2), 4)).replace(".", ",")
    assert [row["Distance d'édition"] for row in rows] == ["0,0", distance]
    assert [row["Envoyé sans modification"] for row in rows] == ["oui", "non"]
    assert [row["Versions"] for row in rows] == ["1", "2"]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", rows[0]["Reçu le"])
    assert rows[0]["Lien"] == "https://test.slack.com/archives/CFEEDBACK/p1700000200000100"
    assert rows[1]["Approuvé par"] == AGENT and rows[1]["Éléments masqués"] == "PERSONNE=1"
    approved = rows[1]["Réponse approuvée (pseudonymisée)"]
    assert "[PERSONNE_1]" in approved and not any(name in upload.text for name in RAW_NAMES)
    assert _audit_lines(harness, "audit_exported")[0][0] == LEAD


def test_an_unknown_period_is_explained(harness: AuditHarness) -> None:
    response = harness.dispatch(slash_command("audit hier", response_url="", user=LEAD), FORM)

    assert "/plume audit 7j" in json.loads(response.body)["text"]


def test_a_non_lead_is_refused_the_settings_modal_and_a_forged_submission(harness: AuditHarness) -> None:
    response = harness.dispatch(slash_command("réglages", response_url=""), FORM)
    forged = harness.dispatch(settings_submission(FEEDBACK_CHANNEL, user=AGENT, signature="Pirate"), FORM)

    assert "le réglage des canaux" in json.loads(response.body)["text"]
    assert json.loads(forged.body)["response_action"] == "update"
    assert harness.core.settings.settings_for(FEEDBACK_CHANNEL) is None
    refusals = [details["what"] for actor, details in _audit_lines(harness, "access_refused") if actor == AGENT]
    assert refusals == ["settings", "settings"]


def test_settings_change_the_next_drafts_prompt_and_model(harness: AuditHarness) -> None:
    assert harness.send(slash_command("réglages", response_url="", user=LEAD), FORM) == 200
    modal = harness.slack.wait_for("views.open").params["view"]
    assert modal["callback_id"] == ids.SETTINGS_MODAL and modal["private_metadata"] == FEEDBACK_CHANNEL
    assert len(modal["title"]["text"]) <= 24
    assert AI_DISCLOSURE_DEFAULT in json.dumps(modal, ensure_ascii=False)

    submitted = settings_submission(
        FEEDBACK_CHANNEL,
        user=LEAD,
        structure="CAF du Rhône",
        signature="L'équipe relations usagers",
        politeness="Nous vous prions d'agréer nos salutations distinguées.",
        disclosure=True,
        model="mistral:mistral-large-latest",
    )
    assert harness.dispatch(submitted, FORM).status == 200
    confirmation = harness.slack.wait_for("chat.postEphemeral")
    harness.send(message_event("La CAF a perdu mon dossier.", "1700000300.000100"))
    harness.draft()

    assert confirmation.params["user"] == LEAD and "enregistrés" in confirmation.params["text"]
    model, messages = harness.provider.calls[-1]
    system = messages[0].content
    assert model == "mistral-large-latest"
    for setting in ("CAF du Rhône", "L'équipe relations usagers", "salutations distinguées", AI_DISCLOSURE_DEFAULT):
        assert setting in system
    [(actor, details)] = _audit_lines(harness, "settings_changed")
    assert actor == LEAD and details["channel"] == FEEDBACK_CHANNEL
    assert set(details["changed"]) == {"structure_name", "signature", "politeness", "ai_disclosure", "default_model"}


def test_settings_are_for_a_channel_not_a_direct_message(harness: AuditHarness) -> None:
    response = harness.dispatch(slash_command("réglages", response_url="", user=LEAD, channel="DLEAD"), FORM)

    assert "dans le canal à régler" in json.loads(response.body)["text"]
