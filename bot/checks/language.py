"""Soft check: a reply not (or not wholly) in French. Sentence by sentence, the function words of French are counted
against those of English, Spanish, German, Italian, Portuguese and Dutch: a sentence is foreign when another language's
words clearly outnumber French ones. One quoted English name in a French sentence is not enough; a whole paragraph
is."""

from __future__ import annotations

import re

from bot.checks.french import fold

_FRENCH = frozenset(
    str.split(
        "non su le la les un une des du de et a au aux en est sont pas ne je vous nous il elle on mon ma mes votre "
        "vos que qui pour avec dans sur par ce cette ces ete fait tres mais ou merci bonjour depuis plus "
        "notre nos leur leurs etre avons avez ont sera son sa ses se lui y d l qu n s c j m cordialement "
        "madame monsieur etes sommes aussi si me te cela ceci bien tout toute tous toutes donc car quand "
        "comme sans sous entre chez"
    )
)
_FOREIGN = {
    "en": "the and of to is are was were you your we our for with this that have has be been will would thank "
    "thanks please it they their from at by not can hello dear regards sorry kind best any all my if so do does "
    "did about which who what when there here more very much into out up had could should may might must also "
    "just how than then them these those its hi",
    "es": "el los las del y que por para con su sus nuestro nuestra nuestros gracias es son fue hemos muy lo una "
    "al no usted ustedes estimado estimada saludos esta este estos hay pero como mas tambien sido ha han le de "
    "en la mucho",
    "de": "der die das und ist sind nicht ich sie wir ihr ihre unser unsere mit fur auf dem den ein eine zu von "
    "danke vielen bei im auch haben wird werden sehr ihnen uns sich wie oder aber nach hat des",
    "pt": "obrigado obrigada pela pelo sua seu nao voce vamos estamos muito para com uma um os as do da dos das em "
    "que ao e foi sao esta este isso atendimento",
    "nl": "het een van voor uw u wij we ons onze is zijn wordt worden door bij op aan niet bedankt dank hartelijk "
    "groet groeten vriendelijke uw graag momenteel ook maar wel nog naar",
    "it": "lo gli del della delle dei e che con non una grazie nostro nostra vostro vostra suo sua siamo abbiamo "
    "molto al nel nella questo questa sono ha hanno anche come piu il la le un per di ma",
}
_LANGUAGES = [frozenset(words.split()) - {"a", "i", "e", "o", "y"} for words in _FOREIGN.values()]
_ENDINGS = {
    "en": r"(?:[a-z]{2,}ing|[a-z]*ould|[a-z]*ght|wh[a-z]+)",
    "es": r"(?:[a-z]+(?:cion|ciones|amos|emos|imos|ado|ados|idad|idades)|[a-z]*n[a-z]*mente)",
    "de": r"(?:[a-z]*sch[a-z]*|[a-z]{2,}(?:ung|lich|keit|heit))",
    "pt": r"(?:[a-z]+(?:cao|coes|amos|emos))",
    "it": r"(?:[a-z]+(?:zione|zioni|iamo|ato|ati))",
    "nl": r"(?:[a-z]+(?:lijk|lijke|heid|ij|aa[a-z]))",
}
"""Word endings of each language that French words do not have (« lamentamos », « llegado », « verificato »): they
tell a sentence of content words apart when it has few function words."""
_ENDING_PATTERNS = [re.compile(_ENDINGS[language]) for language in _FOREIGN]
_SENTENCE = re.compile(r"[^.!?\n]+")
_WORD = re.compile(r"[a-z]+")

MIN_FOREIGN_WORDS = 10
"""A draft with this many words in foreign sentences is not in French, whatever its length."""
MAX_FOREIGN_SHARE = 0.2
"""Nor is a draft with more than this share of its words in foreign sentences (short drafts)."""
PLAIN_SENTENCE = (3, 5)
"""Nor one with a sentence of at least 5 words, 3 of them function words of another language."""


def _foreign_words(words: list[str]) -> int:
    """How many function words of the language that most outnumbers French here, or 0 if none does. Against each
    language, only the words that tell it from French count (« de », « en » are both French and Spanish)."""
    french = [word for word in words if word in _FRENCH]
    others = [word for word in words if word not in _FRENCH]
    best = 0
    for language, ending in zip(_LANGUAGES, _ENDING_PATTERNS, strict=True):
        foreign = sum(word in language or bool(ending.fullmatch(word)) for word in others)
        if foreign >= 2 and foreign > sum(word not in language for word in french):
            best = max(best, foreign)
    return best


def foreign_share(draft: str) -> tuple[int, int, bool]:
    """Words in foreign sentences, words in all, and whether one sentence is plainly foreign (a whole sentence, not
    a quoted name: « We will get back to you soon »)."""
    foreign = total = 0
    plain = False
    for sentence in _SENTENCE.findall(fold(draft)):
        words = _WORD.findall(sentence)
        total += len(words)
        function_words = _foreign_words(words)
        if function_words:
            foreign += len(words)
            plain = plain or (function_words >= PLAIN_SENTENCE[0] and len(words) >= PLAIN_SENTENCE[1])
            # a short sentence without one French word: « Sorry for the inconvenience », « Best regards »
            plain = plain or not any(word in _FRENCH for word in words)
    return foreign, total, plain


def not_french(draft: str) -> bool:
    """The draft, or a sentence of it, is written in another language."""
    foreign, total, plain = foreign_share(draft)
    return plain or foreign >= MIN_FOREIGN_WORDS or (total > 0 and foreign / total > MAX_FOREIGN_SHARE)
