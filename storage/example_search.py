"""The search of a channel's approved examples, per database: French stems, scored alike by both.

Threads are found by their review and their approved reply. Both backends first keep the new review's `RARE_TERMS`
rarest terms (a term most threads share, « téléphone », « réponse », says nothing of the topic and would make every
thread a candidate), then score each thread holding some of them the same way: every kept term found counts its
`rarity` (squared log-odds of the share of threads holding it: the complaints every service gets weigh little),
`REPLY_WEIGHT` times over when the team's reply holds it (the reply names the topic; the review also holds the
waiting and the phone), once when the review does; ties go to the latest thread. Term frequencies come from an
fts5vocab table (SQLite) and, on PostgreSQL (`to_tsvector('french', …)` under a GIN index, the reply's lexemes
weighted A and the review's D), from the statistics ANALYZE keeps for common lexemes and a count through the index
for the rare ones; on both, a term no stored thread holds is left out (it would only take a rare term's place).
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
REPLY_WEIGHT = 3.0
"""How much more a term counts in the reply than in the review (tuned on bench/grounding_dev_corpus.py: 1, 2, 3, 5)."""
LEAST_RARITY = 0.1
"""The weight of a term half the threads or more hold, instead of nothing or less."""

INSERT_SEARCH_ROW = text(
    "INSERT INTO grounding_examples_fts (rowid, channel, review, reply) VALUES (:id, :channel, :review, :reply)"
)


def channel_token(channel_id: str) -> str:
    """The channel as one FTS5 token (ids of Matrix rooms hold « ! » and « : », which the tokenizer splits)."""
    return "c" + hashlib.sha256(channel_id.encode()).hexdigest()[:24]


def search_row(example_id: int, channel_id: str, review: str, reply: str) -> dict[str, object]:
    """The FTS5 row (SQLite) that finds an example: its channel as a token, the French stems of its review and of its
    reply (the team's reply names the topic in its own words: « votre prime d'activité »)."""
    return {
        "id": example_id,
        "channel": channel_token(channel_id),
        "review": " ".join(stems(review)),
        "reply": " ".join(stems(reply)),
    }


def rarity(share: float) -> float:
    """A term's weight from the share of threads holding it: squared log-odds, so that a term of one thread in a
    hundred outweighs several of one in six (the complaints every service gets), at least `LEAST_RARITY`."""
    share = min(max(share, 1e-9), 1 - 1e-9)
    return max(math.log((1 - share) / share), LEAST_RARITY) ** 2


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
    threads = session.scalar(text("SELECT count(*) FROM grounding_examples")) or 1
    channel = channel_token(channel_id)
    parts: list[str] = []
    parameters: dict[str, object] = {"limit": limit}
    for n, term in enumerate(kept):  # stems are letters only: quoting is enough
        weight = rarity((found[term] + 0.5) / (threads + 1))
        for column, factor in (("review", 1.0), ("reply", REPLY_WEIGHT)):
            parts.append(
                f"SELECT rowid, {weight * factor:.6f} AS score FROM grounding_examples_fts"
                f" WHERE grounding_examples_fts MATCH :{column}{n}"
            )
            parameters[f"{column}{n}"] = f'channel : {channel} AND {column} : "{term}"'
    found_rows = text(
        f"SELECT rowid FROM ({' UNION ALL '.join(parts)}) GROUP BY rowid ORDER BY sum(score) DESC, rowid DESC"
        " LIMIT :limit"
    )
    return [int(row) for row in session.scalars(found_rows, parameters)]


def postgres_search(session: Session, channel_id: str, review: str, limit: int) -> list[int]:
    distinct = list(dict.fromkeys(words(review)))[:MAX_QUERY_TERMS]
    if not distinct:
        return []
    lexemes = list(
        session.scalars(
            text("SELECT lexeme FROM unnest(to_tsvector('french'::regconfig, :words))"), {"words": " ".join(distinct)}
        )
    )
    shares = _postgres_shares(session, lexemes)
    kept = sorted(shares, key=lambda lexeme: shares[lexeme])[:RARE_TERMS]  # stable
    if not kept:
        return []
    score = " + ".join(
        f"(CASE WHEN search @@ CAST(:review{n} AS tsquery) THEN {weight:.6f} ELSE 0 END)"
        f" + (CASE WHEN search @@ CAST(:reply{n} AS tsquery) THEN {weight * REPLY_WEIGHT:.6f} ELSE 0 END)"
        for n, weight in enumerate(rarity(shares[lexeme]) for lexeme in kept)
    )
    parameters: dict[str, object] = {"channel": channel_id, "limit": limit}
    parameters |= {f"review{n}": _tsquery_term(lexeme) + ":D" for n, lexeme in enumerate(kept)}
    parameters |= {f"reply{n}": _tsquery_term(lexeme) + ":A" for n, lexeme in enumerate(kept)}
    parameters["any"] = " | ".join(_tsquery_term(lexeme) for lexeme in kept)
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


def _postgres_shares(session: Session, lexemes: list[str]) -> dict[str, float]:
    """Share of threads holding each of `lexemes` (first seen first): ANALYZE's statistics for the common ones, a
    count through the GIN index for the others (rare ones: few rows to count); lexemes no thread holds left out."""
    common = _postgres_frequencies(session)
    shares = {lexeme: common[lexeme] for lexeme in lexemes if lexeme in common}
    rare = [lexeme for lexeme in dict.fromkeys(lexemes) if lexeme not in common]
    if not rare:
        return shares
    counts = ", ".join(f"count(*) FILTER (WHERE search @@ CAST(:r{n} AS tsquery))" for n in range(len(rare)))
    parameters = {f"r{n}": _tsquery_term(lexeme) for n, lexeme in enumerate(rare)}
    parameters["any"] = " | ".join(_tsquery_term(lexeme) for lexeme in rare)
    found = session.execute(
        text(f"SELECT {counts} FROM grounding_examples WHERE search @@ CAST(:any AS tsquery)"), parameters
    ).one()
    threads = session.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'grounding_examples'::regclass"))
    if not threads or threads <= 0:  # never analysed: a small new table, counted
        threads = session.scalar(text("SELECT count(*) FROM grounding_examples"))
    total = max(float(threads or 0), max(found), 1.0)
    shares |= {lexeme: (held + 0.5) / (total + 1) for lexeme, held in zip(rare, found, strict=True) if held}
    return {lexeme: shares[lexeme] for lexeme in lexemes if lexeme in shares}


def _postgres_frequencies(session: Session) -> dict[str, float]:
    """Share of threads holding each common lexeme, from ANALYZE's statistics (none before the first ANALYZE)."""
    row = session.execute(
        text(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats"
            " WHERE schemaname = current_schema() AND tablename = 'grounding_examples' AND attname = 'search'"
        )
    ).first()
    if row is None or row[0] is None:
        return {}
    elements, frequencies = list(row[0]), list(row[1])
    return {element: float(share) for element, share in zip(elements, frequencies[: len(elements)], strict=True)}


def _tsquery_term(lexeme: str) -> str:
    """A lexeme as one tsquery operand (quoted: no operator inside it is read)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def search(session: Session, dialect: str, channel_id: str, review: str, limit: int) -> list[int]:
    """Ids of the channel's examples closest to `review`, best first."""
    if dialect == "sqlite":
        return sqlite_search(session, channel_id, review, limit)
    return postgres_search(session, channel_id, review, limit)
