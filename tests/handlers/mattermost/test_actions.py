"""Clicks on a draft: approve exactly once, forged contexts refused, stale ones explained, the sent text shown."""

from __future__ import annotations

import copy
import threading
from typing import Any

import httpx2

from bot.ports.chat import Notice
from handlers.mattermost import phrases
from tests.fakes.mattermost_api import Callback
from tests.fakes.mattermost_harness import MattermostHarness, actions_of

REVIEW = "Je m'appelle Jeanne Moreau, ma demande de carte grise attend depuis trois mois à l'ANTS."


def _draft(mm: MattermostHarness) -> tuple[dict[str, Any], dict[str, Any]]:
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    return review, mm.wait_live_draft(review["id"])


def _context(draft: dict[str, Any], action_id: str) -> dict[str, Any]:
    action = next(a for a in actions_of(draft) if a["id"] == action_id)
    return copy.deepcopy(action["integration"]["context"])


def _raw_click(mm: MattermostHarness, draft: dict[str, Any], context: dict[str, Any]) -> httpx2.Response:
    """A click request as Mattermost would send it, but with a context of our making."""
    body = {
        "user_id": mm.agent,
        "channel_id": draft["channel_id"],
        "post_id": draft["id"],
        "trigger_id": mm.fake.issue_trigger_id(mm.agent),
        "type": "button",
        "context": context,
    }
    return httpx2.post(f"{mm.public_url}/mattermost/actions", json=body, timeout=10)


def test_two_simultaneous_approvals_approve_once(mm: MattermostHarness) -> None:
    review, draft = _draft(mm)
    start = threading.Barrier(2)
    results: list[Callback] = []

    def click() -> None:
        start.wait()
        results.append(mm.click(draft["id"], "approve"))

    clickers = [threading.Thread(target=click) for _ in range(2)]
    for thread in clickers:
        thread.start()
    for thread in clickers:
        thread.join(15)
    mm.settle()

    assert [r.error for r in results] == [None, None]
    assert mm.count("approvals") == 1
    approved = mm.fake.post(draft["id"])
    assert phrases.APPROVED_TITLE in approved["message"] and "Alice Martin" in approved["message"]
    assert [action["id"] for action in actions_of(approved)] == ["pinreply"], "the draft's buttons are gone"
    answers = [r.body.get("ephemeral_text") for r in results if isinstance(r.body, dict)]
    assert answers.count(phrases.NOTICES[Notice.ALREADY_APPROVED]) == 1, answers
    assert [p for p in mm.fake.thread(review["id"]) if phrases.NOTICES[Notice.ALREADY_APPROVED] in p["message"]] == []


def test_a_forged_context_is_refused_and_changes_nothing(mm: MattermostHarness) -> None:
    _, draft = _draft(mm)
    genuine = _context(draft, "approve")
    bad_mac = {**genuine, "mac": "0" * 64}
    other_target = {**genuine, "target": str(int(genuine["target"]) + 1)}
    regenerate_as_approve = {**_context(draft, "regenerate"), "kind": "approve"}
    unsigned: dict[str, Any] = {"kind": "approve", "target": genuine["target"], "models": []}
    for forged in (bad_mac, other_target, regenerate_as_approve, unsigned):
        assert _raw_click(mm, draft, forged).status_code == 401
    menu = _context(draft, "model")
    assert _raw_click(mm, draft, {**menu, "selected_option": "mistral:not-offered"}).status_code == 401
    mm.settle()

    assert mm.count("approvals") == 0 and len(mm.provider.calls) == 1
    assert mm.fake.post(draft["id"])["message"] == draft["message"]
    assert _raw_click(mm, draft, genuine).status_code == 200, "the genuine context does work"
    assert mm.count("approvals") == 1


def test_a_stale_click_gets_the_explanation_and_changes_nothing(mm: MattermostHarness) -> None:
    review, first = _draft(mm)
    old_approve = _context(first, "approve")
    mm.fake.user_posts(mm.feedback, mm.agent, "Ajoute nos excuses", root_id=review["id"])
    mm.wait_live_draft(review["id"], 2)
    mm.settle()

    answer = _raw_click(mm, first, old_approve)  # an old client still showing the first draft's buttons
    assert answer.status_code == 200
    assert answer.json() == {"ephemeral_text": phrases.NOTICES[Notice.STALE_REVISION]}
    assert mm.count("approvals") == 0


def test_show_sent_text_answers_privately(mm: MattermostHarness) -> None:
    review, draft = _draft(mm)
    clicked = mm.click(draft["id"], "senttext")
    assert clicked.error is None
    shown = clicked.body["ephemeral_text"]
    assert phrases.SENT_TEXT_INTRO in shown and "carte grise" in shown and "Moreau" not in shown
    assert mm.fake.ephemerals[-1]["user_id"] == mm.agent
    assert len(mm.fake.thread(review["id"])) == 2, "nothing posted for everyone"
