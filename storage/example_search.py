"""The search of a channel's approved examples, per database: French stems, searched by their rarest terms.

Threads are found by their review and their approved reply together. Both backends first keep the new review's
`RARE_TERMS` rarest terms (a term most threads share, « téléphone », « réponse », says nothing of the topic and
would make every thread a candidate), then rank the threads that hold them: SQLite by FTS5's BM25 over Snowball
stems (term frequencies from an fts5vocab table), PostgreSQL by the sum of the inverse frequencies of the terms a
thread holds (`to_tsvector('french', …)` under a GIN index; frequencies from the statistics ANALYZE keeps).
"""

from __future__ import annotations

import hashlib
import math

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from bot.grounding.terms import MAX_QUERY_TERMS, query_terms, stems, words

RARE_TERMS = 8
"""Terms of a new review a search keeps: its rarest ones in the stored threads (bench-grounding measured 6, 8 and 12:
the same accuracy within noise, the fewer the faster at 100 000 threads)."""

INSERT_SEARCH_ROW = text("INSERT INTO grounding_examples_fts (rowid, channel, terms) VALUES (:id, :channel, :terms)")


def channel_token(channel_id: str) -> str:
    """The channel as one FTS5 token (ids of Matrix rooms hold « ! » and « : », which the tokenizer splits)."""
    return "c" + hashlib.sha256(channel_id.encode()).hexdigest()[:24]


def search_row(example_id: int, channel_id: str, review: str, reply: str) -> dict[str, object]:
    """The FTS5 row (SQLite) that finds an example: its channel as a token, the French stems of its review and
    reply (the team's reply names the topic in its own words: « votre prime d'activité »)."""
    return {"id": example_id, "channel": channel_token(channel_id), "terms": " ".join(stems(review + " " + reply))}


def sqlite_search(session: Session, channel_id: str, review: str, limit: int) -> list[int]:
    terms = query_terms(review)
    if not terms:
        return []
    vocabulary = text("SELECT term, doc FROM grounding_examples_vocab WHERE term IN :terms").bindparams(
        bindparam("terms", expanding=True)
    )
    found = {str(term): int(docs) for term, docs in session.execute(vocabulary, {"terms": terms})}
    kept = sorted((term for term in terms if found.get(term)), key=lambda term: found[term])[:RARE_TERMS]  # stable
    if not kept:
        return []
    quoted = " OR ".join(f'"{term}"' for term in kept)  # stems are letters only: quoting is enough
    return [
        int(row)
        for row in session.scalars(
            text(
                "SELECT rowid FROM grounding_examples_fts WHERE grounding_examples_fts MATCH :match"
                " ORDER BY bm25(grounding_examples_fts, 0.0, 1.0) LIMIT :limit"
            ),
            {"match": f"channel : {channel_token(channel_id)} AND terms : ({quoted})", "limit": limit},
        )
    ]


def postgres_search(session: Session, channel_id: str, review: str, limit: int) -> list[int]:
    distinct = list(dict.fromkeys(words(review)))[:MAX_QUERY_TERMS]
    if not distinct:
        return []
    lexemes = list(
        session.scalars(
            text("SELECT lexeme FROM unnest(to_tsvector('french'::regconfig, :words))"), {"words": " ".join(distinct)}
        )
    )
    frequencies, floor = _postgres_frequencies(session)
    kept = sorted(lexemes, key=lambda lexeme: frequencies.get(lexeme, floor))[:RARE_TERMS]
    if not kept:
        return []
    weights = {lexeme: -math.log(max(frequencies.get(lexeme, floor), 1e-6)) for lexeme in kept}
    score = " + ".join(
        f"(CASE WHEN search @@ CAST(:q{n} AS tsquery) THEN {weights[lexeme]:.4f} ELSE 0 END)"
        for n, lexeme in enumerate(kept)
    )
    parameters: dict[str, object] = {f"q{n}": _tsquery_term(lexeme) for n, lexeme in enumerate(kept)}
    parameters |= {"any": " | ".join(_tsquery_term(lexeme) for lexeme in kept), "channel": channel_id, "limit": limit}
    return [
        int(row)
        for row in session.scalars(
            text(
                f"SELECT id FROM grounding_examples WHERE channel_id = :channel AND search @@ CAST(:any AS tsquery)"
                f" ORDER BY {score} DESC, id DESC LIMIT :limit"
            ),
            parameters,
        )
    ]


def _postgres_frequencies(session: Session) -> tuple[dict[str, float], float]:
    """Share of threads holding each common lexeme (ANALYZE's statistics), and a frequency for the others."""
    row = session.execute(
        text(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
            " WHERE schemaname = current_schema() AND tablename = 'grounding_examples' AND attname = 'search'"
        )
    ).first()
    if row is None or row[0] is None:
        return {}, 0.01  # no statistics yet (a new database): every term counts alike
    elements, frequencies = list(row[0]), list(row[1])
    known = dict(zip(elements, frequencies[: len(elements)], strict=True))
    floor = frequencies[len(elements)] if len(frequencies) > len(elements) else min(known.values(), default=0.01)
    return known, float(floor) / 2


def _tsquery_term(lexeme: str) -> str:
    """A lexeme as one tsquery operand (quoted: no operator inside it is read)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def search(session: Session, dialect: str, channel_id: str, review: str, limit: int) -> list[int]:
    """Ids of the channel's examples closest to `review`, best first."""
    if dialect == "sqlite":
        return sqlite_search(session, channel_id, review, limit)
    return postgres_search(session, channel_id, review, limit)
