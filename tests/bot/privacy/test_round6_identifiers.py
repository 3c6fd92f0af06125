"""Round 6 of issue 13, identifiers failed closed: a long digit run or an upper-case letter-digit code is masked
whatever the words before it say, unless it is a date, a year, an amount, a count, a postcode or a service's
number; a France Travail identifier copied in digit groups. Inputs written for these tests (not taken from the
evaluation splits)."""

from __future__ import annotations

import pytest

from bot.privacy.recognizers.france_travail_id import FranceTravailIdRecognizer
from bot.privacy.recognizers.unannounced_number import UnannouncedNumberRecognizer
from tests.bot.privacy.conftest import Masked, found_by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bonjour voila c 8841207735 je reste joignable", ["8841207735"]),
        ("Je vous le redonne : 4418230", ["4418230"]),  # seven digits in a row, no word before them
        ("ils m'ont donné ça 66.4120.99.31 au guichet", ["66.4120.99.31"]),
        ("écrit sur le papier 2201-7745-913 hier", ["2201-7745-913"]),
        ("avec le code XPT4RW je n'arrive pas à me connecter", ["XPT4RW"]),
        ("la mienne c'est 7GHK2M2", ["7GHK2M2"]),
        ("mon compte WEB7712004 est bloqué", ["WEB7712004"]),  # letters then five digits or more
    ],
)
def test_unannounced_identifiers_are_masked(text: str, expected: list[str]) -> None:
    assert found_by(UnannouncedNumberRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rendez-vous le 14 03 2024 à 9h30, puis le 02/05/2024.",
        "Les années 2019 2020 2021 2022 ont été dures.",
        "Le département compte 1 250 000 habitants et 12.500.000.000 de dettes.",
        "Envoyez le dossier à CS 40041 ou CS40041, 80333 Longueau Cedex.",
        "Les codes postaux 75011 75012 75020 sont concernés.",
        "Depuis le COVID19, la RN165 et l'A380, rien ne va.",
        "Il a pris la 2CV, classe de CM2, le 10EME jour.",
        "Total : 1234567,50 sur le relevé.",
    ],
)
def test_dates_counts_postboxes_and_product_names_are_not_identifiers(text: str) -> None:
    assert found_by(UnannouncedNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon identifiant : 5 920 114 K, merci de vérifier.", ["5 920 114 K"]),
        ("inscrit sous le 592 01 14K depuis mars", ["592 01 14K"]),
    ],
)
def test_france_travail_identifier_in_digit_groups(text: str, expected: list[str]) -> None:
    assert found_by(FranceTravailIdRecognizer(), text) == expected


@pytest.mark.parametrize("text", ["Ils ont versé 1 250 000 F en 1990.", "Un budget de 2 000 000 d'euros."])
def test_francs_and_elided_words_are_no_france_travail_identifier(text: str) -> None:
    assert found_by(FranceTravailIdRecognizer(), text) == []


def test_the_engine_masks_an_unannounced_number_and_keeps_a_service_number(masked: Masked) -> None:
    text = "Appelez le 0 800 12 34 56 (gratuit). Mon numéro à moi, c 9102283341."
    assert masked(text) == [("REFERENCE_DOSSIER", "9102283341")]
