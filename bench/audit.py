"""Audit at scale: seed 100 000 conversations in SQLite and in the local PostgreSQL, then time App Home and export.

    .venv/bin/python -m bench.audit [--conversations N] [--runs R] [--postgres-url URL] [--skip-postgres]

Prints, for each database, the App Home query (figures + latest approved threads) for several periods and a
channel, with and without the indexes of migration 0003; the lead's whole App Home with charts (bench/audit_home.py);
and the export in each format (tableur, csv, jsonl) in rows per second. The SQLite file
lives in a temporary folder; on PostgreSQL everything goes in a dedicated schema, dropped at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from bench.audit_home import measure_home
from bench.audit_seed import seed
from bot.audit_export import ExportFormat, write_rows
from bot.ports.audit import AuditScope
from storage import audit_queries as queries
from storage.audit_store import SqlAuditStore
from storage.database import Database, open_engine, upgrade

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SCHEMA = "plume_bench_audit"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")
AUDIT_INDEXES = {  # migration 0003: name -> (table, columns)
    "ix_conversations_created": ("conversations", "created_at"),
    "ix_conversations_channel_created": ("conversations", "channel_id, created_at"),
    "ix_conversations_requester": ("conversations", "requested_by, created_at"),
    "ix_revisions_audit": (
        "revisions",
        "review_received_at, channel_id, model_id, input_tokens, output_tokens, cost_eur",
    ),
    "ix_revisions_audit_channel": (
        "revisions",
        "channel_id, review_received_at, model_id, input_tokens, output_tokens, cost_eur",
    ),
    "ix_approvals_approved_at": ("approvals", "approved_at"),
    "ix_approvals_audit": (
        "approvals",
        "review_received_at, channel_id, model_id, edit_distance, revision_number, approved_at",
    ),
    "ix_approvals_audit_channel": (
        "approvals",
        "channel_id, review_received_at, model_id, edit_distance, revision_number, approved_at",
    ),
}


def _median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the caches, as a second visit to App Home would
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _home(store: SqlAuditStore, scope: AuditScope) -> None:
    store.figures(scope)
    store.approved_threads(scope, 10)


def _checks(engine: Engine, scope: AuditScope) -> None:
    with engine.connect() as connection:
        connection.execute(queries.revisions_with_findings(scope)).one()
        connection.execute(queries.overridden_approvals(scope)).one()


def _indexes(engine: Engine, present: bool) -> None:
    with engine.begin() as connection:
        for name, (table, columns) in AUDIT_INDEXES.items():
            if present:
                connection.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})"))
            else:
                connection.execute(text(f"DROP INDEX IF EXISTS {name}"))
    _vacuum(engine)


def _vacuum(engine: Engine) -> None:
    """What autovacuum leaves on PostgreSQL (statistics, visibility map for index-only scans); SQLite deployments
    never run ANALYZE, so neither does the benchmark (the plans do not depend on it)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))


def measure(label: str, engine: Engine, count: int, runs: int, folder: Path) -> None:
    upgrade(engine)
    started = time.perf_counter()
    written = seed(engine, count, NOW)
    _vacuum(engine)
    seeded = time.perf_counter() - started
    rows = ", ".join(f"{number} {table}" for table, number in written.items())
    print(f"\n== {label}: {rows} seeded in {seeded:.1f} s")
    store = SqlAuditStore(Database(engine, clock=lambda: NOW))
    scopes = {
        "90 days, all channels": AuditScope(NOW - timedelta(days=90), NOW),
        "30 days, all channels": AuditScope(NOW - timedelta(days=30), NOW),
        "7 days, all channels": AuditScope(NOW - timedelta(days=7), NOW),
        "90 days, one channel": AuditScope(NOW - timedelta(days=90), NOW, "C00000003"),
    }
    figures = store.figures(scopes["90 days, all channels"])
    print(
        f"   90 days: {figures.reviews} reviews, {figures.approvals} approvals, "
        f"{figures.unchanged_approvals / max(figures.approvals, 1):.0%} unchanged, "
        f"mean edit distance {figures.mean_edit_distance:.3f}"
    )
    if figures.checks is not None:
        print(
            f"   checks: {figures.checks.with_findings} of {figures.checks.revisions} revisions with findings, "
            f"{figures.checks.overridden_approvals} approvals over {figures.checks.overridden_findings} blocking ones"
        )
    for indexed in (False, True):
        _indexes(engine, indexed)
        print(f"   App Home (figures + latest approved threads), {'with' if indexed else 'WITHOUT'} 0003 indexes:")
        for name, scope in scopes.items():
            print(f"     {name:<24} {_median_ms(lambda scope=scope: _home(store, scope), runs):8.1f} ms")
        agent = _median_ms(lambda: store.open_threads_of("U00000042", 15), runs)
        print(f"     {'an agent open threads':<24} {agent:8.1f} ms")
    for name, scope in scopes.items():  # the part of the figures that the checks (migration 0010) added
        checks = _median_ms(lambda scope=scope: _checks(engine, scope), runs)
        print(f"   the checks' two queries alone, {name:<24} {checks:8.1f} ms")
    measure_home(store, NOW, max(3, runs * 3))  # 21 page views by default: enough for a p95
    target = folder / f"{label}.csv"
    for fmt in ExportFormat:
        started = time.perf_counter()
        with target.open("w", encoding="utf-8", newline="") as out:
            exported = write_rows(
                store.export_rows(scopes["90 days, all channels"]), out, fmt, "https://x.slack.com/", PARIS
            )
        elapsed = time.perf_counter() - started
        size = target.stat().st_size / 1e6
        print(
            f"   export {fmt.value:<7}: {exported} rows in {elapsed:.2f} s = {exported / elapsed:,.0f} rows/s "
            f"({size:.0f} MB)"
        )
    tracemalloc.start()  # a separate, untimed pass: tracing slows allocations down
    with open(os.devnull, "w", encoding="utf-8") as out:
        write_rows(
            store.export_rows(scopes["90 days, all channels"]),
            out,
            ExportFormat.SPREADSHEET,
            "https://x.slack.com/",
            PARIS,
        )
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(f"   export memory: Python heap peak {peak:.1f} MB while streaming the {size:.0f} MB above")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--postgres-url", default=POSTGRES_URL)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="plume-bench-audit-") as folder:
        engine = open_engine(f"sqlite:///{Path(folder) / 'audit.db'}")
        try:
            measure("SQLite", engine, args.conversations, args.runs, Path(folder))
        finally:
            engine.dispose()
        if args.skip_postgres:
            return
        admin = create_engine(args.postgres_url)
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
        engine = create_engine(args.postgres_url, connect_args={"options": f"-csearch_path={SCHEMA}"})
        try:
            measure("PostgreSQL", engine, args.conversations, args.runs, Path(folder))
        finally:
            engine.dispose()
            with admin.begin() as connection:
                connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
            admin.dispose()


if __name__ == "__main__":
    main()
