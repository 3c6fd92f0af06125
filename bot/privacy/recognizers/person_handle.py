"""Pseudonyms of forums and social networks: « @Jordan76 », « posté par maximeR », « sophie_75 »."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import COMMON_WORDS, is_first_name, is_place
from bot.privacy.names import is_title
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import CIVILITIES, FUNCTION_WORDS, LETTER, LOWER, UPPER

_ELIDED = re.compile(r"(?:[cdjlmnst]|qu)['’]")
_ARTICLES = frozenset(["le", "la", "les"])

_HANDLE = re.compile(r"(?<![\w.@])@(?!(?:all|here|channel|everyone|room)\b)[A-Za-z][\w.\-]{0,30}[A-Za-z0-9_]")
"""A mention: « @Jordan76 », « @marie.l »; not the @ of an email address, glued to the word before it, nor a chat's
broadcast keyword (« @all », « @here », « @channel », « @room »), which names no one."""
_NAME_AND_TAG = re.compile(rf"(?<![\w@])([{LETTER}]{{3,}})[_.\-]?(\d{{1,4}}|[A-Z]{{1,2}})(?![\w@])(?!\.\w)")
"""A first name with digits or capitals glued to it: « maximeR », « Sophie75 », « karim_93 »."""
_UNDERSCORED = re.compile(r"(?<![\w@./])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@])(?!\.\w)")
"""A word joined by underscores, not a file name nor an address: a user name (« titi_du_92 »)."""
_NICK = r"[^\W_][\w'’\-]*(?:[^\S\n]+[\w'’\-]+){0,3}?"
_BYLINE = (
    r"(?:(?<![\w])(?i:publi[ée]e?|post[ée]e?|modifi[ée]e?|[ée]crite?|r[ée]dig[ée]e?|mise?\s+à\s+jour)"
    r"(?:[^\S\n]+le[^\S\n]+[^\n]{1,40}?)?[^\S\n]+(?i:par)|(?m:^)[^\S\n]*(?i:par))"
)
"""A byline: « Publié par », « Modifié le 8 octobre 2012 Par », or « Par » opening a line; its name runs to the end of
the line, a « | », a parenthesis or a comma (« Par Constin », « Publié par Tite zoreille »)."""
_NICKNAME = re.compile(
    rf"(?:(?:,[^\S\n]*dit|(?<![\w])(?i:dite|alias|surnomm[ée]e?|pseudo(?:nyme)?))[^\S\n]*:?[^\S\n]+(?P<alias>{_NICK})"
    r"(?=[^\S\n]*(?:[,.;!?()«»\"\n]|$))"
    rf"|(?<![\w])(?i:post[ée]e?\s+(?:le\s+[^:\n]{{1,25}}?\s+)?par|r[ée]ponse\s+de|message\s+de|[ée]crit\s+par|publi[ée]e?\s+par)[^\S\n]+"
    rf"(?P<poster>{_NICK})(?=[^\S\n]*:|[^\S\n]+(?:le[^\S\n]+(?:\d|1er)|a\s+[ée]crit|il\s+y\s+a[^\S\n]+\d))"
    rf"|{_BYLINE}[^\S\n]+(?P<signer>{_NICK})(?=[^\S\n]*(?:[|(,\n]|$)))"
)
"""A nickname after « dite », « alias » up to the punctuation (« dite Lison du var, alias Money penny. »), the
author of a forum post (« Réponse de Mimi du 59 : », « Posté par Jolie fleur le 3 mai ») or of a byline."""

_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_HANDLE_SHAPES = [
    re.compile(
        r"^[^\S\n]*(?:[—–\-|©][^\S\n]*)?(?!www\.)(?P<handle>[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)+)(?<!\.[a-z]{2})(?<!\.[a-z]{3})"
        r"[^\S\n]*\|?[^\S\n]*$",
        re.MULTILINE,
    ),
    re.compile(
        rf"^[^\S\n]*(?P<handle>[a-z][\w.\-]{{2,30}})[^\S\n]+le[^\S\n]+(?:{_WEEKDAYS}|\d{{1,2}}(?:er)?[^\S\n]+[a-zéû]{{3,}})",
        re.MULTILINE,
    ),
    re.compile(r"(?<![\w.@/])(?P<handle>[a-z]\.[a-z]{4,})(?![\w@\-]|\.\w)"),
]
"""Pseudonyms by their shape where a byline stands: a lower-case word with dots or dashes alone on its line
(« chloe-n » between a title and a post; not an address « site.fr »), a lower-case word heading a post's date line
(« csanter le mercredi 26 juin 2013 »), an initial glued by a dot to a lower-case surname (« c.rossignol »)."""

_NAME_AND_DEPARTMENT = re.compile(
    rf"(?<![\w'’])[{UPPER}][{LOWER}]+[ \t]+(?:\d{{2}}|2[AB]|97\d)[ \t]*[.!]?[ \t]*$", re.MULTILINE
)
"""A forum signature ending a line: a name and a department's number (« Bisous, Nanou 33 »)."""


def _common_compound(word: str) -> bool:
    """« rendez-vous », « ci-dessous »: every part a French word, no pseudonym; a one-letter part is an initial
    (« marie-t »)."""
    parts = re.split(r"[.\-]", word)
    return all(len(part) > 1 and (part in COMMON_WORDS or part in FUNCTION_WORDS) for part in parts)


def _signed_with_department(text: str, start: int, end: int) -> bool:
    """A first name, or a word that is no common word nor a town (« Paris 15 », « Article 12 » are not)."""
    word = text[start:end].split()[0]
    if overlaps_protected(text, start, end) or word.lower() in FUNCTION_WORDS:
        return False
    return is_first_name(word) or not (word.lower() in COMMON_WORDS or is_place(word))


def _nickname(text: str, start: int, end: int, *, poster: bool) -> bool:
    """Written as a name, with a capital or digits (« une aide dite exceptionnelle » is none); not a service
    (« Réponse de la CAF : »), a title or an article (« message de mon conseiller : »)."""
    first, *others = text[start:end].split()
    lowered = first.lower()
    named = lowered in _ARTICLES and first[0].isupper() and others and others[0][0].isupper()  # « dit Le Grand »
    if overlaps_protected(text, start, end) or (lowered in FUNCTION_WORDS and not named) or lowered in CIVILITIES:
        return False
    if _ELIDED.match(lowered) or is_title(first):
        return False
    words = [word for word in [first, *others] if word.lower() not in _ARTICLES]
    if poster and len(words) == 1 and words[0].lower() in COMMON_WORDS and not is_first_name(words[0]):
        return False  # a role, not a nickname: « Posté par Modérateur », « Écrit par La Rédaction »
    return first[0].isupper() or any(char.isdigit() for char in text[start:end])


class HandlePersonRecognizer(PersonRecognizer):
    """A mention or a word joined by underscores is a person's pseudonym, whatever it says; a word made of a known
    first name and a tag too (a brand or a code starts with no first name: « Paris2024 », « CERFA12 »); so is a
    nickname announced as one or signing a forum post."""

    SCORE = 0.8

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = [
            self.result(*match.span()) for pattern in (_HANDLE, _UNDERSCORED) for match in pattern.finditer(text)
        ]
        for match in _NICKNAME.finditer(text):
            group = next(name for name in ("alias", "poster", "signer") if match.group(name))
            if _nickname(text, *match.span(group), poster=group != "alias"):
                results.append(self.result(*match.span(group)))
        for shape in _HANDLE_SHAPES:
            for match in shape.finditer(text):
                start, end = match.span("handle")
                if not _common_compound(text[start:end]) and not overlaps_protected(text, start, end):
                    results.append(self.result(start, end))
        for match in _NAME_AND_DEPARTMENT.finditer(text):
            end = match.start() + len(match.group().rstrip(" \t.!"))
            if _signed_with_department(text, match.start(), end):
                results.append(self.result(match.start(), end, 0.9))  # over the bare name of a signature
        for match in _NAME_AND_TAG.finditer(text):
            name = match.group(1)
            if (
                name[1:].islower()
                and is_first_name(name.capitalize())
                and not overlaps_protected(text, match.start(), match.end())
            ):
                results.append(self.result(*match.span()))
        return results
