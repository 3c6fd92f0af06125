"""The words a review is searched by: French stems, without function words nor placeholders."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache

import snowballstemmer  # type: ignore[import-untyped]

from bot.privacy.data.mots_outils import WORDS
from bot.privacy.restore import PLACEHOLDER_PATTERN

MAX_QUERY_TERMS = 40
"""A long review is searched by its first distinct terms only: enough to find its topic, and a bounded query."""

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(WORDS.split())


_LOCAL = threading.local()


def _stemmer() -> snowballstemmer.stemmer:
    """One Snowball stemmer per thread: a stemmer keeps its word in progress, so workers must not share one."""
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("french")
    return stemmer


def plain(word: str) -> str:
    """Lower case without diacritics (as SQLite's unicode61 tokenizer indexes it)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The meaningful words of `text`, lower case, in order: no placeholder, no function word, no number."""
    without_placeholders = PLACEHOLDER_PATTERN.sub(" ", text)
    found = (word.lower() for word in _WORD.findall(without_placeholders.replace("’", "'")))
    return [word for word in found if word not in _STOP]


@cache
def stem(word: str) -> str:
    """A word's French Snowball stem, without diacritics (cached: a team's vocabulary is small)."""
    return plain(_stemmer().stemWord(word))


def stems(text: str) -> list[str]:
    """French Snowball stems of the meaningful words of `text`, without diacritics, in order (repeats kept)."""
    return [stem(word) for word in words(text)]


def query_terms(text: str) -> list[str]:
    """The distinct stems a new review is searched by, first seen first, at most `MAX_QUERY_TERMS`."""
    return list(dict.fromkeys(stems(text)))[:MAX_QUERY_TERMS]
