"""Issue 14 through the real Bolt app: the thread as a team uses it (unsafe drafts, colleagues, notices)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.ports.models import ModelError
from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_api import SlackCall
from tests.fakes.slack_payloads import (
    AGENT,
    block_action,
    message_event,
    slash_command,
    thread_reply_event,
    view_submission,
)
from tests.handlers.slack.conftest import LEAD

REVIEW_TS = "1700000200.000100"
NAME = "Marie Dupont"
COLLEAGUE = "UCOLLEAGUE"


def _start(harness: Harness, text: str = f"Je suis {NAME}, la CAF ne répond pas.") -> SlackCall:
    harness.send(message_event(text, REVIEW_TS))
    return harness.draft()


def _click(harness: Harness, action_id: str, value: str, user: str = AGENT) -> None:
    body = block_action(action_id, value, user=user, response_url=harness.slack.response_url(action_id))
    assert harness.send(body, FORM) == 200


def _text(call: SlackCall) -> str:
    return json.dumps(call.params, ensure_ascii=False)


def _ephemerals(harness: Harness) -> str:
    return json.dumps([c.params for c in harness.slack.calls_to("chat.postEphemeral")], ensure_ascii=False)


def _approvals(harness: Harness) -> list[tuple[int, str]]:
    with sqlite3.connect(harness.db) as db:
        return db.execute("SELECT revision_id, user_id FROM approvals").fetchall()


def test_an_invented_placeholder_is_shown_and_blocks_a_plain_approval(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], [PERSONNE_2] vous rappellera au [TELEPHONE_9].")
    draft = _start(harness)

    shown = _text(draft)
    assert "2 marqueurs inconnus\u202f: [PERSONNE_2], [TELEPHONE_9]" in shown and f"Bonjour {NAME}" in shown
    buttons = actions_of(draft)
    assert ids.APPROVE not in buttons, "no plain approval of a draft holding unknown placeholders"
    anyway = buttons[ids.APPROVE_ANYWAY]
    assert anyway["style"] == "danger" and "[PERSONNE_2], [TELEPHONE_9]" in json.dumps(anyway["confirm"])

    _click(harness, ids.APPROVE, str(anyway["value"]))  # a forged or stale plain approval
    assert _approvals(harness) == []
    assert "marqueurs que Plume ne peut pas remplacer" in _ephemerals(harness)

    _click(harness, ids.APPROVE_ANYWAY, str(anyway["value"]))
    assert _approvals(harness) == [(int(str(anyway["value"])), AGENT)]
    with sqlite3.connect(harness.db) as db:
        (details,) = db.execute("SELECT details FROM audit_events WHERE kind = 'approved'").fetchone()
    assert json.loads(details) == {
        "revision": 1,
        "model": "mistral:mistral-small-latest",
        "unresolved_placeholders": 2,
        "confirmed_by_agent": True,
    }


def test_a_draft_with_every_placeholder_restored_is_approved_in_one_click(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci.")
    draft = _start(harness)

    assert ids.APPROVE_ANYWAY not in actions_of(draft) and "marqueur" not in _text(draft)
    _click(harness, ids.APPROVE, str(actions_of(draft)[ids.APPROVE]["value"]))
    assert len(_approvals(harness)) == 1


def test_a_colleagues_reply_drafts_nothing_and_a_mention_of_plume_does(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci.", "Version courte.")
    first = _start(harness)
    assert "les collègues y discutent librement" in _text(first).lower()

    harness.send(
        thread_reply_event("Je m'en occupe, je l'appelle demain 👍", "1700000200.000200", REVIEW_TS, user=COLLEAGUE)
    )
    harness.settle()
    assert len(harness.provider.calls) == 1 and len(harness.drafts()) == 1
    assert harness.slack.calls_to("chat.postEphemeral") == [], "a conversation between colleagues gets no notice"

    harness.send(thread_reply_event("<@UPLUMEBOT> plus court", "1700000200.000300", REVIEW_TS, user=COLLEAGUE))
    second = harness.wait_drafts(2)[1]
    assert "Version courte." in _text(second)
    assert harness.provider.calls[-1][1][-1].content == "plus court"


def test_notices_about_a_message_with_no_thread_yet_are_shown_in_the_channel(harness: Harness) -> None:
    harness.send(message_event("📷", "1700000200.000400"))  # an image with an emoji: no review text
    harness.send(message_event("Hello, I have waited for months for the tax office.", "1700000200.000500"))
    harness.draft()
    harness.settle()

    notices = harness.slack.calls_to("chat.postEphemeral")
    said = _ephemerals(harness)
    assert "ce message n'en contient pas" in said and "ne semble pas rédigé en français" in said
    assert [call.params.get("thread_ts") for call in notices] == [None, None], "given in the channel"
    assert harness.slack.unseen == []


def test_a_notice_in_a_thread_plume_has_answered_stays_in_that_thread(harness: Harness) -> None:
    draft = _start(harness)
    _click(harness, ids.REGENERATE, str(actions_of(draft)[ids.APPROVE]["value"]))
    harness.wait_drafts(2)
    _click(harness, ids.APPROVE, str(actions_of(draft)[ids.APPROVE]["value"]))  # the first, now stale, draft

    [notice] = harness.slack.calls_to("chat.postEphemeral")
    assert notice.params["thread_ts"] == REVIEW_TS and harness.slack.unseen == []


def _edit_boxes(modal: dict[str, Any]) -> dict[str, str]:
    return {block["block_id"]: block["element"].get("initial_value", "") for block in modal["blocks"]}


def test_a_4000_character_draft_is_edited_and_saved_intact(harness: Harness) -> None:
    paragraph = "Nous avons bien reçu votre message et nous vous en remercions sincèrement. " * 10
    long_draft = "\n\n".join(["Bonjour [PERSONNE_1],"] + [paragraph.strip()] * 6)
    assert 4000 <= len(long_draft) < 6000
    harness.provider.enqueue(long_draft)
    draft = _start(harness)

    _click(harness, ids.EDIT, str(actions_of(draft)[ids.EDIT]["value"]))
    modal = harness.slack.wait_for("views.open").params["view"]
    boxes = _edit_boxes(modal)
    assert len(boxes) == 2 and all(len(text) <= 3000 for text in boxes.values())
    boxes["draft_2"] += "\n\nCordialement, le service."
    harness.send(view_submission(ids.EDIT_MODAL, modal["private_metadata"], boxes), FORM)

    harness.wait_drafts(2)
    with sqlite3.connect(harness.db) as db:
        (stored,) = db.execute("SELECT text FROM revisions WHERE number = 2").fetchone()
    assert stored == long_draft + "\n\nCordialement, le service."


def test_saving_an_unchanged_edit_makes_no_version(harness: Harness) -> None:
    draft = _start(harness)
    _click(harness, ids.EDIT, str(actions_of(draft)[ids.EDIT]["value"]))
    modal = harness.slack.wait_for("views.open").params["view"]

    harness.send(view_submission(ids.EDIT_MODAL, modal["private_metadata"], _edit_boxes(modal)), FORM)

    harness.settle()
    assert len(harness.drafts()) == 1 and "Aucune modification" in _ephemerals(harness)
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT count(*) FROM revisions").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM audit_events WHERE kind = 'manual_edit'").fetchone() == (0,)


def test_every_draft_keeps_the_masking_summary_and_the_first_one_streams_without_flicker(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci.", "Merci [PERSONNE_1].")
    first = _start(harness)
    streamed = [
        call
        for call in harness.slack.calls_to("chat.update")
        if call.params["ts"] == first.params["ts"] and ids.APPROVE not in _text(call)
    ]
    assert streamed, "the first piece of text is shown at once"
    for partial in streamed:
        assert "1 élément masqué" in _text(partial) and "nouvelle version" not in _text(partial)

    harness.send(thread_reply_event("plus court", "1700000200.000600", REVIEW_TS))
    second = harness.wait_drafts(2)[1]
    assert "1 élément masqué" in _text(second) and ids.SHOW_SENT_TEXT in _text(second)


def test_a_review_typed_after_the_slash_command_is_drafted_like_the_form(harness: Harness) -> None:
    review = f"Bonjour, je suis {NAME} et la CAF ne répond pas à mes courriels depuis deux mois."
    assert harness.send(slash_command(review, response_url=harness.slack.response_url("cmd")), FORM) == 200

    harness.draft()
    posted, progress = harness.slack.calls_to("chat.postMessage")
    assert "thread_ts" not in posted.params and progress.params["thread_ts"], (
        "the review in the channel, then its thread"
    )
    assert "la CAF ne répond pas" in _text(posted) and NAME not in _text(posted), "masked, as the form does"
    assert NAME not in harness.provider.prompts_text() and len(harness.provider.calls) == 1
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT source FROM conversations").fetchall() == [("modal",)]


def test_help_lists_lead_commands_to_team_leads_only(harness: Harness) -> None:
    for user in (AGENT, LEAD):
        answer = json.loads(harness.dispatch(slash_command("aide", response_url="", user=user), FORM).body)["text"]
        assert "/plume` suivi du texte de l'avis" in answer
        assert ("/plume audit 30j" in answer) is (user == LEAD)
    refused = json.loads(harness.dispatch(slash_command("audit 30j", response_url="", user=AGENT), FORM).body)
    assert "réservé aux responsables" in refused["text"] and "PLUME_" not in refused["text"]


def test_the_long_review_offer_loses_its_button_once_agreed(harness: Harness) -> None:
    harness.core.intake._max_chars = 120  # PLUME_MAX_REVIEW_CHARS
    harness.send(message_event("La mairie ne répond pas à mes demandes de rendez-vous. " * 6, REVIEW_TS))
    offer = harness.slack.wait_for("chat.postMessage")
    button = actions_of(offer)[ids.CONFIRM_FIRST_PART]

    _click(harness, ids.CONFIRM_FIRST_PART, str(button["value"]))

    harness.draft()
    [replaced] = harness.slack.calls_to("response_url")
    assert replaced.params["replace_original"] in (True, "true")
    assert "Accord donné" in _text(replaced) and not [b for b in replaced.params["blocks"] if b["type"] == "actions"]


def _failure(harness: Harness) -> SlackCall:
    harness.settle()
    return next(c for c in reversed(harness.slack.calls) if ids.RETRY in json.dumps(c.params.get("blocks")))


def test_retries_are_visible_and_an_overloaded_model_is_told_apart_from_a_broken_one(harness: Harness) -> None:
    harness.provider.enqueue(*[ModelError("overloaded", retryable=True)] * 3)
    harness.send(message_event("La mairie est fermée le samedi.", REVIEW_TS))

    failure = _failure(harness)
    assert "surchargé" in _text(failure)
    retrying = [c for c in harness.slack.calls_to("chat.update") if "Plume réessaie" in _text(c)]
    assert [("essai n° 2" in _text(c), "essai n° 3" in _text(c)) for c in retrying] == [(True, False), (False, True)]

    harness.provider.enqueue(ModelError("bad_request", retryable=False))
    harness.send(message_event("La piscine est fermée le dimanche.", "1700000200.000700"))
    harness.settle()
    [broken] = [c for c in harness.slack.calls if "renvoyé une erreur" in _text(c)]
    assert broken.method == "chat.update", "the failure replaces the progress message, which would wait forever"
    assert "surchargé" not in _text(broken) and ids.RETRY in _text(broken)


def test_approval_removes_an_old_retry_and_a_stale_click_drafts_nothing(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour.", ModelError("bad_request", retryable=False))
    draft = _start(harness)
    _click(harness, ids.REGENERATE, str(actions_of(draft)[ids.APPROVE]["value"]))
    failure = _failure(harness)
    _click(harness, ids.APPROVE, str(actions_of(draft)[ids.APPROVE]["value"]))
    retry = next(iter(actions_of(failure).values()))
    retired = harness.slack.wait_for("chat.update", lambda c: "plus rien à réessayer" in _text(c))
    assert retired.params["ts"] == failure.params["ts"] and actions_of(retired) == {}, "the button goes at approval"

    body = block_action(str(retry["action_id"]), str(retry["value"]), user=AGENT, response_url="", block_id=ids.RETRY)
    harness.send(body, FORM)

    harness.settle()
    assert len(harness.provider.calls) == 2 and "déjà approuvée" in _ephemerals(harness)


def test_a_one_click_refinement_is_a_normal_instruction_and_a_double_click_counts_once(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci pour votre long message.", "Merci [PERSONNE_1].")
    draft = _start(harness)
    shorter = actions_of(draft)[ids.SHORTER]
    assert shorter["text"]["text"] == "✂️ Plus court"

    _click(harness, ids.SHORTER, str(shorter["value"]))
    _click(harness, ids.SHORTER, str(shorter["value"]))

    second = harness.wait_drafts(2)[1]
    harness.settle()
    assert len(harness.drafts()) == 2 and f"Merci {NAME}." in _text(second)
    assert harness.provider.calls[-1][1][-1].content == "Plus court."
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT user_id, text FROM instructions").fetchall() == [(AGENT, "Plus court.")]


def test_not_a_review_is_dismissed_in_one_click_and_nothing_is_counted(harness: Harness) -> None:
    harness.send(message_event("Point d'équipe à 14 h ?", REVIEW_TS))
    draft = harness.draft()
    dismiss = actions_of(draft)[ids.DISMISS]

    _click(harness, ids.DISMISS, str(dismiss["value"]))

    note = harness.slack.wait_for("chat.update", lambda c: "brouillon retiré par Agent Test" in _text(c))
    assert note.params["ts"] == draft.params["ts"] and "Point" not in _text(note) and "actions" not in _text(note)
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM revisions").fetchone() == (0,)
        assert db.execute("SELECT actor FROM audit_events WHERE kind = 'review_dismissed'").fetchall() == [(AGENT,)]
    harness.send(thread_reply_event("plus court", "1700000200.000800", REVIEW_TS))
    harness.settle()
    assert len(harness.provider.calls) == 1, "a dismissed thread is no Plume thread any more"


def test_only_the_first_draft_of_a_feedback_channel_post_offers_to_dismiss(harness: Harness) -> None:
    harness.send(message_event(f"Je suis {NAME}.", "1700000200.000900", channel="DAGENT", channel_type="im"))
    assert ids.DISMISS not in actions_of(harness.draft())


def test_an_instruction_sent_before_agreeing_to_a_long_review_is_kept(harness: Harness) -> None:
    harness.core.intake._max_chars = 120  # PLUME_MAX_REVIEW_CHARS
    harness.provider.enqueue("Bonjour, la mairie vous répondra.", "Bonjour.")
    harness.send(message_event("La mairie ne répond pas à mes demandes de rendez-vous. " * 6, REVIEW_TS))
    offer = harness.slack.wait_for("chat.postMessage")

    harness.send(thread_reply_event("plus court", "1700000200.001000", REVIEW_TS))
    assert "votre consigne sera appliquée" in _ephemerals(harness) and harness.provider.calls == []
    _click(harness, ids.CONFIRM_FIRST_PART, str(actions_of(offer)[ids.CONFIRM_FIRST_PART]["value"]))

    harness.wait_drafts(2)
    assert harness.provider.calls[-1][1][-1].content == "plus court"


def test_see_the_changes_between_a_version_and_the_previous_one(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci pour votre long message.", "Bonjour [PERSONNE_1], merci.")
    first = _start(harness)
    assert ids.SHOW_CHANGES not in actions_of(first)
    harness.send(thread_reply_event("plus court", "1700000200.001100", REVIEW_TS))
    second = harness.wait_drafts(2)[1]

    _click(harness, ids.SHOW_CHANGES, str(actions_of(second)[ids.SHOW_CHANGES]["value"]))

    [shown] = harness.slack.calls_to("chat.postEphemeral")
    elements = [e for b in shown.params["blocks"] if b["type"] == "rich_text" for e in b["elements"][0]["elements"]]
    assert [e["text"] for e in elements if "style" not in e] == [f"Bonjour {NAME}, "]
    assert [e["text"] for e in elements if e.get("style") == {"strike": True}] == ["merci pour votre long message."]
    assert [e["text"] for e in elements if e.get("style") == {"bold": True}] == ["merci."]
