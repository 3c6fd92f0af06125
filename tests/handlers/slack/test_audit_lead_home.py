"""The lead's App Home through the real Bolt app on a seeded database: what waits, what failed, who does what,
and the weekly charts uploaded once per refresh window and shown as images of the uploaded files."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from slack_sdk.models.views import View

from bench.audit_seed import seed
from handlers.slack import ids
from handlers.slack.audit_charts import REFRESH_SECONDS
from tests.fakes.bolt_harness import FORM
from tests.fakes.slack_audit_payloads import app_home_opened, home_action, period_choice
from tests.handlers.slack.conftest import LEAD, AuditHarness

SEEDED = 600
PNG = b"\x89PNG\r\n\x1a\n"


def _views(harness: AuditHarness, count: int) -> list[dict[str, Any]]:
    """The lead's published views once there are `count` of them (charts are drawn in the background, and the view
    published again when they are ready)."""
    deadline = time.monotonic() + 20
    while True:
        views = [c.params["view"] for c in harness.slack.calls_to("views.publish") if c.params["user_id"] == LEAD]
        if len(views) >= count:
            return views
        assert time.monotonic() < deadline, f"{len(views)} views published, {count} expected"
        time.sleep(0.02)


def _images(view: dict[str, Any]) -> list[str]:
    return [block["slack_file"]["id"] for block in view["blocks"] if block["type"] == "image"]


@pytest.fixture(autouse=True)
def _in_background(harness: AuditHarness) -> None:
    harness.charts.background = True  # as in production


def _valid(view: dict[str, Any]) -> None:
    """slack_sdk's own checks of a Home view (block count, text lengths, image block fields)."""
    View(**view).validate_json()
    assert len(view["blocks"]) <= 100


def _open_ids(harness: AuditHarness, condition: str) -> list[int]:
    with sqlite3.connect(harness.db) as db:
        return [row[0] for row in db.execute(f"SELECT id FROM conversations WHERE {condition} ORDER BY created_at, id")]


def _listed(view: dict[str, Any], heading: str) -> list[int]:
    """The conversation ids of the threads listed under a heading, in the order shown."""
    blocks = view["blocks"]
    start = next(i for i, b in enumerate(blocks) if b.get("text", {}).get("text", "").startswith(f"*{heading}"))
    found = []
    for block in blocks[start + 1 :]:
        button = block.get("accessory", {})
        if button.get("action_id") != ids.AUDIT_TRAIL:
            break
        found.append(int(button["value"]))
    return found


def test_the_waiting_list_is_complete_and_oldest_first(harness: AuditHarness) -> None:
    seed(harness.engine, SEEDED, datetime.now(UTC), days=120)  # older than any period: still waiting, still shown
    waiting = _open_ids(harness, "status NOT IN ('approved', 'failed')")
    failed = _open_ids(harness, "status = 'failed'")
    assert len(waiting) > 20 and failed

    harness.send(app_home_opened(LEAD))

    first, view = _views(harness, 2)
    _valid(first)
    _valid(view)
    assert _listed(first, "⏳ Avis en attente") == waiting[:15]  # what waits is there from the first view
    text = json.dumps(view, ensure_ascii=False)
    assert f"Avis en attente, les plus anciens d'abord ({len(waiting)})" in text
    assert _listed(view, "⏳ Avis en attente") == waiting[:15]
    assert f"… et {len(waiting) - 15} de plus" in text
    assert _listed(view, "⚠️ Échecs à examiner") == failed[:5]
    first = next(b for b in view["blocks"] if b.get("accessory", {}).get("value") == str(waiting[0]))["text"]["text"]
    assert "attend depuis" in first and "suivi par <@U" in first and "[PERSONNE_1]" in first
    assert "Activité par agent" in text and "avis suivis" in text and "délai médian" in text


def test_charts_are_uploaded_once_per_refresh_window_and_shown_as_images(harness: AuditHarness) -> None:
    seed(harness.engine, SEEDED, datetime.now(UTC), days=60)

    harness.send(app_home_opened(LEAD))
    waiting_for_charts, drawn = _views(harness, 2)  # answered at once, published again with the charts
    harness.send(app_home_opened(LEAD))  # a second page view in the window: the same files, nothing drawn
    again = _views(harness, 3)[2]
    harness.later(REFRESH_SECONDS + 1)
    harness.send(app_home_opened(LEAD))  # the window is over: the old charts at once, new ones uploaded
    stale, redrawn = _views(harness, 5)[3:]

    uploads = harness.slack.completed_uploads()
    assert len(uploads) == 6 and all(upload.data.startswith(PNG) for upload in uploads)
    assert all(upload.channel is None for upload in uploads)  # shared in no channel: the view refers to them
    for view in (waiting_for_charts, drawn, again, stale, redrawn):
        _valid(view)
    assert _images(waiting_for_charts) == [] and "En préparation" in json.dumps(waiting_for_charts, ensure_ascii=False)
    first_files = [upload.file_id for upload in uploads[:3]]
    assert _images(drawn) == _images(again) == _images(stale) == first_files
    assert _images(redrawn) == [upload.file_id for upload in uploads[3:]]
    alt = [b["alt_text"] for b in drawn["blocks"] if b["type"] == "image"]
    assert alt[0].startswith("Semaine du ") and "reçus" in alt[0] and "approuvés" in alt[0]
    time.sleep(0.3)
    assert len(_views(harness, 5)) == 5  # nothing published twice


def test_the_period_menu_applies_to_the_charts(harness: AuditHarness) -> None:
    seed(harness.engine, SEEDED, datetime.now(UTC), days=60)
    harness.send(app_home_opened(LEAD))
    month = _views(harness, 2)[1]

    harness.send(home_action(period_choice(90), user=LEAD, private_metadata=month["private_metadata"]), FORM)

    quarter = _views(harness, 4)[3]
    weeks = [
        next(b for b in view["blocks"] if b["type"] == "image")["alt_text"].count("reçus") for view in (month, quarter)
    ]
    assert len(harness.slack.completed_uploads()) == 6  # a new (channel, period) draws its own charts
    assert weeks[1] > weeks[0] >= 5  # 90 days are more weeks than 30
    assert json.loads(quarter["private_metadata"])["days"] == 90


def test_when_slack_refuses_the_upload_the_figures_are_shown_in_words(harness: AuditHarness) -> None:
    seed(harness.engine, 200, datetime.now(UTC), days=30)
    for _ in range(3):
        harness.slack.fail_next("files.getUploadURLExternal", 200, None, "not_allowed_token_type")

    harness.send(app_home_opened(LEAD))

    view = _views(harness, 2)[1]
    _valid(view)
    assert _images(view) == []
    text = json.dumps(view, ensure_ascii=False)
    assert "*Avis reçus et approuvés par semaine*\\nSemaine du " in text
    assert "Délai médian avant approbation" in text and "Part approuvée sans modification" in text


def test_charts_ready_late_never_undo_a_filter_the_lead_changed_since(
    harness: AuditHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(harness.engine, 200, datetime.now(UTC), days=30)
    held: list[Callable[[], None]] = []
    monkeypatch.setattr(harness.charts, "_start", held.append)  # refreshes wait until this test runs them
    harness.send(app_home_opened(LEAD))
    month = _views(harness, 1)[0]
    harness.send(home_action(period_choice(7), user=LEAD, private_metadata=month["private_metadata"]), FORM)
    assert len(held) == 2  # one refresh per (channel, period)

    held[0]()  # the 30 days' charts are ready, but the lead now looks at 7 days: nothing published
    held[1]()

    views = _views(harness, 3)
    time.sleep(0.2)
    assert len(_views(harness, 3)) == 3
    assert [json.loads(view["private_metadata"])["days"] for view in views] == [30, 7, 7]
    assert _images(views[0]) == _images(views[1]) == [] and len(_images(views[2])) == 3
