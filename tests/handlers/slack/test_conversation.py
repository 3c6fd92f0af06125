"""The thread conversation through the real Bolt app: every way in, refine, regenerate, switch, edit, approve."""

from __future__ import annotations

import json
import sqlite3
import threading
import time

from bot.clock import utc_now
from bot.ports.models import ModelError
from handlers.slack import ids
from tests.fakes.bolt_harness import FORM, Harness, actions_of
from tests.fakes.slack_api import SlackCall
from tests.fakes.slack_payloads import (
    AGENT,
    FEEDBACK_CHANNEL,
    block_action,
    dm_event,
    message_event,
    message_shortcut,
    select_action,
    thread_reply_event,
    view_submission,
)

REVIEW_TS = "1700000100.000100"
NAME = "Marie Dupont"


def _start(harness: Harness, text: str = f"Je suis {NAME}, la CAF ne répond pas.") -> SlackCall:
    harness.send(message_event(text, REVIEW_TS))
    return harness.draft()


def _click(harness: Harness, draft: SlackCall, action_id: str, user: str = AGENT) -> None:
    button = actions_of(draft)[action_id]
    body = block_action(action_id, str(button["value"]), user=user, response_url=harness.slack.response_url(action_id))
    assert harness.send(body, FORM) == 200


def _ephemerals(harness: Harness) -> str:
    return json.dumps([c.params for c in harness.slack.calls_to("chat.postEphemeral")], ensure_ascii=False)


def _retired(harness: Harness, draft: SlackCall, timeout: float = 5.0) -> bool:
    """The draft's message lost its buttons (it is updated just after the newer draft is shown)."""
    deadline = time.monotonic() + timeout
    while True:
        updates = [c for c in harness.slack.calls_to("chat.update") if c.params["ts"] == draft.params["ts"]]
        if updates and "Remplacé par une version plus récente" in json.dumps(updates[-1].params, ensure_ascii=False):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)


def test_replies_in_the_thread_refine_the_draft_round_after_round(harness: Harness) -> None:
    harness.provider.enqueue(
        "Bonjour [PERSONNE_1], merci.", "Merci [PERSONNE_1].", "Merci [PERSONNE_1] et [PERSONNE_2]."
    )
    first = _start(harness)

    harness.send(thread_reply_event("plus court", "1700000100.000200", REVIEW_TS))
    second = harness.wait_drafts(2)[1]
    harness.send(thread_reply_event("cite aussi Paul Martin", "1700000100.000300", REVIEW_TS))
    third = harness.wait_drafts(3)[2]

    assert len({first.params["ts"], second.params["ts"], third.params["ts"]}) == 3, "each revision is a new message"
    assert _retired(harness, first) and _retired(harness, second)
    assert "Merci Marie Dupont et Paul Martin." in json.dumps(third.params, ensure_ascii=False)
    last_prompt = harness.provider.calls[-1][1]
    assert [m.role for m in last_prompt] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert last_prompt[-1].content == "cite aussi [PERSONNE_2]"
    assert last_prompt[3].content == "plus court"
    assert NAME not in harness.provider.prompts_text() and "Paul Martin" not in harness.provider.prompts_text()


def test_an_instruction_sent_while_drafting_is_queued_then_applied_in_order(harness: Harness) -> None:
    harness.provider.enqueue("Version 1.", "Version 2.", "Version 3.")
    _start(harness)
    harness.provider.hold()

    harness.send(thread_reply_event("plus chaleureux", "1700000100.000200", REVIEW_TS))
    harness.provider.wait_started(2)
    harness.send(thread_reply_event("et plus court", "1700000100.000300", REVIEW_TS))
    with sqlite3.connect(harness.db) as db:
        statuses = [row[0] for row in db.execute("SELECT status FROM jobs ORDER BY id")]
    assert statuses == ["done", "running", "pending"]
    waiting = harness.core.stores.jobs.claim_job("probe", utc_now(), 30)
    assert waiting is None, "the second instruction waits for the first"
    assert len(harness.provider.calls) == 2
    harness.provider.release()

    drafts = harness.wait_drafts(3)
    assert "Version 3." in json.dumps(drafts[2].params)
    assert [m.content for m in harness.provider.calls[2][1] if m.role == "user"][1:] == [
        "plus chaleureux",
        "et plus court",
    ]
    assert "Consigne notée" in _ephemerals(harness)


def test_regenerate_makes_a_new_revision_once_even_when_clicked_twice(harness: Harness) -> None:
    harness.provider.enqueue("Premier jet.", "Second jet.")
    first = _start(harness)

    _click(harness, first, ids.REGENERATE)
    _click(harness, first, ids.REGENERATE)

    second = harness.wait_drafts(2)[1]
    harness.settle()
    assert len(harness.drafts()) == 2 and len(harness.provider.calls) == 2
    assert "Second jet." in json.dumps(second.params)
    assert _retired(harness, first)
    regenerated = harness.provider.calls[1][1]
    assert [m.role for m in regenerated] == ["system", "user"], "a regeneration answers the same request again"


def test_the_model_menu_redrafts_with_the_chosen_model(harness: Harness) -> None:
    first = _start(harness)
    menu = actions_of(first)[ids.SWITCH_MODEL]
    assert [o["value"] for o in menu["options"]] == ["mistral:mistral-small-latest", "mistral:mistral-large-latest"]

    body = select_action(
        ids.SWITCH_MODEL, "mistral:mistral-large-latest", block_id=ids.draft_actions_block(1), user=AGENT
    )
    harness.send(body, FORM)

    second = harness.wait_drafts(2)[1]
    assert harness.provider.calls[1][0] == "mistral-large-latest"
    assert actions_of(second)[ids.SWITCH_MODEL]["initial_option"]["value"] == "mistral:mistral-large-latest"
    with sqlite3.connect(harness.db) as db:
        kinds = db.execute("SELECT kind, model_id FROM revisions ORDER BY number").fetchall()
    assert kinds == [("draft", "mistral:mistral-small-latest"), ("model_switch", "mistral:mistral-large-latest")]


def test_edit_opens_the_draft_and_saves_a_manual_revision(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour [PERSONNE_1], merci pour votre avis.")
    first = _start(harness)

    _click(harness, first, ids.EDIT)
    modal = harness.slack.wait_for("views.open").params["view"]
    assert modal["callback_id"] == ids.EDIT_MODAL
    assert modal["blocks"][0]["element"]["initial_value"] == f"Bonjour {NAME}, merci pour votre avis."

    edited = f"Bonjour {NAME}, nous avons relancé la CAF."
    harness.send(view_submission(ids.EDIT_MODAL, modal["private_metadata"], {"draft": edited}), FORM)

    second = harness.wait_drafts(2)[1]
    assert edited in json.dumps(second.params, ensure_ascii=False)
    assert "modifié à la main" in json.dumps(second.params, ensure_ascii=False)
    assert _retired(harness, first)
    with sqlite3.connect(harness.db) as db:
        stored = db.execute("SELECT kind, author_user_id, text FROM revisions WHERE number = 2").fetchone()
    assert stored == ("manual_edit", AGENT, "Bonjour [PERSONNE_1], nous avons relancé la CAF.")


def _expire_vaults(harness: Harness) -> None:
    """As the retention period's end would: the mapping of every conversation can no longer be opened."""
    with sqlite3.connect(harness.db) as db:
        db.execute("UPDATE vaults SET expires_at = '2000-01-01 00:00:00.000000'")


def _expiry_notes(harness: Harness) -> list[SlackCall]:
    """Messages in the review's thread saying that the conversation's retention period is over."""
    posted = harness.slack.calls_to("chat.postMessage")
    return [
        call
        for call in posted
        if call.params.get("thread_ts") == REVIEW_TS
        and "durée de conservation" in json.dumps(call.params, ensure_ascii=False)
    ]


def test_edit_on_an_expired_conversation_says_why_in_the_thread(harness: Harness) -> None:
    first = _start(harness)
    _expire_vaults(harness)

    _click(harness, first, ids.EDIT)

    assert len(_expiry_notes(harness)) == 1
    assert not harness.slack.calls_to("views.open")


def test_saving_an_edit_after_expiry_says_why_and_stores_nothing(harness: Harness) -> None:
    first = _start(harness)
    _click(harness, first, ids.EDIT)
    modal = harness.slack.wait_for("views.open").params["view"]
    _expire_vaults(harness)

    edited = f"Bonjour {NAME}, nous avons relancé la CAF."
    assert harness.send(view_submission(ids.EDIT_MODAL, modal["private_metadata"], {"draft": edited}), FORM) == 200

    assert len(_expiry_notes(harness)) == 1
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT count(*) FROM revisions").fetchone() == (1,)


def test_stale_buttons_explain_and_change_nothing(harness: Harness) -> None:
    first = _start(harness)
    _click(harness, first, ids.REGENERATE)
    harness.wait_drafts(2)

    _click(harness, first, ids.APPROVE)

    assert "remplacé par une version plus récente" in _ephemerals(harness)
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT count(*) FROM approvals").fetchone() == (0,)


def test_two_simultaneous_approvals_record_one(harness: Harness) -> None:
    draft = _start(harness)
    clicks = [threading.Thread(target=_click, args=(harness, draft, ids.APPROVE, user)) for user in ("UONE", "UTWO")]
    for click in clicks:
        click.start()
    for click in clicks:
        click.join()

    approvals = [
        c
        for c in harness.slack.calls_to("chat.update")
        if "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False)
    ]
    assert len(approvals) == 1
    assert "déjà approuvée" in _ephemerals(harness)
    with sqlite3.connect(harness.db) as db:
        assert db.execute("SELECT count(*) FROM approvals").fetchone() == (1,)


def test_replies_in_an_approved_thread_get_a_note_and_no_draft(harness: Harness) -> None:
    draft = _start(harness)
    _click(harness, draft, ids.APPROVE)
    harness.slack.wait_for("chat.update", lambda c: "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False))

    harness.send(thread_reply_event("encore plus court", "1700000100.000900", REVIEW_TS))
    harness.settle()

    assert len(harness.provider.calls) == 1
    assert "déjà approuvée" in _ephemerals(harness)


def test_replies_in_threads_plume_did_not_start_are_ignored(harness: Harness) -> None:
    harness.send(thread_reply_event("une discussion", "1700000200.000200", "1700000200.000100"))
    harness.settle()

    assert harness.provider.calls == []
    assert [call.method for call in harness.slack.calls] in ([], ["auth.test"]), "nothing posted"


def test_a_direct_message_is_a_review_drafted_in_its_thread(harness: Harness) -> None:
    harness.send(dm_event("Bonjour, mon dossier ANTS est bloqué depuis un mois.", "1700000300.000100"))

    draft = harness.draft()
    assert draft.params["channel"] == "DAGENT"
    assert harness.slack.calls_to("chat.postMessage")[0].params["thread_ts"] == "1700000300.000100"


def test_the_shortcut_drafts_a_forwarded_message_in_its_thread(harness: Harness) -> None:
    forwarded = {
        "type": "message",
        "ts": "1700000400.000100",
        "user": "UOTHER",
        "text": "",
        "attachments": [{"is_share": True, "text": f"Avis de {NAME} : l'URSSAF ne répond pas.", "fallback": "[avis]"}],
    }

    harness.send(message_shortcut(forwarded, response_url=harness.slack.response_url("shortcut")), FORM)

    harness.draft()
    progress = harness.slack.calls_to("chat.postMessage")[0]
    assert (progress.params["channel"], progress.params["thread_ts"]) == ("CGENERAL", "1700000400.000100")
    assert "l'URSSAF ne répond pas" in harness.provider.prompts_text() and NAME not in harness.provider.prompts_text()
    confirmation = harness.slack.wait_for("response_url")
    assert confirmation.params["response_type"] == "ephemeral" and "fil de ce message" in confirmation.params["text"]


def test_the_form_posts_the_pseudonymised_review_and_drafts_in_its_thread(harness: Harness) -> None:
    values = {"service": "CAF de Lyon", "title": "Attente", "text": f"Je suis {NAME}, 06 11 22 33 44, aucune réponse."}

    assert harness.send(view_submission(ids.REVIEW_MODAL, FEEDBACK_CHANNEL, values), FORM) == 200

    draft = harness.draft()
    posted = harness.slack.calls_to("chat.postMessage")[0]
    shown = json.dumps(posted.params, ensure_ascii=False)
    assert posted.params["channel"] == FEEDBACK_CHANNEL and "thread_ts" not in posted.params
    assert "[PERSONNE_1]" in shown and NAME not in shown and "06 11 22 33 44" not in shown
    assert "CAF de Lyon" in harness.provider.prompts_text()
    thread = harness.slack.calls_to("chat.postMessage")[1]
    assert thread.params["thread_ts"] and draft.params["channel"] == FEEDBACK_CHANNEL


def test_an_empty_form_is_refused_in_the_form(harness: Harness) -> None:
    response = harness.dispatch(view_submission(ids.REVIEW_MODAL, FEEDBACK_CHANNEL, {"text": "   "}), FORM)

    assert json.loads(response.body)["response_action"] == "errors"
    harness.settle()
    assert harness.provider.calls == []


def test_a_failing_model_offers_to_retry_with_the_next_model(harness: Harness) -> None:
    harness.provider.enqueue(*[ModelError("server_error", retryable=True)] * 3, "Enfin un brouillon.")
    harness.send(message_event("La mairie est fermée le samedi.", REVIEW_TS))

    failure = harness.slack.wait_for("chat.update", lambda c: ids.RETRY in json.dumps(c.params.get("blocks")))
    buttons = actions_of(failure)
    assert "Mistral Large" in json.dumps(buttons, ensure_ascii=False)
    retry_with_next = next(b for b in buttons.values() if str(b["value"]).endswith("mistral-large-latest"))
    body = block_action(
        str(retry_with_next["action_id"]),
        str(retry_with_next["value"]),
        user=AGENT,
        response_url=harness.slack.response_url("retry"),
        block_id=ids.RETRY,
    )
    harness.send(body, FORM)

    draft = harness.draft()
    assert draft.params["ts"] == failure.params["ts"], "the failure message turns into the draft"
    assert harness.provider.calls[-1][0] == "mistral-large-latest"
