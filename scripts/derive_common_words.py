"""Derives bot/privacy/data/mots_courants.py: the most frequent French words, to tell a name from a common word.

Run once, by hand (nothing is downloaded at run time by Plume):

    python -m venv /tmp/words && /tmp/words/bin/pip install wordfreq==3.1.1
    /tmp/words/bin/python scripts/derive_common_words.py > bot/privacy/data/mots_courants.py

Source and licence (see bot/privacy/data/LICENCE-mots_courants.md): wordfreq 3.1.1 by Robyn Speer, data under
Creative Commons Attribution-ShareAlike 4.0. The French words of Zipf frequency MIN_ZIPF or more (about once in
100 000 words), letters only, are kept, in lower case.
"""

from __future__ import annotations

import sys

from wordfreq import top_n_list, zipf_frequency

MIN_ZIPF = 4.0
LIMIT = 20_000


def common_words() -> list[str]:
    return sorted(
        word
        for word in top_n_list("fr", LIMIT)
        if zipf_frequency(word, "fr") >= MIN_ZIPF and word.replace("-", "").replace("'", "").isalpha()
    )


def main() -> None:
    chosen = common_words()
    lines, line = [], ""
    for word in chosen:
        if len(line) + len(word) + 1 > 116:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    sys.stdout.write(
        '"""Mots français courants (fréquence Zipf >= 4, wordfreq 3.1.1, données CC BY-SA 4.0). Produit par\n'
        'scripts/derive_common_words.py, ne pas modifier à la main ; licence : LICENCE-mots_courants.md."""\n\n'
        'WORDS = """\n' + "\n".join(lines) + '\n"""\n'
    )
    print(f"{len(chosen)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
