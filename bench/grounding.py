"""Grounding: does retrieval find the right service's approved replies, and how fast at 100 000 approved threads?

    .venv/bin/python -m bench.grounding [--history N] [--queries Q] [--threads T] [--postgres-url URL]
                                        [--skip-postgres] [--corpus bench|dev]

For SQLite (a temporary file) and PostgreSQL (a dedicated schema of PLUME_TEST_POSTGRES_URL, dropped at the end):
1. `--history` approved threads of eight services in one channel (bench/grounding_corpus.py, HISTORY sentences),
   then `--queries` new reviews written with the NEW sentences: the share whose first example is of the right
   service, and whose three first examples all are;
2. the same channel grown to `--threads` approved threads: retrieval time (p50, p95, max) of the same queries, and
   the share of right first examples at that size.

`--corpus dev` runs the same measures on bench/grounding_dev_corpus.py (ten services, other wordings): retrieval is
tuned there, and the bench's own corpus only confirms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert
from sqlalchemy.engine import Engine

from bench import grounding_corpus, grounding_dev_corpus
from bench.grounding_corpus import Review
from bot.domain import PseudonymisedText
from storage import example_search
from storage.database import Database, open_engine, upgrade
from storage.example_search import INSERT_SEARCH_ROW, search_row
from storage.examples_store import SqlExampleStore
from storage.tables import ConversationRow, GroundingExampleRow

POSTGRES_URL = os.environ.get("PLUME_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SCHEMA = "plume_bench_grounding"
CHANNEL = "C0FEEDBACK"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
BATCH = 5_000
ASKED = 4  # what bot/grounding/retrieval.py asks for: 3 similar, one more in case the best is a pinned one


def seed(engine: Engine, history: list[Review], start: int) -> None:
    """Approved threads `start`, `start + 1`… as the approval stores them (conversation, example, search row)."""
    for offset in range(0, len(history), BATCH):
        batch = list(enumerate(history[offset : offset + BATCH], start=start + offset))
        with engine.begin() as connection:
            connection.execute(insert(ConversationRow), [_conversation(n, found) for n, found in batch])
            connection.execute(insert(GroundingExampleRow), [_example(n, found) for n, found in batch])
            if engine.dialect.name == "sqlite":
                connection.execute(
                    INSERT_SEARCH_ROW, [search_row(n, CHANNEL, found.text, found.reply) for n, found in batch]
                )


def _conversation(n: int, found: Review) -> dict[str, Any]:
    ts = f"{1_700_000_000 + n}.000100"
    return {
        "id": n, "platform": "slack", "team_id": "T0PLUME", "channel_id": CHANNEL, "review_message_id": ts,
        "thread_id": ts, "source": "channel", "requested_by": "U0AGENT", "review": found.text, "masked_counts": {},
        "status": "approved", "model_id": "mistral:m", "created_at": NOW, "updated_at": NOW,
    }  # fmt: skip


def _example(n: int, found: Review) -> dict[str, Any]:
    return {
        "id": n, "conversation_id": n, "platform": "slack", "team_id": "T0PLUME", "channel_id": CHANNEL,
        "thread_id": f"{1_700_000_000 + n}.000100", "review": found.text, "reply": found.reply, "approved_at": NOW,
    }  # fmt: skip


def analyse(engine: Engine) -> None:
    """What PostgreSQL's autovacuum does after many inserts: the statistics the search reads term frequencies from."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE grounding_examples")


def measure(engine: Engine, history: list[Review], queries: list[Review]) -> tuple[float, float, list[float]]:
    """Share of queries whose first example is of their service, whose three first all are; times in ms."""
    store = SqlExampleStore(Database(engine))
    service_of = {n: found.service for n, found in enumerate(history, start=1)}
    first = all_three = 0
    times: list[float] = []
    for query in queries:
        started = time.perf_counter()
        found = store.similar_examples(CHANNEL, PseudonymisedText(query.text), ASKED)
        times.append((time.perf_counter() - started) * 1000)
        services = [service_of.get(example.id) for example in found[:3]]
        first += bool(services) and services[0] == query.service
        all_three += len(services) == 3 and all(service == query.service for service in services)
    return first / len(queries), all_three / len(queries), times


CORPORA = {"bench": grounding_corpus, "dev": grounding_dev_corpus}


def run(label: str, engine: Engine, args: argparse.Namespace) -> None:
    upgrade(engine)
    corpus = CORPORA[args.corpus]
    reviews = corpus.reviews
    history = reviews(args.history, "history", seed=11)
    queries = reviews(args.queries, "new", seed=29)
    seed(engine, history, 1)
    analyse(engine)
    first, three, _ = measure(engine, history, queries)
    services = len(corpus.SERVICES)
    print(f"{label}: {args.history} approved threads, {args.queries} new reviews of {services} services, one channel")
    print(f"  first example of the right service: {first:.1%}   three first all right: {three:.1%}")
    grown = history + reviews(args.threads - args.history, "history", seed=12)
    started = time.perf_counter()
    seed(engine, grown[args.history :], args.history + 1)
    print(f"  seeded up to {args.threads} approved threads in {time.perf_counter() - started:.0f} s")
    analyse(engine)
    measure(engine, grown, queries[:20])  # warm the caches, as a running server has them
    first, three, times = measure(engine, grown, queries)
    quantiles = statistics.quantiles(times, n=100)
    print(
        f"  at {args.threads}: retrieval p50 {quantiles[49]:.1f} ms, p95 {quantiles[94]:.1f} ms,"
        f" max {max(times):.1f} ms; first example right {first:.1%}, three first all right {three:.1%}"
    )


@contextmanager
def postgres_schema(url: str) -> Iterator[Engine]:
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        connection.exec_driver_sql(f"CREATE SCHEMA {SCHEMA}")
    engine = create_engine(url, connect_args={"options": f"-csearch_path={SCHEMA}"}, pool_pre_ping=True)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history", type=int, default=600)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--threads", type=int, default=100_000)
    parser.add_argument("--postgres-url", default=POSTGRES_URL)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="bench", help="dev: the tuning corpus")
    parser.add_argument("--rare-terms", type=int, default=example_search.RARE_TERMS, help="terms a search keeps")
    args = parser.parse_args()
    example_search.RARE_TERMS = args.rare_terms
    print(f"searches keep the {args.rare_terms} rarest terms of a review")
    with tempfile.TemporaryDirectory() as folder:
        engine = open_engine(f"sqlite:///{Path(folder) / 'grounding.db'}")
        run("SQLite (FTS5, French Snowball stems, rarity-weighted, reply x3)", engine, args)
        engine.dispose()
    if not args.skip_postgres:
        with postgres_schema(args.postgres_url) as engine:
            run("PostgreSQL (to_tsvector('french'), GIN, rarity from statistics and index, reply x3)", engine, args)


if __name__ == "__main__":
    main()
