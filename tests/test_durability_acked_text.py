"""Nothing acked is lost, beyond reviews: agents' replies in a thread and the review form, acked by a real
`plume serve --http` that is then killed with SIGKILL, are applied once by the next process."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import sqlalchemy

from handlers.slack import ids
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env, unfinished_jobs
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, message_event, thread_reply_event, view_submission

REVIEW = "Bonjour, mon dossier de prime d'activité à la CAF n'avance pas depuis trois mois."
REVIEW_TS = "1700000003.000100"
LEASE = "2"
INSTRUCTIONS = 5


def _wait(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def _count(database_url: str, table: str) -> int:
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(sqlalchemy.text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def _send_together(process: PlumeProcess, bodies: list[str], content_type: str = "application/json") -> list[int]:
    statuses: list[int] = []
    senders = [
        threading.Thread(target=lambda b=body: statuses.append(process.send(b, content_type))) for body in bodies
    ]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    return statuses


def _last_message(request: Any) -> str:
    return str(request.body["messages"][-1]["content"])


def test_replies_in_a_thread_acked_right_before_a_kill_are_each_applied_once_after_restart(
    tmp_path: Path, unlimited_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    """A review is being drafted (its model never answers); the agent sends five replies in its thread, all acked;
    kill -9 the moment the last 200 comes back. The next process drafts the review, then applies each reply once:
    one refinement, one model call each, none lost, none twice."""
    database = f"sqlite:///{tmp_path / 'plume.db'}"
    replies = [f"Consigne numéro {n} : ajoute la phrase « étape {n} validée »." for n in range(INSTRUCTIONS)]
    with FakeMistralServer(delay_before_answer=120.0) as silent_model:
        env = plume_env(tmp_path, unlimited_slack.url, silent_model.url, database, PLUME_JOB_LEASE_SECONDS=LEASE)
        crashed = PlumeProcess(env, tmp_path, "crashed").wait_ready()
        assert crashed.send(message_event(REVIEW, REVIEW_TS)) == 200
        silent_model.wait_for_requests(1, timeout=60)  # the conversation exists; its draft waits for the model
        bodies = [thread_reply_event(reply, f"1700000003.{n + 200:06d}", REVIEW_TS) for n, reply in enumerate(replies)]
        statuses = _send_together(crashed, bodies)
        crashed.kill()
    assert statuses == [200] * INSTRUCTIONS
    in_inbox, applied = _count(database, "inbox"), _count(database, "instructions")
    assert in_inbox + applied == INSTRUCTIONS, "at the kill, every acked reply was stored: in the inbox or applied"

    env = plume_env(tmp_path, unlimited_slack.url, fake_mistral.url, database, PLUME_JOB_LEASE_SECONDS=LEASE)
    successor = PlumeProcess(env, tmp_path, "successor").wait_ready()
    try:
        _wait(lambda: len(fake_mistral.requests) >= 1 + INSTRUCTIONS, 120, f"{len(fake_mistral.requests)} calls")
        _wait(lambda: unfinished_jobs(database) == 0, 60, "refinements left unfinished")
        time.sleep(1.0)  # a duplicate refinement or model call would show up now
    finally:
        successor.stop()

    assert len(fake_mistral.requests) == 1 + INSTRUCTIONS, "the draft, then one model call per reply"
    last_messages = [_last_message(request) for request in fake_mistral.requests]
    for n in range(INSTRUCTIONS):
        assert sum(f"Consigne numéro {n} :" in text for text in last_messages) == 1, f"reply {n} applied once"
    assert _count(database, "instructions") == INSTRUCTIONS
    assert _count(database, "revisions") == 1 + INSTRUCTIONS
    assert _count(database, "inbox") == 0
    assert unfinished_jobs(database) == 0
    print(f"at the kill: {in_inbox} replies in the inbox, {applied} applied")


def test_a_form_acked_right_before_a_kill_is_posted_and_drafted_once_after_restart(
    tmp_path: Path, unlimited_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    """The /plume form is submitted, acked, and the process is killed at once: the next one posts the review in the
    channel once and drafts it once."""
    database = f"sqlite:///{tmp_path / 'plume.db'}"
    form = view_submission(ids.REVIEW_MODAL, FEEDBACK_CHANNEL, {"service": "CAF", "text": REVIEW})
    with FakeMistralServer(delay_before_answer=120.0) as silent_model:
        env = plume_env(tmp_path, unlimited_slack.url, silent_model.url, database, PLUME_JOB_LEASE_SECONDS=LEASE)
        crashed = PlumeProcess(env, tmp_path, "crashed").wait_ready()
        assert crashed.send(form, "application/x-www-form-urlencoded") == 200
        crashed.kill()
    in_inbox, taken_in = _count(database, "inbox"), _count(database, "conversations")
    assert in_inbox + taken_in == 1, "at the kill, the acked form was stored: in the inbox or taken in"

    env = plume_env(tmp_path, unlimited_slack.url, fake_mistral.url, database, PLUME_JOB_LEASE_SECONDS=LEASE)
    successor = PlumeProcess(env, tmp_path, "successor").wait_ready()
    try:
        _wait(lambda: fake_mistral.requests and unfinished_jobs(database) == 0, 90, "the form was never drafted")
        time.sleep(1.0)  # a second post or model call would show up now
    finally:
        successor.stop()

    posts = [call.params for call in unlimited_slack.calls_to("chat.postMessage")]
    in_channel = [post for post in posts if not post.get("thread_ts")]
    assert len(in_channel) == 1, "the review is posted in the channel once"
    assert "prime d" in json.dumps(in_channel[0], ensure_ascii=False)
    assert len(fake_mistral.requests) == 1
    assert _count(database, "conversations") == 1
    assert _count(database, "inbox") == 0
    print(f"at the kill: {in_inbox} form in the inbox, {taken_in} taken in")
