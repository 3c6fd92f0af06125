"""Nothing lost, nothing twice: real `plume serve --http` processes crashed, stopped and run side by side."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import sqlalchemy

from tests.fakes.mistral_api import DEFAULT_REPLY, FakeMistralServer
from tests.fakes.plume_process import PlumeProcess, plume_env, unfinished_jobs
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import block_action, message_event

REVIEW = "Bonjour, je suis Marie Dupont. Mon dossier à la CAF n'avance pas."
LEASE = "2"


def _drafts(slack: FakeSlackApi) -> list[dict[str, object]]:
    return [c.params for c in slack.calls_to("chat.update") if "plume_approve" in json.dumps(c.params.get("blocks"))]


def _wait(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def _sqlite(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'plume.db'}"


def test_a_draft_cut_by_a_crash_is_completed_once_by_the_next_process(
    tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    env = plume_env(tmp_path, fake_slack.url, fake_mistral.url, _sqlite(tmp_path), PLUME_JOB_LEASE_SECONDS=LEASE)
    fake_mistral.delay_before_answer = 120.0
    crashed = PlumeProcess(env, tmp_path, "crashed").wait_ready()
    assert crashed.send(message_event(REVIEW, "1700000000.000100")) == 200
    fake_mistral.wait_for_requests(1)

    crashed.kill()
    fake_mistral.delay_before_answer = 0.0
    successor = PlumeProcess(env, tmp_path, "successor").wait_ready()
    try:
        _wait(lambda: _drafts(fake_slack), 60, "the successor never completed the draft")
    finally:
        successor.stop()

    assert unfinished_jobs(_sqlite(tmp_path)) == 0, "once both processes are gone, no job is left to run again"
    assert len(_drafts(fake_slack)) == 1
    progress = fake_slack.calls_to("chat.postMessage")
    assert len(progress) == 1, "the successor reuses the progress message"
    assert _drafts(fake_slack)[0]["ts"] == fake_slack.calls_to("chat.update")[0].params["ts"]
    assert len(fake_mistral.requests) == 2


def _revisions(database_url: str) -> int:
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(sqlalchemy.text("SELECT count(*) FROM revisions")).scalar_one())
    finally:
        engine.dispose()


def test_a_process_killed_between_the_answer_and_its_delivery_delivers_once_after_restart(
    tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    """The model answered and the revision is stored, but Slack refuses to show it; the process dies. The next one
    shows that stored revision: once, in the same message, and the model is not asked again."""
    env = plume_env(tmp_path, fake_slack.url, fake_mistral.url, _sqlite(tmp_path), PLUME_JOB_LEASE_SECONDS=LEASE)
    for _ in range(200):  # Slack down for chat.update: the client's own retries, then Plume's, all refused
        fake_slack.fail_next("chat.update", status=503, retry_after=None, error="service_unavailable")
    crashed = PlumeProcess(env, tmp_path, "crashed").wait_ready()
    assert crashed.send(message_event(REVIEW, "1700000000.000100")) == 200
    _wait(lambda: _revisions(_sqlite(tmp_path)) == 1, 60, "the model's answer was never stored")
    _wait(lambda: "delivery failed" in crashed.log.read_text(), 60, "the delivery was never tried")

    crashed.kill()
    [progress] = fake_slack.calls_to("chat.postMessage")
    refused = {call.params["ts"] for call in fake_slack.calls_to("chat.update")}
    fake_slack.reset()  # Slack is back
    successor = PlumeProcess(env, tmp_path, "successor").wait_ready()
    try:
        _wait(lambda: _drafts(fake_slack), 60, "the successor never delivered the draft")
    finally:
        successor.stop()

    assert len(fake_mistral.requests) == 1, "the stored answer was delivered, not asked for again"
    assert _revisions(_sqlite(tmp_path)) == 1
    assert unfinished_jobs(_sqlite(tmp_path)) == 0
    [draft] = _drafts(fake_slack)
    assert {draft["ts"]} == refused, "shown in the progress message the first process posted"
    assert progress.params["thread_ts"] == "1700000000.000100"
    assert fake_slack.calls_to("chat.postMessage") == [], "no second progress message"
    assert DEFAULT_REPLY[:40] in json.dumps(draft["blocks"], ensure_ascii=False)


def test_sigterm_gives_the_running_draft_back_and_the_next_process_finishes_it(
    tmp_path: Path, fake_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    env = plume_env(tmp_path, fake_slack.url, fake_mistral.url, _sqlite(tmp_path), PLUME_SHUTDOWN_GRACE_SECONDS="1")
    fake_mistral.delay_before_answer = 120.0
    stopping = PlumeProcess(env, tmp_path, "stopping").wait_ready()
    stopping.send(message_event(REVIEW, "1700000000.000200"))
    fake_mistral.wait_for_requests(1)

    assert stopping.stop(timeout=30) == 0
    assert "given back to the queue" in stopping.log.read_text()
    fake_mistral.delay_before_answer = 0.0
    successor = PlumeProcess(env, tmp_path, "successor").wait_ready()
    try:
        _wait(lambda: _drafts(fake_slack), 30, "the draft given back was never completed")
    finally:
        successor.stop()
    assert unfinished_jobs(_sqlite(tmp_path)) == 0
    assert len(_drafts(fake_slack)) == 1


def test_two_processes_on_postgresql_draft_each_review_once_despite_double_deliveries(
    tmp_path: Path, unlimited_slack: FakeSlackApi, fake_mistral: FakeMistralServer, postgres_url: str
) -> None:
    # Exactly-once drafting, not rate limits, is tested here: the fake Slack runs without its limits. Plume still
    # paces itself, and the two processes share one budget (50 chat.update a minute for the workspace), so each
    # draft costs 1.2 s of it: 40 reviews, each delivered twice, race enough and take under a minute.
    fake_slack = unlimited_slack
    # 40 reviews from one agent: the per-agent hourly quota is lifted for this test
    env = plume_env(
        tmp_path, fake_slack.url, fake_mistral.url, postgres_url, PLUME_LOG_LEVEL="INFO", PLUME_DRAFTS_PER_HOUR="0"
    )
    first = PlumeProcess(env, tmp_path, "first").wait_ready()
    second = PlumeProcess(env, tmp_path, "second").wait_ready()
    processes = [first, second]
    reviews = 40
    try:

        def deliver(offset: int) -> None:
            for index in range(offset, reviews, 2):
                body = message_event(f"Avis numéro {index} : la mairie a bien répondu.", f"1700000001.{index:06d}")
                assert processes[index % 2].send(body) == 200
                assert processes[(index + 1) % 2].send(body, **{"X-Slack-Retry-Num": "1"}) == 200

        senders = [threading.Thread(target=deliver, args=(offset,)) for offset in (0, 1)]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        _wait(lambda: len(_drafts(fake_slack)) >= reviews, 120, f"{len(_drafts(fake_slack))} drafts of {reviews}")

        draft = _drafts(fake_slack)[0]
        button = next(
            e
            for b in draft["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]  # type: ignore[attr-defined]
            if e["action_id"] == "plume_approve"
        )
        clicks = [
            block_action("plume_approve", button["value"], user=user, response_url=fake_slack.response_url(user))
            for user in ("UONE", "UTWO")
        ]
        approvals = [
            threading.Thread(target=process.send, args=(click, "application/x-www-form-urlencoded"))
            for process, click in zip(processes, clicks, strict=True)
        ]
        for approval in approvals:
            approval.start()
        for approval in approvals:
            approval.join()
        _wait(
            lambda: (
                "Réponse approuvée"
                in json.dumps([c.params for c in fake_slack.calls_to("chat.update")], ensure_ascii=False)
            ),
            20,
            "no approval shown",
        )
    finally:
        for process in processes:
            process.stop()

    # Both processes have exited: every listener and job they started is over, so the counts below are final.
    assert unfinished_jobs(postgres_url) == 0
    assert len(_drafts(fake_slack)) == reviews
    assert len({draft["ts"] for draft in _drafts(fake_slack)}) == reviews
    assert len(fake_mistral.requests) == reviews
    assert len(fake_slack.calls_to("chat.postMessage")) == reviews
    engine = sqlalchemy.create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(sqlalchemy.text("SELECT count(*) FROM approvals")).scalar() == 1
        assert connection.execute(sqlalchemy.text("SELECT count(*) FROM conversations")).scalar() == reviews
    engine.dispose()
    shown = [
        c for c in fake_slack.calls_to("chat.update") if "Réponse approuvée" in json.dumps(c.params, ensure_ascii=False)
    ]
    assert len(shown) == 1


def _count(database_url: str, table: str) -> int:
    engine = sqlalchemy.create_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(sqlalchemy.text(f"SELECT count(*) FROM {table}")).scalar_one())
    finally:
        engine.dispose()


def test_a_process_killed_right_after_the_acks_of_a_burst_leaves_every_review_to_be_drafted_once(
    tmp_path: Path, unlimited_slack: FakeSlackApi, fake_mistral: FakeMistralServer
) -> None:
    """Ten reviews at once, acked; kill -9 the moment the last 200 comes back. The next process drafts all ten,
    each with one model call. The first process's model never answers, so every model call counted is the
    successor's; Slack's limits are off (ten posts in one channel are not what this is about)."""
    database = _sqlite(tmp_path)
    with FakeMistralServer(delay_before_answer=120.0) as silent_model:
        env = plume_env(tmp_path, unlimited_slack.url, silent_model.url, database, PLUME_JOB_LEASE_SECONDS=LEASE)
        crashed = PlumeProcess(env, tmp_path, "crashed").wait_ready()
        bodies = [message_event(f"Avis numéro {n} : le guichet de la mairie était fermé.", f"1700000002.{n:06d}")
                  for n in range(10)]  # fmt: skip
        statuses: list[int] = []
        senders = [threading.Thread(target=lambda b=body: statuses.append(crashed.send(b))) for body in bodies]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        crashed.kill()
    assert statuses == [200] * 10
    in_inbox, taken_in = _count(database, "inbox"), _count(database, "conversations")
    assert in_inbox + taken_in == 10, "at the kill, every acked review was stored: in the inbox or taken in"

    successor = PlumeProcess(
        plume_env(tmp_path, unlimited_slack.url, fake_mistral.url, database, PLUME_JOB_LEASE_SECONDS=LEASE),
        tmp_path,
        "successor",
    ).wait_ready()
    try:
        _wait(lambda: len(_drafts(unlimited_slack)) >= 10, 90, f"{len(_drafts(unlimited_slack))} drafts of 10")
        time.sleep(1.0)  # a duplicate draft or model call would show up now
    finally:
        successor.stop()

    assert len({str(draft["ts"]) for draft in _drafts(unlimited_slack)}) == len(_drafts(unlimited_slack)) == 10
    assert len(fake_mistral.requests) == 10, "one model call per review"
    assert _count(database, "conversations") == 10
    assert _count(database, "inbox") == 0
    assert unfinished_jobs(database) == 0
    print(f"at the kill: {in_inbox} reviews in the inbox, {taken_in} taken in")
