"""Signatures: the name after a closing formula, on the same line or the next one (« Cordialement,\\nM. Dupont »)."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.names import is_name_word, name_after
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import CIVILITIES, PARTICLES, Word, words

CLOSINGS = (
    r"(?:bien\s+|tr[èe]s\s+|tr[eè]s\s+)?cordialement|cdlt|cordialt|bien\s+[àa]\s+vous|salutations(?:\s+distingu[ée]es)?|"
    r"respectueusement|sinc[èe]rement|amicalement|bien\s+amicalement|merci(?:\s+(?:d['’]avance|par\s+avance|beaucoup|"
    r"encore|de\s+votre\s+(?:aide|compr[ée]hension|retour)))?|bonne\s+(?:journ[ée]e|soir[ée]e)|"
    r"(?:veuillez|je\s+vous\s+prie\s+d['’])\s*agr[ée]er[^\n]*|dans\s+l['’]attente[^\n]*|une\s+usag[èe]re?\s+[^\n]*|"
    r"--+|signé"
)
PATTERNS = [rf"(?:^[ \t>*]*|(?<=[.!?…][ \t]))(?:{CLOSINGS})[ \t]*[,.!;:]*[ \t]*"]
"""A closing at the start of a line, or of a sentence (« …rien reçu. merci. marie »)."""

_LINE = re.compile(r"[^\n]*")


class SignaturePersonRecognizer(PersonRecognizer):
    """After a closing formula alone on its line, the next short line is a signature, in whatever case."""

    PATTERNS = PATTERNS
    SCORE = 0.8
    MAX_WORDS = 4

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = []
        for match in self._trigger.finditer(text):
            same_line = name_after(text, match.end(), lower_ok=True, limit=self.MAX_WORDS, grow_lower=True)
            rest = text[match.end() : text.find("\n", match.end()) if "\n" in text[match.end() :] else len(text)]
            ends_line = same_line is not None and _ENDS_LINE.fullmatch(rest[same_line[1] - match.end() :]) is not None
            if same_line is not None and (ends_line or is_first_name(text[slice(*same_line)].split()[0].capitalize())):
                # the name ends the line, or opens with a first name (« signé sophie l., allocataire caf 75 »)
                results.append(self.result(*same_line))
                continue
            if rest.strip():
                continue
            signature = _next_line(text, match.end())
            if signature is not None:
                results.append(self.result(*signature))
        results += self._last_line(text) + self._last_sentence(text)
        return results

    def _last_sentence(self, text: str) -> list[RecognizerResult]:
        """The words after a message's last sentence, on its last line, are a signature when they are a first
        name (of the world list too, whatever its case), perhaps with a surname or an initial, and no common word
        (« …je remercie la conseillère. samia b. »)."""
        match = _LAST_SENTENCE.search(text)
        if match is None:
            return []
        found = [word for word in words(text) if match.start(1) <= word.start < match.end(1)]
        if not found or len(found) > 3 or not is_first_name(found[0].text.capitalize()):
            return []
        if any(
            not is_name_word(word, lower_ok=True)
            or (word.text.lower() in COMMON_WORDS and not is_first_name(word.text.capitalize()))
            for word in found
            if len(word.text) > 1  # an initial
        ):
            return []
        return [self.result(found[0].start, found[-1].end, 0.7)]

    def _last_line(self, text: str) -> list[RecognizerResult]:
        """A message's last line, under other lines and without a closing, is a signature when it looks like a
        name and holds a known first name and no common word (« …mon adresse.\nhoarau noel »)."""
        body = text.rstrip()
        start = body.rfind("\n") + 1
        if not start or not body[: start - 1].strip():
            return []
        signature = _next_line(body, start)
        if signature is None:
            return []
        found = [word for word in words(text) if signature[0] <= word.start < signature[1] and not _particle(word)]
        if not any(is_first_name(word.text) for word in found) or any(
            word.text.lower() in COMMON_WORDS and not is_first_name(word.text) for word in found
        ):
            return []
        return [self.result(*signature, 0.7)]


_ENDS_LINE = re.compile(r"[ \t.,!]*(?:[^\W\d_]\.?)?[ \t.,!]*")
"""What may follow a signature on its line: punctuation, an initial (« cordialement, gwendal p. »)."""
_LAST_SENTENCE = re.compile(r"[.!?…][ \t]+([^\W\d_][^\n.!?…,;:]{0,40}?)[ \t]*\.?\s*$")


def _next_line(text: str, position: int) -> tuple[int, int] | None:
    """The name on the first non-empty line after `position`, when that line is short and looks like a name."""
    start = position
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    line = _LINE.match(text, start)
    if line is None or not line.group().strip() or len(line.group()) > 60 or any(c.isdigit() for c in line.group()):
        return None
    tokens = [word for word in words(text) if start <= word.start < line.end()]
    while tokens and tokens[0].text.lower().rstrip(".") in {c.rstrip(".") for c in CIVILITIES} | {"et"}:
        tokens = tokens[1:]
    if (
        not tokens
        or len(tokens) > 5
        or not all(is_name_word(word, lower_ok=True) or len(word.text) == 1 for word in tokens if not _particle(word))
        or _particle(tokens[-1])
        or sum(not _particle(word) for word in tokens) < (2 if _particle(tokens[0]) else 1)
    ):
        return None
    end = tokens[-1].end
    if end < len(text) and text[end] == "." and len(tokens[-1].text) == 1:
        end += 1
    return tokens[0].start, end


def _particle(word: Word) -> bool:
    return word.text.lower() in PARTICLES
