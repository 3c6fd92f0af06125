"""End to end on Matrix: `plume serve` as a subprocess against a real Synapse, real accounts (two agents and the
bot), a fake Mistral server; no Slack or Mattermost variable at all."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess
from tests.matrix_server import Account, MatrixUser, Synapse, current_texts, relation

pytestmark = pytest.mark.e2e

NAME, PHONE, EMAIL = "Marie Dupont", "06 12 34 56 78", "marie.dupont@example.fr"
REVIEW = (
    f"Bonjour, je suis {NAME}. J'attends depuis trois mois une réponse de la CAF à propos de mon dossier. "
    f"Personne ne rappelle au {PHONE} et mes courriels à {EMAIL} restent sans suite."
)
RAW_VALUES = [NAME, "Dupont", PHONE, PHONE.replace(" ", ""), EMAIL]
T = TypeVar("T")


def _model_reply(body: dict[str, Any]) -> str:
    user_text = body["messages"][-1]["content"]
    person = re.search(r"\[PERSONNE_\d+\]", user_text)
    return f"Bonjour {person.group(0) if person else 'Madame, Monsieur'}, merci pour votre avis sur la CAF."


def wait_for(found: Callable[[], T | None], what: str, timeout: float = 60.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Running:
    plume: PlumeProcess
    model: FakeMistralServer
    bot: Account
    alice: MatrixUser
    bob: MatrixUser
    room: str
    db: Path

    def thread(self, root: str) -> list[dict[str, Any]]:
        """The bot's replies in the thread of `root`, with the text each shows now."""
        events = self.alice.events(self.room)
        texts = current_texts(events)
        return [
            {**event, "shown": texts.get(event["event_id"], "")}
            for event in events
            if event["sender"] == self.bot.user_id
            and event.get("type") == "m.room.message"
            and relation(event).get("rel_type") == "m.thread"
            and relation(event).get("event_id") == root
        ]

    def draft(self, root: str, number: int, timeout: float = 60.0) -> dict[str, Any]:
        """The message holding draft n° `number`, once it shows its final text and its three reactions."""

        def ready() -> dict[str, Any] | None:
            for message in self.thread(root):
                shown = message["shown"]
                live = f"Brouillon n° {number} " in shown and "Remplacé" not in shown
                if live and self.bot_reactions(message["event_id"]) >= {"✅", "🔄", "✏️"}:
                    return message
            return None

        return wait_for(ready, f"draft n° {number}", timeout)

    def bot_reactions(self, event_id: str) -> set[str]:
        return {
            relation(event).get("key", "")
            for event in self.alice.events(self.room)
            if event.get("type") == "m.reaction"
            and event["sender"] == self.bot.user_id
            and relation(event).get("event_id") == event_id
        }

    def count(self, table: str) -> int:
        with closing(sqlite3.connect(self.db)) as db:
            found: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return found


def matrix_env(tmp_path: Path, synapse: Synapse, bot: Account, model_url: str, room: str) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "MATRIX_HOMESERVER": synapse.url,
        "MATRIX_USER_ID": bot.user_id,
        "MATRIX_ACCESS_TOKEN": bot.access_token,
        "MATRIX_DEVICE_ID": bot.device_id,
        "PLUME_FEEDBACK_CHANNELS": room,
        "MISTRAL_API_KEY": "mistral-e2e",
        "MISTRAL_SERVER_URL": model_url,
        "PLUME_MODELS": "mistral:mistral-small-latest,mistral:mistral-large-latest",
        "PLUME_DATABASE_URL": f"sqlite:///{tmp_path / 'plume.db'}",
        "PLUME_DATA_DIR": str(tmp_path / "var"),
        "PLUME_LOG_LEVEL": "DEBUG",
    }


@pytest.fixture
def running(tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer) -> Iterator[Running]:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{suffix}"))
    bob = MatrixUser(synapse, synapse.register(f"bob-{suffix}"))
    room = alice.create_room("Avis des usagers", [bot.user_id, bob.user_id])
    bob.join(room)
    fake_mistral.reply = _model_reply
    env = matrix_env(tmp_path, synapse, bot, fake_mistral.url, room) | {"PLUME_TEAM_LEADS": alice.user_id}
    plume = PlumeProcess(env, tmp_path, "plume-matrix")
    plume.wait_ready()
    wait_for(lambda: bot.user_id in alice.members(room), "the bot to accept the invitation")
    yield Running(plume, fake_mistral, bot, alice, bob, room, tmp_path / "plume.db")
    plume.stop()


def test_a_review_goes_from_matrix_to_an_approved_reply(running: Running) -> None:
    run = running
    review = run.alice.say(run.room, REVIEW)

    first = run.draft(review, 1)
    assert f"Bonjour {NAME}, merci" in first["shown"]
    assert "éléments masqués" in first["shown"]

    run.alice.say(run.room, "plus court", thread=review)
    second = run.draft(review, 2)
    assert second["event_id"] != first["event_id"], "each revision is a new message"
    wait_for(lambda: "Remplacé" in current_texts(run.alice.events(run.room))[first["event_id"]], "draft 1 retired")

    run.alice.react(run.room, second["event_id"], "🔄")
    third = run.draft(review, 3)
    run.alice.say(run.room, "!modele mistral-large-latest", thread=review)
    run.draft(review, 4)
    assert run.model.requests[-1].body["model"] == "mistral-large-latest"
    run.alice.say(run.room, "!modifier Texte revu par l'agent.", thread=review)
    fifth = run.draft(review, 5)
    assert "Texte revu par l'agent." in fifth["shown"]

    run.alice.react(run.room, third["event_id"], "✅")  # an older revision: answered, nothing approved
    wait_for(
        lambda: any("remplacé par une version plus récente" in m["shown"] for m in run.thread(review)),
        "the answer to a reaction on an older draft",
    )
    assert run.count("approvals") == 0

    start = threading.Barrier(2)

    def approve(agent: MatrixUser) -> None:
        start.wait(10)
        agent.react(run.room, fifth["event_id"], "✅")

    clickers = [threading.Thread(target=approve, args=(agent,)) for agent in (run.alice, run.bob)]
    for clicker in clickers:
        clicker.start()
    for clicker in clickers:
        clicker.join(30)
    wait_for(
        lambda: "Réponse approuvée" in current_texts(run.alice.events(run.room))[fifth["event_id"]],
        "the approval shown",
    )
    wait_for(lambda: any("déjà approuvée" in m["shown"] for m in run.thread(review)), "the second agent answered")

    run.bob.say(run.room, "!plume audit 7j", thread=review)
    wait_for(lambda: any("réservé aux responsables" in m["shown"] for m in run.thread(review)), "bob refused")
    run.alice.say(run.room, "!plume audit 7j", thread=review)
    direct = wait_for(lambda: run.alice.invitations(), "the direct room of the export")[0]
    run.alice.join(direct)
    export = wait_for(
        lambda: [e for e in run.alice.events(direct) if e.get("content", {}).get("msgtype") == "m.file"], "the CSV"
    )[0]
    csv = run.alice.download(export["content"]["url"]).decode()
    assert csv.count("\n") == 2 and "Texte revu par l'agent." in csv, "a header and the approved thread"
    figures = next(e for e in run.alice.events(direct) if "Audit Plume" in e.get("content", {}).get("body", ""))
    assert "Réponses approuvées\u202f: 1" in figures["content"]["body"]

    assert run.count("approvals") == 1, "two agents reacting at once, one approval"
    assert run.count("conversations") == 1
    assert len(run.model.requests) == 4, "draft, refinement, regeneration, switch: one model call each"
    sent = json.dumps([request.body for request in run.model.requests], ensure_ascii=False)
    assert "[PERSONNE_1]" in sent
    with closing(sqlite3.connect(run.db)) as db:
        dump = "\n".join(db.iterdump())
    log = run.plume.log.read_text()
    for value in RAW_VALUES:
        assert value not in csv, "the export is pseudonymised"
        assert value not in sent, "no raw value reaches the model"
        assert value not in dump, "no raw value is stored"
        assert value not in log, "no raw value is logged"


def test_killed_during_a_draft_it_finishes_it_once_and_misses_nothing(
    tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer
) -> None:
    suffix = uuid.uuid4().hex[:8]
    bot = synapse.register(f"plume-{suffix}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{suffix}"))
    room = alice.create_room("Avis des usagers", [bot.user_id])
    env = matrix_env(tmp_path, synapse, bot, fake_mistral.url, room) | {"PLUME_JOB_LEASE_SECONDS": "3"}
    fake_mistral.reply = _model_reply
    fake_mistral.chunk_size, fake_mistral.chunk_delay = 4, 0.4  # a draft streams for about 8 s
    first = PlumeProcess(env, tmp_path, "plume-before").wait_ready()
    wait_for(lambda: bot.user_id in alice.members(room), "the bot to accept the invitation")
    run = Running(first, fake_mistral, bot, alice, alice, room, tmp_path / "plume.db")

    review = alice.say(room, REVIEW)
    wait_for(lambda: any("Bonjour" in m["shown"] for m in run.thread(review)), "the draft streaming")
    first.kill()
    missed = alice.say(room, "Bonjour, mon dossier de carte grise est bloqué depuis des semaines.")
    fake_mistral.chunk_delay = 0.0

    run.plume = PlumeProcess(env, tmp_path, "plume-after").wait_ready()
    for root in (review, missed):
        run.draft(root, 1)
    assert [m["shown"].count("Brouillon n° 1 ") for m in run.thread(review)] == [1], "one draft message, finished"
    assert len(run.thread(missed)) == 1, "the review posted while Plume was down, drafted once"
    assert run.count("conversations") == 2, "no event handled twice"
    run.plume.stop()


def test_default_synapse_rate_limits_bring_no_429_storm_and_every_final_text(
    tmp_path: Path, fake_mistral: FakeMistralServer
) -> None:
    """Synapse's own limits (0.2 messages a second per user after a burst of 10): three drafts at once."""
    with Synapse(tmp_path / "synapse-default-limits", default_limits=True) as synapse:
        bot = synapse.register("plume")
        alice = MatrixUser(synapse, synapse.register("alice"))
        room = alice.create_room("Avis des usagers", [bot.user_id])
        fake_mistral.reply = _model_reply
        fake_mistral.chunk_size, fake_mistral.chunk_delay = 4, 0.1
        plume = PlumeProcess(matrix_env(tmp_path, synapse, bot, fake_mistral.url, room), tmp_path, "plume-limits")
        plume.wait_ready()
        wait_for(lambda: bot.user_id in alice.members(room), "the bot to accept the invitation")
        run = Running(plume, fake_mistral, bot, alice, alice, room, tmp_path / "plume.db")
        reviews = [alice.say(room, f"Avis n° {n} : {REVIEW}") for n in range(3)]
        for review in reviews:
            assert "Bonjour Marie Dupont, merci" in run.draft(review, 1, timeout=180)["shown"]
        plume.stop()
    held = run.plume.log.read_text().count("Matrix rate limit: holding calls")
    assert held <= 6, f"{held} answers 429: Plume must wait as told, not hammer the server"


def test_a_mention_and_a_direct_message_are_reviews_and_help_answers_in_the_thread(running: Running) -> None:
    run = running
    other = run.alice.create_room("Équipe accueil", [run.bot.user_id])
    direct = run.alice.create_room("", [run.bot.user_id], direct=True)
    for room in (other, direct):
        wait_for(lambda room=room: run.bot.user_id in run.alice.members(room), "the bot to join")
    chatter = run.alice.say(other, "Quelqu'un a vu le planning de la semaine ?")
    mention = run.alice.say(other, f"plume: {REVIEW}", mention=run.bot.user_id)
    in_direct = run.alice.say(direct, REVIEW)
    for room, root in ((other, mention), (direct, in_direct)):
        run.room = room
        assert f"Bonjour {NAME}, merci" in run.draft(root, 1)["shown"]
    run.room = other
    assert run.thread(chatter) == [], "a message that neither mentions the bot nor sits in a review room is no review"
    run.alice.say(other, "!plume aide", thread=mention)
    wait_for(lambda: any("Plume rédige des propositions" in m["shown"] for m in run.thread(mention)), "the help")
    assert run.count("conversations") == 2


def test_a_lead_gets_the_dashboard_with_three_charts_in_a_direct_room_and_an_agent_is_refused(
    running: Running,
) -> None:
    run = running
    review = run.alice.say(run.room, REVIEW)
    run.draft(review, 1)

    run.bob.say(run.room, "!plume tableau 7j", thread=review)
    wait_for(lambda: any("tableau de bord est réservé" in m["shown"] for m in run.thread(review)), "bob refused")
    assert run.bob.invitations() == [], "no direct room for a refusal"
    run.alice.say(run.room, "!plume tableau 7j", thread=review)
    direct = wait_for(lambda: run.alice.invitations(), "the direct room of the dashboard")[0]
    run.alice.join(direct)

    def charts() -> list[dict[str, Any]] | None:
        found = [e for e in run.alice.events(direct) if e.get("content", {}).get("msgtype") == "m.image"]
        return found if len(found) == 3 else None

    images = wait_for(charts, "the three charts")
    for image in images:
        assert run.alice.download(image["content"]["url"]).startswith(b"\x89PNG\r\n\x1a\n")
        assert image["content"]["info"]["mimetype"] == "image/png" and image["content"]["info"]["w"] > 0
        assert "Semaine du" in image["content"]["body"], "the chart's description for clients without images"
    board = next(e for e in run.alice.events(direct) if "Tableau de bord Plume" in e["content"].get("body", ""))
    body = board["content"]["body"]
    assert "Avis en attente, les plus anciens d'abord (1)" in body and "attend depuis" in body
    assert "Avis reçus\u202f: 1" in body and "(graphiques joints)" in body
    assert "<strong>Modèles</strong>" in board["content"]["formatted_body"]
    for value in RAW_VALUES:
        assert value not in body, "the waiting review's excerpt is masked"


def test_a_matrix_only_run_serves_healthz_on_the_health_port_alone(
    tmp_path: Path, synapse: Synapse, fake_mistral: FakeMistralServer
) -> None:
    bot = synapse.register(f"plume-{uuid.uuid4().hex[:8]}")
    env = matrix_env(tmp_path, synapse, bot, fake_mistral.url, "!none:localhost")
    plume = PlumeProcess(env, tmp_path, "plume-health", socket_mode=True)  # `plume serve --health-port <port>`
    try:
        plume.wait_ready()
        output = plume.log.read_text()
        assert f"Sonde de santé sur http://127.0.0.1:{plume.port}/healthz" in output
        assert "Plume écoute sur" not in output, "no callback server: a Matrix-only run receives no callback"
    finally:
        assert plume.stop() == 0
