"""No personal data at rest, in logs or at the model: reviews full of identifiers through every path.

A real `plume serve --http` process (DEBUG logs), the fake Slack Web API and a fake Mistral server. Afterwards
the process's whole log, every byte of the database files and every request the model server received are
searched for each raw value: zero hits. (Slack itself receives the restored draft: that is the agent's view.)
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import (
    AGENT,
    block_action,
    dm_event,
    mention_event,
    message_event,
    message_shortcut,
    thread_reply_event,
    view_submission,
)

FORM = "application/x-www-form-urlencoded"
PEOPLE = [
    ("Marie Dupont", "06 12 34 56 78", "marie.dupont@example.fr"),
    ("Jean-Pierre Martin", "07 98 76 54 32", "jp.martin@laposte.net"),
    ("Fatima Benali", "01 44 55 66 77", "fatima.benali@gmail.com"),
    ("Lucas Bernard", "06 55 44 33 22", "lucas.bernard@orange.fr"),
    ("Chloé Lefebvre", "09 87 65 43 21", "chloe.lefebvre@free.fr"),
    ("Nicolas Petit", "06 01 02 03 04", "n.petit@outlook.fr"),
    ("Sophie Moreau", "07 11 22 33 44", "sophie.moreau@yahoo.fr"),
]


def _review(index: int) -> str:
    name, phone, email = PEOPLE[index]
    return f"Bonjour, je suis {name}. La CAF ne répond ni au {phone} ni à {email}. Merci de me rappeler."


def _raw_values() -> list[str]:
    values: list[str] = []
    for name, phone, email in PEOPLE:
        values += [name, name.split()[-1], phone, phone.replace(" ", ""), email]
    return values


def _wait_drafts(slack: FakeSlackApi, count: int, timeout: float = 60.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        drafts = [c.params for c in slack.calls if c.method in ("chat.update", "chat.postMessage")
                  and "plume_approve" in json.dumps(c.params.get("blocks"))]  # fmt: skip
        if len(drafts) >= count:
            return drafts
        assert time.monotonic() < deadline, f"{len(drafts)} drafts of {count}"
        time.sleep(0.1)


def _button(draft: dict[str, Any], action_id: str) -> str:
    return next(
        str(e["value"]) for b in draft["blocks"] if b["type"] == "actions" for e in b["elements"]
        if e["action_id"] == action_id
    )  # fmt: skip


def test_identifiers_never_reach_logs_storage_or_the_model(
    tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    fake_mistral.reply = lambda body: "Bonjour [PERSONNE_1], nous avons bien reçu votre message."
    env = plume_env(tmp_path, fake_slack.url, fake_mistral.url, f"sqlite:///{tmp_path / 'plume.db'}")
    plume = PlumeProcess(env, tmp_path).wait_ready()
    try:
        plume.send(message_event(_review(0), "1800000000.000100"))
        plume.send(mention_event(f"<@UPLUMEBOT> {_review(1)}", "1800000000.000200"))
        plume.send(dm_event(_review(2), "1800000000.000300"))
        forwarded = {"type": "message", "ts": "1800000000.000400", "text": "", "attachments": [{"text": _review(3)}]}
        plume.send(message_shortcut(forwarded, response_url=fake_slack.response_url("shortcut")), FORM)
        plume.send(
            view_submission("plume_review_modal", "CFEEDBACK", {"text": _review(4), "title": PEOPLE[4][0]}), FORM
        )
        drafts = _wait_drafts(fake_slack, 5)

        name, _, email = PEOPLE[5]
        plume.send(
            thread_reply_event(f"ajoute que {name} peut écrire à {email}", "1800000000.000500", "1800000000.000100")
        )
        drafts = _wait_drafts(fake_slack, 6)
        edit_of = _button(drafts[-1], "plume_edit")
        plume.send(block_action("plume_edit", edit_of, user=AGENT, response_url=fake_slack.response_url("edit")), FORM)
        metadata = fake_slack.wait_for("views.open").params["view"]["private_metadata"]
        edited = f"Bonjour {PEOPLE[0][0]}, {PEOPLE[6][0]} ({PEOPLE[6][1]}) vous rappellera."
        plume.send(view_submission("plume_edit_modal", metadata, {"draft": edited}), FORM)
        drafts = _wait_drafts(fake_slack, 7)
        approve = _button(drafts[-1], "plume_approve")
        plume.send(block_action("plume_approve", approve, user=AGENT, response_url=fake_slack.response_url("ok")), FORM)
        fake_slack.wait_for("chat.update", lambda c: "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False))

        for _ in range(9):  # 3 attempts by the provider, for each of the 3 attempts of the job
            fake_mistral.enqueue_error(500)
        reply = f"et cite {PEOPLE[1][0]}"
        plume.send(thread_reply_event(reply, "1800000000.000600", "1800000000.000200", channel="CGENERAL"))
        fake_slack.wait_for("chat.update", lambda c: "plume_retry" in json.dumps(c.params.get("blocks")), timeout=60)
    finally:
        plume.stop()

    sent_to_model = json.dumps([request.body for request in fake_mistral.requests], ensure_ascii=False)
    log = plume.log.read_text()
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("plume.db*"))
    assert "[PERSONNE_1]" in sent_to_model and len(fake_mistral.requests) >= 7
    leaks = [
        (value, where)
        for value in _raw_values()
        for where, haystack in (("model", sent_to_model), ("log", log), ("database", stored.decode("utf-8", "replace")))
        if value in haystack
    ]
    assert not leaks
    for secret in ("xoxb-e2e", "mistral-e2e", "e2e-signing-secret"):
        assert secret not in log, "credentials never reach the log"
