"""End to end on Mattermost: `plume serve --http` as a subprocess, the fake Mattermost server (REST, WebSocket,
integration callbacks) and a fake Mistral server; no Slack variable at all."""

from __future__ import annotations

import copy
import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.fakes.mattermost_api import Callback, FakeMattermost
from tests.fakes.mattermost_harness import actions_of, is_live_draft
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, free_port

NAME, PHONE, EMAIL = "Marie Dupont", "06 12 34 56 78", "marie.dupont@example.fr"
REVIEW = (
    f"Bonjour, je suis {NAME}. J'attends depuis trois mois une réponse de la CAF à propos de mon dossier. "
    f"Personne ne rappelle au {PHONE} et mes courriels à {EMAIL} restent sans suite."
)
RAW_VALUES = [NAME, "Dupont", PHONE, PHONE.replace(" ", ""), EMAIL]
COMMAND_TOKEN = "e2e-command-token"


def _model_reply(body: dict[str, Any]) -> str:
    user_text = body["messages"][-1]["content"]
    person = re.search(r"\[PERSONNE_\d+\]", user_text)
    return f"Bonjour {person.group(0) if person else 'Madame, Monsieur'}, merci pour votre avis sur la CAF."


@dataclass
class Running:
    plume: PlumeProcess
    fake: FakeMattermost
    model: FakeMistralServer
    agent: str
    feedback: str
    db: Path

    def drafts(self, root_id: str) -> list[dict[str, Any]]:
        bot = self.fake.bot_user_id
        return [p for p in self.fake.thread(root_id) if p["user_id"] == bot and "Brouillon n°" in p["message"]]

    def live_draft(self, root_id: str, number: int) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            return next(
                (p for p in self.drafts(root_id) if is_live_draft(p) and f"Brouillon n° {number} " in p["message"]),
                None,
            )

        with self.fake.cond:
            assert self.fake.cond.wait_for(lambda: found() is not None, 60), f"no draft n° {number}"
        draft = found()
        assert draft is not None
        return draft

    def count(self, table: str) -> int:
        with closing(sqlite3.connect(self.db)) as db:
            found: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return found


@pytest.fixture
def running(tmp_path: Path, fake_mistral: FakeMistralServer) -> Iterator[Running]:
    with FakeMattermost() as fake:
        agent = fake.add_user("alice", first_name="Alice", last_name="Martin", token="alice-token")
        feedback = fake.add_channel("avis-usagers", "Avis des usagers", members=[agent])
        port = free_port()
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "MATTERMOST_URL": fake.root,
            "MATTERMOST_BOT_TOKEN": fake.bot_token,
            "MATTERMOST_COMMAND_TOKEN": COMMAND_TOKEN,
            "PLUME_PUBLIC_URL": f"http://127.0.0.1:{port}",
            "PLUME_FEEDBACK_CHANNELS": feedback,
            "MISTRAL_API_KEY": "mistral-e2e",
            "MISTRAL_SERVER_URL": fake_mistral.url,
            "PLUME_MODELS": "mistral:mistral-small-latest,mistral:mistral-large-latest",
            "PLUME_DATABASE_URL": f"sqlite:///{tmp_path / 'plume.db'}",
            "PLUME_DATA_DIR": str(tmp_path / "var"),
            "PLUME_LOG_LEVEL": "DEBUG",
        }
        plume = PlumeProcess(env, tmp_path, "plume-mattermost", port=port).wait_ready()
        fake.wait_for_connections(1, timeout=30)
        fake_mistral.reply = _model_reply
        yield Running(plume, fake, fake_mistral, agent, feedback, tmp_path / "plume.db")
        plume.stop()


def _click(run: Running, post: dict[str, Any], action_id: str, option: str | None = None) -> Callback:
    answer = run.fake.click(post["id"], action_id, run.agent, option)
    assert answer.error is None, answer
    return answer


def test_a_review_goes_from_mattermost_to_an_approved_reply(running: Running) -> None:
    run = running
    review = run.fake.user_posts(run.feedback, run.agent, REVIEW)
    run.fake.deliver_again(review["id"], after_reconnect=True)
    run.fake.drop_connections()  # the network cuts; the review comes again once Plume reconnects
    run.fake.wait_for_connections(2, timeout=30)

    first = run.live_draft(review["id"], 1)
    assert f"Bonjour {NAME}, merci" in first["message"]
    assert [a["id"] for a in actions_of(first)][:5] == ["approve", "regenerate", "edit", "model", "senttext"]

    run.fake.user_posts(run.feedback, run.agent, "plus court", root_id=review["id"])
    second = run.live_draft(review["id"], 2)
    _click(run, second, "regenerate")
    third = run.live_draft(review["id"], 3)
    _click(run, third, "model", option="mistral:mistral-large-latest")
    fourth = run.live_draft(review["id"], 4)
    assert run.model.requests[-1].body["model"] == "mistral-large-latest"

    edit = _click(run, fourth, "edit")
    opened = run.fake.dialogs[-1]
    assert opened["trigger_id"] == edit.trigger_id
    dialog = opened["dialog"]
    submitted = run.fake.submit_dialog(
        opened["url"], dialog["callback_id"], dialog["state"], {"draft": "Texte revu par l'agent."}, run.agent,
        run.feedback,
    )  # fmt: skip
    assert submitted.error is None
    fifth = run.live_draft(review["id"], 5)
    assert "Texte revu par l'agent." in fifth["message"]

    forged = copy.deepcopy(next(a for a in actions_of(fifth) if a["id"] == "approve")["integration"]["context"])
    forged["mac"] = "0" * 64
    body = {"user_id": run.agent, "channel_id": run.feedback, "post_id": fifth["id"], "context": forged}
    assert httpx2.post(f"{run.plume.base}/mattermost/actions", json=body, timeout=10).status_code == 401
    assert run.count("approvals") == 0

    answers: list[Callback] = []
    start = threading.Barrier(2)

    def approve() -> None:
        start.wait(10)
        answers.append(run.fake.click(fifth["id"], "approve", run.agent))

    clickers = [threading.Thread(target=approve) for _ in range(2)]
    for clicker in clickers:
        clicker.start()
    for clicker in clickers:
        clicker.join(30)

    assert run.count("approvals") == 1, "two simultaneous clicks, one approval"
    assert run.count("conversations") == 1, "the review delivered twice was drafted once"
    assert len(run.model.requests) == 4, "draft, refinement, regeneration, switch: one model call each"
    sent = json.dumps([request.body for request in run.model.requests], ensure_ascii=False)
    assert "[PERSONNE_1]" in sent
    with closing(sqlite3.connect(run.db)) as db:
        dump = "\n".join(db.iterdump())
    log = run.plume.log.read_text()
    for value in RAW_VALUES:
        assert value not in sent, "no raw value reaches the model"
        assert value not in dump, "no raw value is stored"
        assert value not in log, "no raw value is logged"
