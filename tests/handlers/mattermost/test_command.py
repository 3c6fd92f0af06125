"""The `/plume` slash command and its review dialog; malformed callback requests."""

from __future__ import annotations

import httpx2

from handlers.mattermost import phrases
from tests.fakes.mattermost_harness import COMMAND_TOKEN, MattermostHarness


def test_a_wrong_command_token_gets_401_and_opens_nothing(mm: MattermostHarness) -> None:
    url = f"{mm.public_url}/mattermost/command"
    for token in ("wrong-token", COMMAND_TOKEN[:-1], COMMAND_TOKEN + "x"):
        answered = mm.fake.slash_command(url, token, "", mm.agent, mm.feedback)
        assert answered.status == 401 and answered.error is not None
    assert mm.fake.dialogs == [] and mm.fake.ephemerals == []


def test_plume_alone_opens_the_review_dialog_and_its_submission_drafts(mm: MattermostHarness) -> None:
    url = f"{mm.public_url}/mattermost/command"
    answered = mm.fake.slash_command(url, COMMAND_TOKEN, "", mm.agent, mm.feedback)
    assert answered.status == 200 and len(mm.fake.dialogs) == 1
    opened = mm.fake.dialogs[0]
    assert opened["trigger_id"] == answered.trigger_id
    assert [e["name"] for e in opened["dialog"]["elements"]] == ["service", "feeling", "title", "text"]

    state = opened["dialog"]["state"]
    elsewhere = mm.fake.add_channel("ailleurs", members=[mm.agent])
    for channel in (elsewhere, mm.feedback):  # the state signs the channel: only the genuine one is accepted
        forged = mm.fake.submit_dialog(
            opened["url"], "review", state if channel == elsewhere else "", {"text": "x"}, mm.agent, channel
        )
        assert forged.status == 401
    empty = mm.fake.submit_dialog(opened["url"], "review", state, {"text": " "}, mm.agent, mm.feedback)
    assert empty.body == {"errors": {"text": phrases.EMPTY_FIELD}}
    submission = {"service": "CAF", "feeling": "negatif", "title": "Attente", "text": "Paul Durand attend sa prime."}
    submitted = mm.fake.submit_dialog(opened["url"], "review", state, submission, mm.agent, mm.feedback)
    assert submitted.error is None
    posted = mm.fake.wait_for_post(lambda p: p["user_id"] == mm.bot and "Avis transmis par" in p["message"])
    assert "Durand" not in posted["message"] and "Alice Martin" in posted["message"]
    mm.wait_live_draft(posted["id"])
    sent = mm.provider.prompts_text()
    assert "Ressenti : négatif" in sent and "Durand" not in sent


def test_plume_aide_shows_the_help_privately(mm: MattermostHarness) -> None:
    url = f"{mm.public_url}/mattermost/command"
    answered = mm.fake.slash_command(url, COMMAND_TOKEN, "aide", mm.agent, mm.feedback)
    assert answered.body == {"response_type": "ephemeral", "text": phrases.HELP}
    assert mm.fake.ephemerals[-1]["post"]["message"] == phrases.HELP
    assert "/plume audit" not in phrases.HELP, "no lead-only command in an agent's help"
    for_lead = mm.fake.slash_command(url, COMMAND_TOKEN, "aide", mm.lead, mm.feedback)
    assert for_lead.body["text"] == phrases.HELP + phrases.LEAD_HELP and "/plume audit 30j" in phrases.LEAD_HELP
    unknown = mm.fake.slash_command(url, COMMAND_TOKEN, "bonjour", mm.agent, mm.feedback)
    assert "/plume bonjour" in unknown.body["text"]


def test_malformed_requests_get_400_and_forged_dialogs_401(mm: MattermostHarness) -> None:
    for path, body in [
        ("actions", b"not json"),
        ("actions", b"[1, 2]"),
        ("dialogs", b'{"callback_id": "edit"}'),
        ("dialogs", b'{"callback_id": "nope", "submission": {}, "user_id": "u", "channel_id": "c"}'),
    ]:
        answer = httpx2.post(f"{mm.public_url}/mattermost/{path}", content=body, timeout=10)
        assert answer.status_code == 400, (path, body)
    forged = {"callback_id": "edit", "state": "{}", "submission": {"draft": "x"}, "user_id": mm.agent}
    assert httpx2.post(f"{mm.public_url}/mattermost/dialogs", json=forged, timeout=10).status_code == 401
    assert httpx2.get(f"{mm.public_url}/mattermost/actions", timeout=10).status_code == 405
    assert httpx2.post(f"{mm.public_url}/elsewhere", content=b"{}", timeout=10).status_code == 404
    mm.settle()
    assert mm.count("revisions") == 0
