"""Round 4 of issue 13, text forms and places: Unicode hyphens, apostrophes, spaces, invisible characters and
decomposed accents read through; towns, departments, stations and places named after someone kept; offices'
landlines; addresses, e-mails, phones and references written the citizen's way. Inputs written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from bot.privacy.allowlist import protected_spans
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.lexicon import is_place
from bot.privacy.vault import Vault
from bot.privacy.word_spans import detection_form
from tests.bot.privacy.conftest import Masked


def _names(masked: Masked, text: str) -> list[str]:
    return [value for label, value in masked(text) if label == "PERSONNE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anne\u2011Sophie", "Anne-Sophie"),  # non-breaking hyphen
        ("Jean\u2010Noël", "Jean-Noël"),  # hyphen
        ("Marie\u2013Claire", "Marie-Claire"),  # en dash inside a word
        ("N\u02bcDiaye", "N'Diaye"),  # modifier letter apostrophe
        ("Lyon \u2013 Paris", "Lyon \u2013 Paris"),  # a spaced dash separates, it stays
        ("l\u2018Olive", "l'Olive"),
    ],
)
def test_detection_form_is_one_character_for_one(text: str, expected: str) -> None:
    assert detection_form(text) == expected
    assert len(detection_form(text)) == len(text)


def test_names_with_unicode_hyphens_and_apostrophes_are_masked_as_written(masked: Masked) -> None:
    text = "Suivi par Anne\u2011Sophie Carpentier et Jean\u2013Baptiste Rolland, puis par Mme N\u02bcGuessan."
    assert _names(masked, text) == ["Anne\u2011Sophie Carpentier", "Jean\u2013Baptiste Rolland", "N\u02bcGuessan"]


def test_names_in_other_latin_letters_are_whole_words(masked: Masked) -> None:
    text = "L'agent Łukasz Kowalczyk m'a reçu, puis Ștefan Popescu."
    assert _names(masked, text) == ["Łukasz Kowalczyk", "Ștefan Popescu"]


def test_the_gazetteer_knows_small_towns_and_not_surnames() -> None:
    assert is_place("Samer") and is_place("pont-croix") and is_place("Saint-Germain-en-Laye")
    assert not is_place("Dupont") and not is_place("Lefebvre")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Une habitante de Samer a écrit.", ["Samer"]),
        ("Je suis allée à Pont-Croix hier.", ["Pont-Croix"]),
        ("Pont-Croix, le 3 mars 2024", ["Pont-Croix"]),
        ("J'ai écrit à Martine hier.", []),  # a first name usual in France: a person
        ("J'ai écrit à Fontaine Paul hier.", []),  # a surname before its first name
    ],
)
def test_towns_after_a_word_of_place_are_kept(text: str, kept: list[str]) -> None:
    assert [text[start:end] for start, end in protected_spans(text)] == kept


def test_a_town_after_a_word_of_place_is_not_a_person(masked: Masked) -> None:
    text = "Je suis allée à Samer pour voir Lucie Garnier, une habitante de Pont-Croix."
    assert _names(masked, text) == ["Lucie Garnier"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Il faut appeler le bureau des amendes. Le voici : 04 91 22 33 10.", True),
        ("J'ai appelé le bureau des amendes au 04 91 22 33 10.", False),  # the writer speaks: fail closed
        ("Le service ne répond pas. Mon fixe : 04 91 22 33 10.", False),
        ("Le service est fermé.\n04 91 22 33 10", False),  # a number opening a line: a signature
        ("Le standard du service : 06 91 22 33 10.", False),  # a mobile is a person's
    ],
)
def test_an_office_landline_is_kept_only_without_the_writer_around_it(text: str, kept: bool) -> None:
    number = next(part for part in (text[i : i + 14] for i in range(len(text))) if part[:2] in ("04", "06"))
    assert (number in [text[start:end] for start, end in protected_spans(text)]) is kept


def test_places_named_after_someone_are_kept(masked: Masked) -> None:
    text = "Ma fille est à l'école Jean Moulin, mon fils au lycée Condorcet ; Léa Garnier descend station Capitole."
    assert _names(masked, text) == ["Léa Garnier"]
    assert _names(masked, "À la piscine Karim m'a dit que c'était fermé.") == ["Karim"]


def test_an_address_with_its_building_and_flat_before_the_postcode(masked: Masked) -> None:
    text = "Résidence les Glycines, bâtiment C, appartement 7, 35000 Rennes"
    assert masked(text) == [("ADRESSE", text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("le Préfet de la Marne a répondu", ["Marne"]),
        ("un éleveur dans le Maine-et-Loire", ["Maine-et-Loire"]),
        ("sur le plateau de Saclay", ["Saclay"]),
        ("la CAF du Finistère", ["CAF du Finistère"]),  # an office with its place, as before
        ("le dossier de la Lefebvre", []),  # no department
    ],
)
def test_departments_and_regions_after_a_preposition_are_kept(text: str, kept: list[str]) -> None:
    assert [text[start:end] for start, end in protected_spans(text)] == kept


def test_decomposed_accents_stay_inside_their_word(masked: Masked) -> None:
    text = unicodedata.normalize("NFD", "Je suis Hélène Léger, merci à Éloïse.")
    assert _names(masked, text) == [
        unicodedata.normalize("NFD", "Hélène Léger"),
        unicodedata.normalize("NFD", "Éloïse"),
    ]


def test_invisible_characters_and_unicode_spaces_are_read_through(masked: Masked) -> None:
    text = "Bonjour, je suis Ma\u00adrie Du\u200bpont et Lucie\u202fGarnier m'a aidée pour 1\u202f250\u00a0€."
    assert _names(masked, text) == ["Ma\u00adrie Du\u200bpont", "Lucie\u202fGarnier"]
    assert detection_form("Lucie\u202fGarnier\u00a0!") == "Lucie Garnier !"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marengo – Jean Jaurès – Capitole. Il est plutôt sympa ce métro.", []),
        ("Ligne A : Balma-Gramont > Jolimont > Marengo, puis correspondance.", []),
        (
            "Sont venus : Paul Riou – Anne Tallec – Marc Guillou, pour la réunion.",
            ["Paul Riou", "Anne Tallec", "Marc Guillou"],
        ),
    ],
)
def test_stops_of_an_itinerary_are_kept_near_a_word_of_transport(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


def test_one_name_under_two_hyphens_keeps_one_placeholder(pseudonymiser: PresidioPseudonymiser) -> None:
    vault = Vault()
    first = pseudonymiser.pseudonymise("Mon dossier est suivi par Rose\u2010Marie Tallec.", vault)
    second = pseudonymiser.pseudonymise("Répondez à Rose-Marie Tallec avec politesse.", vault)
    assert "[PERSONNE_1]" in first.text and "[PERSONNE_1]" in second.text and "Tallec" not in second.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("écrivez-moi : marie.dupont (at) gmail.com", [("EMAIL", "marie.dupont (at) gmail.com")]),
        (
            "contact : jean point martin arobase laposte point net",
            [("EMAIL", "jean point martin arobase laposte point net")],
        ),
        ("mon numéro : 6 12 34 56 78", [("TELEPHONE", "6 12 34 56 78")]),  # the 0 forgotten
        ("il reste 6 12 34 56 78 cartons", []),  # no word of phone: no number
    ],
)
def test_written_out_emails_and_a_phone_without_its_zero(
    masked: Masked, text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


def test_a_reference_announced_through_elided_words(masked: Masked) -> None:
    text = "la référence de l'avis d'impôt 24 75 A123456 78 est fausse"
    assert masked(text) == [("REFERENCE_DOSSIER", "24 75 A123456 78")]
