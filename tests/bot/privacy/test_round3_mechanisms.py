"""Round 3 of issue 13: spaced references, every birth date of a list, an age after a spaced comma; each through the
whole engine (real spaCy model), with the numbers that must stay (amounts, years, service phone numbers)."""

from __future__ import annotations

import pytest

from bot.privacy.recognizers.birth_date import BirthDateRecognizer
from bot.privacy.recognizers.dossier_reference import DossierReferenceRecognizer
from bot.privacy.recognizers.person_title import TitlePersonRecognizer
from tests.bot.privacy.conftest import Masked, found_by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference announced by a word, in groups separated by spaces or spaced dashes
        ("Recommandé n° 1A 178 445 2936 4 reçu hier", ["1A 178 445 2936 4"]),
        ("avis de contravention : n° 8741 2390 5512 0087", ["8741 2390 5512 0087"]),
        ("le récépissé porte le numéro 7502381946", ["7502381946"]),
        ("colis en instance n° 6A 145 872 993 10, avis du 12/03", ["6A 145 872 993 10"]),
        ("ma demande ANTS porte le numéro 21 06 77 40 213 et je suis né", ["21 06 77 40 213"]),
        ("référence 2024 - 03 - 18877 merci", ["2024 - 03 - 18877"]),
        # amounts, counts, years and phone numbers stay
        ("amende de 1 250 euros", []),
        ("dossier n° 12 345 678 euros", []),
        ("dossier n° 2023 2024 en cours", []),
        ("dossier du 12 - 03 - 2024 reçu", []),
        ("téléphone au numéro 0 809 401 401", []),
        ("dossier 12 mois plus tard", []),
    ],
)
def test_spaced_references(text: str, expected: list[str]) -> None:
    assert found_by(DossierReferenceRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nés le 03/09/1979 et le 21/12/1981 à Lyon", ["03/09/1979", "21/12/1981"]),
        ("nés le 1/2/1990, le 3/4/1992 et le 5/6/1994", ["1/2/1990", "3/4/1992", "5/6/1994"]),
        ("nées le 2 mai 1950 et le 7 juin 1952", ["2 mai 1950", "7 juin 1952"]),
        # a later year or an appointment is another fact
        ("née le 12/03/1980, en 2010 j'ai déménagé", ["12/03/1980"]),
        ("née le 12 mars 1980, rendez-vous le 14/05/2024", ["12 mars 1980"]),
    ],
)
def test_every_birth_date_of_a_list(text: str, expected: list[str]) -> None:
    assert found_by(BirthDateRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recommandé n° 1A 178 445 2936 4 reçu hier.", [("REFERENCE_DOSSIER", "1A 178 445 2936 4")]),
        ("Mes parents, nés le 03/09/1979 et le 21/12/1981, attendent.", [
            ("DATE_NAISSANCE", "03/09/1979"), ("DATE_NAISSANCE", "21/12/1981")
        ]),
        ("Aïssata , 25 ans, Montigny-le-Bretonneux (France)", [("PERSONNE", "Aïssata")]),
        ("Pour joindre le service : 0 809 401 401, amende de 1 250 euros.", []),
    ],
)  # fmt: skip
def test_through_the_engine(masked: Masked, text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


def test_a_title_in_apposition_announces_the_name(masked: Masked) -> None:
    text = "Lire aussi : Contrôleur SNCF, Diego fait bien plus que vérifier les billets"
    assert [text[start:end] for start, end in TitlePersonRecognizer().spans(text)] == ["Diego"]
    assert masked("la conseillère, Rose, m'a aidée") == [("PERSONNE", "Rose")]
    assert masked("le facteur, La Poste ne répond pas") == []
    assert masked("J'ai vu le conseiller, Paris était bloqué.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Provocation  délibérée de la part de la Police Municipale ? Règlement de compte ? Ils n’en sauront rien.",
        "la POLICE MUNICIPALE est venue, puis la Gendarmerie Nationale.",
    ],
)
def test_police_services_stay(masked: Masked, text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("acte demandé pour jérôme et mélanie, merci", [("PERSONNE", "jérôme"), ("PERSONNE", "mélanie")]),
        ("je suis venue avec karim hier", [("PERSONNE", "karim")]),
        # ambiguous first names and common words after « pour » stay
        ("pour marie et pierre", []),
        ("c'est pour rien et pour rose", []),
        ("merci pour tout et bonne journée", []),
        ("j'ai payé pour le loyer et avec la caf", []),
    ],
)
def test_lower_case_first_names_for_a_person(masked: Masked, text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected
