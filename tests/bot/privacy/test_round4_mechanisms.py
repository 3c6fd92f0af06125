"""Round 4 of issue 13, one mechanism per test, through the whole engine (real spaCy model) where it matters:
Unicode hyphens and apostrophes, other Latin letters, the towns gazetteer, compound titles, signatures in lower
case, a name's word in lower case, subjects that act, world first names weighed against word frequency, offices'
landlines, places named after someone, lower-case surnames beside a first name. Inputs written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from bot.privacy.allowlist import protected_spans
from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.lexicon import is_first_name, is_place
from bot.privacy.vault import Vault
from bot.privacy.word_spans import detection_form, read_words
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
    ("text", "expected"),
    [
        ("Monsieur le Garde-champêtre passe rarement dans la rue.", []),
        ("Madame la Commissaire-enquêtrice a rendu son avis.", []),
        ("Monsieur le Lieutenant nous a reçus.", []),
        ("Monsieur Le Goff nous a reçus.", ["Le Goff"]),
    ],
)
def test_compound_titles_after_a_civility_are_no_name(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je n'ai rien reçu depuis mars. merci. marie", ["marie"]),
        ("Dossier toujours bloqué. bien à vous, amandine", ["amandine"]),
        ("Ça fait 3 mois que j'attends ! signé sophie l., allocataire caf 75", ["sophie"]),
        ("Le service était fermé. cordialement, gwendal p.", ["gwendal"]),
        ("Je remercie la conseillère. samia b.", ["samia b"]),
        ("Trois heures d'attente au guichet. Paul Riou, Quimperlé", ["Paul Riou"]),  # the town stays
        ("Merci. Depuis trois mois rien ne bouge.", []),
    ],
)
def test_signatures_after_a_sentence_in_any_case(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


def test_a_name_written_again_in_lower_case_is_masked_unless_a_common_word(masked: Masked) -> None:
    text = "« Personne ne répond », explique Karim, un usager. karim, 06 12 40 55 19, habitant du quartier."
    assert _names(masked, text) == ["Karim", "karim"]
    assert _names(masked, "Marie Petit attend. Un petit retard, dit-elle.") == ["Marie Petit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kourtel perçoit seulement la moitié de sa pension.", ["Kourtel"]),  # unknown word, acting
        ("Rose a appelé la CAF trois fois.", ["Rose"]),  # ambiguous first name, acting
        ("La Rose a reçu un prix au concours.", []),  # a determiner: a thing
        ("Avril a été un mois difficile.", []),  # a month
        ("Parcoursup a planté hier soir.", []),
        ("Toulouse a fermé son agence.", []),
    ],
)
def test_a_subject_that_acts_is_a_person(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


def test_frequent_world_first_names_are_known_even_when_also_frequent_words() -> None:
    """scripts/derive_first_names.py weighs a name's frequency against the word's: frequent names that are no
    French word stay (« Diego », Zipf 4.0), French words (or their forms) frequent as names do not."""
    world = read_words("prenoms_monde")
    assert {"diego", "carlos", "mohamed", "juan"} <= world
    assert not {"roman", "manuel", "van", "duc", "lois"} & world
    assert all(is_first_name(name) for name in ("Diego", "Carlos", "Mohamed", "Juan"))


def test_a_first_name_that_is_frequent_as_a_word_is_still_a_name_after_a_title(masked: Masked) -> None:
    assert _names(masked, "Contrôleur RATP, Diego fait bien plus que vérifier les billets.") == ["Diego"]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je vous écris parce que quiniou marie-claude n'a pas reçu sa pension", ["quiniou marie-claude"]),
        ("l'agent rose kerhervé m'a raccroché au nez", ["rose kerhervé"]),
        ("moi, quiniou lucy, usager mécontent", ["quiniou lucy"]),
        ("merci à nolwenn de la caf pour son aide", ["nolwenn"]),
        ("la rose blanche a fané, nino et hana aussi", []),  # rare world names in lower case: words
    ],
)
def test_lower_case_names_beside_a_surname_or_introduced(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posté par maximeR le 12/03 : la caf de Nantes c'est l'enfer", ["maximeR"]),
        ("@Jordan76 tu as raison, la CAF ne répond jamais.", ["@Jordan76"]),
        ("Réponse de Sophie75 sur le forum.", ["Sophie75"]),
        ("écrivez-moi à marie75@gmail.com", []),  # an address: the email recognizer's
        ("Paris2024 et le formulaire CERFA12", []),  # no first name before the tag
    ],
)
def test_pseudonyms_of_forums(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Témoignage de Fatoumata, 52 ans, aide-soignante à Bobigny.", ["Fatoumata"]),
        ("Lettre de Gwenola Riou au maire.", ["Gwenola Riou"]),
    ],
)
def test_a_head_word_before_de_is_not_part_of_the_name(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jean-Pierre M., retraité, raconte son combat.", ["Jean-Pierre"]),  # « M. » is an initial here
        ("Interrogé, Thomas Peyrat, porte-parole du collectif, confirme.", ["Thomas Peyrat"]),
        ("M. Dupont et Mme Vidal sont venus.", ["Dupont", "Vidal"]),
    ],
)
def test_an_initial_is_no_civility_and_a_participle_no_listed_name(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


def test_an_address_with_its_building_and_flat_before_the_postcode(masked: Masked) -> None:
    text = "Résidence les Glycines, bâtiment C, appartement 7, 35000 Rennes"
    assert masked(text) == [("ADRESSE", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bonjour à tous, ici seb du 35, même galère avec la caf", ["seb"]),
        ("merci flo pour l'info !!", ["flo"]),
        ("moi aussi (steph, 44 ans) j'attends depuis 4 mois", ["steph"]),
        ("j'ai eu au tel une certaine sandrine, pas aimable", ["sandrine"]),
        ("Re: radiation - par titi_du_92", ["titi_du_92"]),
        ("voir le fichier releve_mars.pdf en pièce jointe", []),
        ("merci beaucoup pour votre aide", []),
    ],
)
def test_forum_first_names_nicknames_and_user_names(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'est GARNIER Marcel-Yves qui écrit ; c'est n'importe quoi.", ["GARNIER Marcel-Yves"]),
        ("L'affaire a été débattue devant Madame Odile FERRAND.", ["Odile FERRAND"]),
        ("Mme N'Diaye a appelé.", ["N'Diaye"]),
    ],
)
def test_an_elided_common_word_is_no_name_word(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Rien ne bouge », raconte Claire, mère de trois enfants.", ["Claire"]),  # ambiguous, speaking
        ("Prudence, 41 ans, élève seule ses enfants.", ["Prudence"]),  # ambiguous, with an age
        ("Kourtel dénonce une injustice.", ["Kourtel"]),
        ("La France a décidé, dit le ministre. Rose des vents.", []),
    ],
)
def test_an_ambiguous_or_unknown_name_that_speaks_acts_or_has_an_age(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


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
        ("Kourtelina*, mère isolée, témoigne. *Le prénom a été changé.", ["Kourtelina"]),
        ("Yzaline, une habitante du quartier, n'a rien reçu.", ["Yzaline"]),
        ("Les Kervella ont reçu un courrier ; chez les Tanguy aussi.", ["Kervella", "Tanguy"]),
        ("Les Bretons ont reçu un courrier.", []),  # a plural, no family
        ("Lorient, ancienne ville de la Compagnie des Indes.", []),
    ],
)
def test_a_person_noun_in_apposition_a_changed_first_name_or_a_family(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


def test_a_territory_after_dans_les_is_no_family_nor_person(masked: Masked) -> None:
    text = "Réfugiée chez un ami dans les Landes, la mère de famille a écrit à la CAF, dans les Hauts-de-Seine."
    assert _names(masked, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le conseiller jérôme m'a dit de revenir", ["jérôme"]),
        ("la secrétaire, sandrine je crois, m'a raccroché au nez", ["sandrine"]),
        ("Le monsieur du guichet 4 (Bertrand ?) m'a envoyé balader.", ["Bertrand"]),
    ],
)
def test_lower_case_first_names_after_a_job_and_where_after_a_civility(
    masked: Masked, text: str, expected: list[str]
) -> None:
    assert _names(masked, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Quimperlé, une habitante raconte.", "Quimperlé a fermé son agence.", "Vitam, membre du réseau, a fermé."],
)
def test_a_town_or_a_thing_in_apposition_or_acting_is_no_person(masked: Masked, text: str) -> None:
    assert _names(masked, text) == []


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MON FILS KEVIN N'A TOUJOURS PAS SA BOURSE.", ["KEVIN"]),
        ("MERCI A LA CONSEILLERE SANDRINE POUR SON AIDE", ["SANDRINE"]),
        ("Dossier de DUPONT Marie, transmis par la CAF.", ["DUPONT Marie"]),
    ],
)
def test_a_text_in_capitals_keeps_titles_and_relatives_out_of_names(
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
        ("j'ai rappelé et nadia m'a dit que c'était bon", ["nadia"]),
        ("hier kevin a appelé la caf pour moi", ["kevin"]),
        ("Pascale m'a reçue très gentiment.", ["Pascale"]),
        ("la personne m'a dit de revenir ; le pierre m'a blessé", []),
    ],
)
def test_a_lower_case_first_name_that_acts(masked: Masked, text: str, expected: list[str]) -> None:
    assert _names(masked, text) == expected


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
