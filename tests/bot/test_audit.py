"""The audit core: edit distance, periods, roles, refusals, exports, channel settings, figures of a seeded store."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from bot.audit import AuditService, export_bounds, parse_period, week_start
from bot.audit_export import COLUMNS, ExportFormat, iso, permalink, write_rows
from bot.audit_spreadsheet import HEADERS
from bot.channel_settings import ChannelSettingsService
from bot.domain import AI_DISCLOSURE_DEFAULT, AuditEvent, AuditKind, ChannelSettings, JobKind, PseudonymisedText
from bot.models.prompting import conversation_messages, load_system_prompt
from bot.models.registry import parse_model_id
from bot.ports.audit import (
    AgentActivity,
    AuditFigures,
    AuditScope,
    ExportRow,
    OpenThreads,
    ThreadSummary,
    TrailEntry,
    WeekPoint,
)
from bot.team_leads import Access, AccessRefused, LeadGate, TeamLeads
from bot.text_distance import levenshtein, normalised_distance
from storage.audit_store import SqlAuditStore
from storage.database import Database, open_engine, upgrade
from storage.repository import SqlRepository
from tests.storage.records import T0, FakeClock, make_audit, next_revision, ready

CHOICES = (parse_model_id("mistral:mistral-small-latest"), parse_model_id("mistral:mistral-large-latest"))
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")

# --- edit distance -------------------------------------------------------------------------------------------------


def _textbook(a: str, b: str) -> int:
    """The dynamic-programming table, one row at a time: the reference the fast version must match."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


@pytest.mark.parametrize(
    ("first", "final", "distance"),
    [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("intention", "execution", 5),
        ("abc", "acb", 2),
        ("é", "e", 1),
        ("Bonjour [PERSONNE_1],", "Bonjour [PERSONNE_1],", 0),
        ("Bonjour [PERSONNE_1],", "Bonjour [PERSONNE_2],", 1),
        ("Merci pour votre avis.", "Merci beaucoup pour votre avis.", 9),
        ("a" * 70 + "b" + "c" * 70, "a" * 70 + "x" + "c" * 70, 1),  # common prefix and suffix
        ("ab" * 100, "ba" * 100, 2),  # longer than a 64-bit word
    ],
)
def test_levenshtein_table(first: str, final: str, distance: int) -> None:
    assert levenshtein(first, final) == distance == _textbook(first, final)
    assert levenshtein(final, first) == distance


@pytest.mark.parametrize(
    ("first", "final", "expected"),
    [
        ("", "", 0.0),
        ("abc", "abc", 0.0),
        ("abc", "abd", 1 / 3),
        ("abc", "", 1.0),
        ("abcd", "ab", 0.5),
        ("ab", "xyz", 1.0),
    ],
)
def test_normalised_distance_table(first: str, final: str, expected: float) -> None:
    assert normalised_distance(first, final) == pytest.approx(expected)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abé [1]_", max_size=120), st.text(alphabet="abé [1]_", max_size=120))
def test_levenshtein_matches_the_textbook_table(first: str, final: str) -> None:
    assert levenshtein(first, final) == _textbook(first, final)
    assert 0.0 <= normalised_distance(first, final) <= 1.0


# --- periods and bounds --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "days"),
    [("", 30), ("7j", 7), ("30j", 30), ("90j", 90), ("90", 90), ("14 jours", 14), ("1 jour", 1), ("30d", 30)],
)
def test_periods_typed_after_plume_audit(typed: str, days: int) -> None:
    assert parse_period(typed) == days


@pytest.mark.parametrize("typed", ["hier", "0j", "400j", "-7j", "7 semaines"])
def test_what_is_not_a_period(typed: str) -> None:
    assert parse_period(typed) is None


def test_export_bounds_read_iso_dates_in_utc_and_include_the_last_day() -> None:
    assert export_bounds("2026-03-01", "2026-03-31", NOW) == (
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 4, 1, tzinfo=UTC),
    )
    assert export_bounds("2026-03-01T08:30+01:00", "2026-03-02T12:00", NOW) == (
        datetime(2026, 3, 1, 7, 30, tzinfo=UTC),
        datetime(2026, 3, 2, 12, 0, tzinfo=UTC),
    )
    assert export_bounds(None, None, NOW) == (datetime(2000, 1, 1, tzinfo=UTC), NOW)
    with pytest.raises(ValueError, match="--since"):
        export_bounds("01/03/2026", None, NOW)
    with pytest.raises(ValueError, match="après"):
        export_bounds("2026-03-02", "2026-03-01", NOW)


# --- roles ---------------------------------------------------------------------------------------------------------


class _Group:
    def __init__(self, members: frozenset[str] | Exception) -> None:
        self.members, self.calls = members, 0

    def __call__(self, group: str) -> frozenset[str]:
        self.calls += 1
        if isinstance(self.members, Exception):
            raise self.members
        return self.members


def test_team_leads_are_the_listed_users_and_the_group_members_read_once_in_a_while() -> None:
    clock = FakeClock(NOW)
    group = _Group(frozenset({"UGROUP"}))
    leads = TeamLeads(frozenset({"ULEAD"}), "@chefs", group, ttl_seconds=300, clock=clock)

    assert "ULEAD" in leads and "UGROUP" in leads and "UAGENT" not in leads
    assert group.calls == 1
    clock.now = NOW + timedelta(minutes=6)
    assert "UGROUP" in leads and group.calls == 2
    assert "UGROUP" not in TeamLeads(frozenset({"ULEAD"}))


def test_an_unreadable_group_grants_nothing_and_is_asked_again_soon() -> None:
    clock = FakeClock(NOW)
    group = _Group(LookupError("no such group"))
    leads = TeamLeads(frozenset(), "chefs", group, clock=clock)

    assert "UGROUP" not in leads and "UGROUP" not in leads and group.calls == 1
    clock.now = NOW + timedelta(seconds=31)
    group.members = frozenset({"UGROUP"})
    assert "UGROUP" in leads


# --- the service on an in-memory store -----------------------------------------------------------------------------


class MemoryStore:
    """Implements `bot.ports.AuditStore` with lists; the SQL one is tested in tests/storage/."""

    def __init__(self, rows: list[ExportRow] | None = None) -> None:
        self.events: list[AuditEvent] = []
        self.settings: dict[str, ChannelSettings] = {}
        self.rows = rows or []

    def figures(self, scope: AuditScope) -> AuditFigures:
        return AuditFigures(0, 0, 0, None, None, 0, None)

    def approved_threads(self, scope: AuditScope, limit: int) -> list[ThreadSummary]:
        return []

    def waiting(self, channel_id: str | None, limit: int) -> OpenThreads:
        return OpenThreads([], 0)

    def failed(self, channel_id: str | None, limit: int) -> OpenThreads:
        return OpenThreads([], 0)

    def open_threads_of(self, user_id: str, limit: int) -> OpenThreads:
        return OpenThreads([], 0)

    def agents(self, scope: AuditScope) -> list[AgentActivity]:
        return []

    def weekly(self, scope: AuditScope, origin: datetime) -> list[WeekPoint]:
        self.weeks_asked = (scope, origin)
        return []

    def export_rows(self, scope: AuditScope) -> Iterator[ExportRow]:
        yield from self.rows

    def trail(self, conversation_id: int) -> list[TrailEntry]:
        return []

    def get_channel_settings(self, channel_id: str) -> ChannelSettings | None:
        return self.settings.get(channel_id)

    def save_channel_settings(self, settings: ChannelSettings, audit: AuditEvent) -> None:
        self.settings[settings.channel_id] = settings
        self.events.append(audit)

    def record_audit(self, event: AuditEvent) -> None:
        self.events.append(event)


def _gate(store: MemoryStore) -> LeadGate:
    return LeadGate(TeamLeads(frozenset({"ULEAD"})), store.record_audit)


def _service(store: MemoryStore) -> AuditService:
    return AuditService(store, _gate(store), clock=lambda: NOW)


def _settings(store: MemoryStore) -> ChannelSettingsService:
    return ChannelSettingsService(store, _gate(store), CHOICES, clock=lambda: NOW)


@pytest.mark.parametrize("what", list(Access))
def test_a_refusal_is_logged_then_raised(what: Access) -> None:
    store = MemoryStore()

    with pytest.raises(AccessRefused):
        _service(store).require_lead("UAGENT", what, "CFEEDBACK")

    assert store.events == [
        AuditEvent(AuditKind.ACCESS_REFUSED, "UAGENT", None, {"what": what.value, "channel": "CFEEDBACK"})
    ]
    _service(store).require_lead("ULEAD", what)
    assert len(store.events) == 1


def test_every_view_and_export_of_others_threads_asks_for_a_lead() -> None:
    store = MemoryStore()
    service = _service(store)
    scope = service.scope(30)

    for attempt in (
        lambda: service.lead_home("UAGENT", 30),
        lambda: service.trend("UAGENT", 30),
        lambda: service.trail("UAGENT", 1),
        lambda: service.export_as_lead("UAGENT", scope, io.StringIO(), ExportFormat.CSV, None),
        lambda: _settings(store).open_settings("UAGENT", "CFEEDBACK"),
        lambda: _settings(store).save_settings("UAGENT", ChannelSettings("CFEEDBACK", signature="x")),
    ):
        with pytest.raises(AccessRefused):
            attempt()
    assert [event.details["what"] for event in store.events] == [
        "audit_home",
        "audit_home",
        "audit_trail",
        "audit_export",
        "settings",
        "settings",
    ]
    assert store.settings == {}
    assert service.own_open_threads("UAGENT") == OpenThreads([], 0)  # one's own threads need no role


def test_an_export_is_written_then_logged_with_its_size() -> None:
    store = MemoryStore([_row(1), _row(2)])
    out = io.StringIO()

    count = _service(store).export_as_lead("ULEAD", _service(store).scope(7, "CFEEDBACK"), out, ExportFormat.CSV, None)

    assert count == 2 and len(list(csv.reader(io.StringIO(out.getvalue())))) == 3
    [event] = store.events
    assert (event.kind, event.actor, event.details["rows"], event.details["channel"]) == (
        AuditKind.AUDIT_EXPORTED,
        "ULEAD",
        2,
        "CFEEDBACK",
    )
    assert event.details["since"] == (NOW - timedelta(days=7)).isoformat()


def test_settings_are_trimmed_an_unknown_model_dropped_and_changes_logged() -> None:
    store = MemoryStore()
    service = _settings(store)
    wanted = ChannelSettings("CFEEDBACK", "  CAF du Rhône ", "S" * 900, "Cordialement,", True, "", "openai:gpt-x")

    saved = service.save_settings("ULEAD", wanted)
    service.save_settings("ULEAD", replace(saved, default_model="mistral:mistral-large-latest"))

    assert (saved.structure_name, len(saved.signature), saved.default_model) == ("CAF du Rhône", 500, None)
    assert (saved.updated_by, saved.updated_at) == ("ULEAD", NOW)
    assert [event.details["changed"] for event in store.events] == [
        ["structure_name", "signature", "politeness", "ai_disclosure"],
        ["default_model"],
    ]
    assert service.model_for("CFEEDBACK") == "mistral:mistral-large-latest"
    store.settings["CFEEDBACK"] = replace(store.settings["CFEEDBACK"], default_model="mistral:no-longer-offered")
    assert service.model_for("CFEEDBACK") is None and service.model_for("COTHER") is None


# --- export formats ------------------------------------------------------------------------------------------------

TRICKY = 'Il a dit "non", puis :\r\nligne 2, avec virgule\n« fin »'


def _row(n: int, text: str = "Bonjour [PERSONNE_1],") -> ExportRow:
    received = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    return ExportRow(
        n, "CFEEDBACK", "1700000000.000100", "1700000000.000100", "channel", received, "UAGENT",
        {"TELEPHONE": 1, "PERSONNE": 2, "EMAIL": 0}, received + timedelta(minutes=5, seconds=30), "ULEAD",
        "agent:manuel", "mistral:mistral-small-latest", "reponse_avis.v1", 3, 0.123456, 600, 200, 0.000123,
        PseudonymisedText("Avis"), PseudonymisedText(text), PseudonymisedText(TRICKY),
    )  # fmt: skip


def test_csv_quotes_every_text_so_quotes_commas_and_newlines_survive() -> None:
    out = io.StringIO()
    write_rows([_row(1), _row(2)], out, ExportFormat.CSV, "https://plume.slack.com/", PARIS)

    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 2
    assert rows[0]["approved_text"] == TRICKY
    assert rows[0]["masked"] == "PERSONNE=2;TELEPHONE=1"
    assert (rows[0]["edit_distance"], rows[0]["unchanged"], rows[0]["cost_eur"]) == ("0.1235", "non", "0.000123")
    assert (rows[0]["received_at"], rows[0]["seconds_to_approval"]) == ("2026-03-02T09:30:00Z", "330")
    assert rows[0]["permalink"] == "https://plume.slack.com/archives/CFEEDBACK/p1700000000000100"


def test_jsonl_gives_one_object_per_thread_with_typed_values() -> None:
    out = io.StringIO()
    write_rows([_row(1)._replace(edit_distance=0.0, cost_eur=None)], out, ExportFormat.JSONL, None, PARIS)

    [line] = out.getvalue().splitlines()
    value = json.loads(line)
    assert list(value) == list(COLUMNS)
    assert (value["unchanged"], value["cost_eur"], value["permalink"], value["revisions"]) == (True, None, "", 3)
    assert value["approved_text"] == TRICKY


def test_the_spreadsheet_export_round_trips_through_csv_with_semicolons_and_a_bom() -> None:
    summer = _row(2)._replace(received_at=datetime(2026, 7, 14, 21, 59, tzinfo=UTC), edit_distance=0.0, cost_eur=None)
    summer = summer._replace(approved_at=summer.received_at + timedelta(minutes=90), review="=HYPERLINK(1)")
    out = io.StringIO()
    write_rows([_row(1), summer], out, ExportFormat.SPREADSHEET, "https://plume.slack.com/", PARIS)

    data = out.getvalue().encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    rows = list(reader)
    assert reader.fieldnames == list(HEADERS) and len(rows) == 2
    winter, july = rows
    assert (winter["Reçu le"], winter["Approuvé le"]) == ("02/03/2026 10:30", "02/03/2026 10:35")  # UTC+1
    assert (july["Reçu le"], july["Approuvé le"]) == ("14/07/2026 23:59", "15/07/2026 01:29")  # UTC+2
    assert winter["Délai avant approbation (minutes)"] == "5,5" and july["Délai avant approbation (minutes)"] == "90,0"
    assert (winter["Distance d'édition"], winter["Envoyé sans modification"]) == ("0,1235", "non")
    assert (july["Distance d'édition"], july["Envoyé sans modification"]) == ("0,0", "oui")
    assert (winter["Coût estimé (€)"], july["Coût estimé (€)"]) == ("0,000123", "")
    assert (winter["Jetons en entrée"], winter["Jetons en sortie"]) == ("600", "200")
    assert winter["Réponse approuvée (pseudonymisée)"] == TRICKY
    assert winter["Éléments masqués"] == "PERSONNE=2;TELEPHONE=1"  # a ; inside quotes stays in its field
    assert july["Avis (pseudonymisé)"] == "'=HYPERLINK(1)"  # never run as a formula by the spreadsheet
    assert winter["Lien"] == "https://plume.slack.com/archives/CFEEDBACK/p1700000000000100"


def test_every_format_says_which_blocking_findings_were_overridden_and_which_threads_inspired_the_reply() -> None:
    overriding = _row(1)._replace(overridden_findings=("personal_data", "placeholder"), inspired_by=(12, 57))
    rows = [overriding, _row(2)]
    machine, office, lines = io.StringIO(), io.StringIO(), io.StringIO()
    write_rows(rows, machine, ExportFormat.CSV, None, PARIS)
    write_rows(rows, office, ExportFormat.SPREADSHEET, None, PARIS)
    write_rows(rows, lines, ExportFormat.JSONL, None, PARIS)

    first, second = csv.DictReader(io.StringIO(machine.getvalue(), newline=""))
    assert (first["overridden_findings"], first["inspired_by"]) == ("personal_data;placeholder", "12;57")
    assert (second["overridden_findings"], second["inspired_by"]) == ("", "")
    text = office.getvalue().removeprefix("\ufeff")
    french, plain = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    assert french["Approuvé malgré un constat bloquant"] == (
        "oui : donnée de l'usager, marqueur inventé ou texte à compléter"
    )
    assert (french["Inspiré des fils n°"], plain["Approuvé malgré un constat bloquant"]) == ("12, 57", "non")
    objects = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert objects[0]["overridden_findings"] == ["personal_data", "placeholder"] and objects[0]["inspired_by"] == [
        12,
        57,
    ]
    assert (objects[1]["overridden_findings"], objects[1]["inspired_by"]) == ([], [])


def test_weeks_start_on_monday_midnight_in_the_teams_time_zone() -> None:
    thursday = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    assert week_start(thursday, PARIS) == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)  # Monday 23/11, 00:00 Paris
    assert week_start(datetime(2026, 6, 28, 22, 30, tzinfo=UTC), PARIS) == datetime(2026, 6, 28, 22, 0, tzinfo=UTC)
    store = MemoryStore()
    trend = _service(store).trend("ULEAD", 30, "CFEEDBACK")
    assert store.weeks_asked[1] == week_start(NOW - timedelta(days=30), PARIS) == trend.scope.since
    assert trend.scope.channel_id == "CFEEDBACK" and trend.scope.until == NOW


def test_permalinks_and_times() -> None:
    assert permalink("https://x.slack.com/", "C1", "1700000000.000200", "1700000000.000100") == (
        "https://x.slack.com/archives/C1/p1700000000000200?thread_ts=1700000000.000100&cid=C1"
    )
    assert permalink(None, "C1", "1.2") == ""
    paris = datetime(2026, 3, 2, 10, 30, 15, 999, tzinfo=UTC).astimezone(
        __import__("zoneinfo").ZoneInfo("Europe/Paris")
    )
    assert iso(paris) == "2026-03-02T10:30:15Z"


# --- channel settings in the prompt --------------------------------------------------------------------------------


def test_the_system_prompt_carries_the_channel_settings_only_when_set() -> None:
    prompt = load_system_prompt()
    review = PseudonymisedText("Avis de [PERSONNE_1]")
    plain = conversation_messages(prompt, review, [], JobKind.DRAFT)
    unset = conversation_messages(prompt, review, [], JobKind.DRAFT, None, ChannelSettings("C1"))
    settings = ChannelSettings("C1", "CAF du Rhône", "L'équipe accueil", "Bien cordialement,", True)
    tuned = conversation_messages(prompt, review, [], JobKind.DRAFT, None, settings)

    assert plain[0].content == unset[0].content == prompt.text
    system = tuned[0].content
    assert system.startswith(prompt.text)
    for expected in ("« CAF du Rhône »", "« L'équipe accueil »", "« Bien cordialement, »", AI_DISCLOSURE_DEFAULT):
        assert expected in system
    own = conversation_messages(
        prompt, review, [], JobKind.DRAFT, None, replace(settings, ai_disclosure_text="Rédigé avec Albert.")
    )
    assert "« Rédigé avec Albert. »" in own[0].content and AI_DISCLOSURE_DEFAULT not in own[0].content
    assert [message.role for message in tuned] == [message.role for message in plain] == ["system", "user"]


# --- figures of a seeded store, through the service ----------------------------------------------------------------


def test_a_lead_gets_the_figures_and_latest_threads_of_a_seeded_store(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'plume.db'}")
    upgrade(engine)
    clock = FakeClock()
    repo = SqlRepository(engine, clock=clock)
    _, _, first = ready(repo, 1)
    conversation, _, _ = ready(repo, 2)
    edited = next_revision(engine, repo, conversation, text_="Bonjour [PERSONNE_1], c'est réglé.")
    ready(repo, 3)
    repo.conversations.approve(first, "ULEAD", T0 + timedelta(minutes=4), make_audit(AuditKind.APPROVED, 1))
    repo.conversations.approve(edited, "UAGENT", T0 + timedelta(minutes=8), make_audit(AuditKind.APPROVED, 2))
    store = SqlAuditStore(Database(engine))
    service = AuditService(
        store, LeadGate(TeamLeads(frozenset({"ULEAD"})), store.record_audit), clock=lambda: T0 + timedelta(hours=1)
    )

    home = service.lead_home("ULEAD", 7)

    figures = home.figures
    assert (figures.reviews, figures.drafts, figures.approvals, figures.unchanged_approvals) == (3, 4, 2, 1)
    assert figures.median_seconds_to_approval == pytest.approx(6 * 60, abs=0.01)
    assert figures.mean_edit_distance == pytest.approx(
        normalised_distance("Bonjour [PERSONNE_1],", "Bonjour [PERSONNE_1], c'est réglé.") / 2
    )
    assert [thread.approved_by for thread in home.threads] == ["UAGENT", "ULEAD"]
    assert home.scope == AuditScope(T0 + timedelta(hours=1) - timedelta(days=7), T0 + timedelta(hours=1))
    engine.dispose()


def test_matplotlib_is_loaded_only_when_a_chart_is_drawn() -> None:
    """`plume serve` must not pay for the plotting library at start: the chart modules import it lazily."""
    code = (
        "import sys, handlers.slack.audit_charts, handlers.mattermost.dashboard, handlers.mattermost.leads\n"
        "assert 'matplotlib' not in sys.modules\n"
        "from bot.charts import render\n"
        "render([], __import__('zoneinfo').ZoneInfo('Europe/Paris'))\n"
        "assert 'matplotlib' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
