"""Table tests of the recognizers of addresses, dates of birth, references and names (rules only, no spaCy)."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from bot.privacy.allowlist import protected_spans
from bot.privacy.recognizers.address import AddressRecognizer
from bot.privacy.recognizers.birth_date import BirthDateRecognizer
from bot.privacy.recognizers.dossier_reference import DossierReferenceRecognizer
from bot.privacy.recognizers.person_civility import CivilityPersonRecognizer
from bot.privacy.recognizers.person_field import FieldPersonRecognizer
from bot.privacy.recognizers.person_lexicon import LexiconPersonRecognizer
from bot.privacy.recognizers.person_lowercase import LowercasePersonRecognizer
from bot.privacy.recognizers.person_relatives import RelativePersonRecognizer
from bot.privacy.recognizers.person_signature import SignaturePersonRecognizer
from tests.bot.privacy.conftest import found_by

CASES: list[tuple[type[EntityRecognizer], str, list[str]]] = [
    # Addresses: number, bis/ter, street type, name, optional postcode and town
    (AddressRecognizer, "J'habite 12 bis rue des Lilas 69003 Lyon depuis mai.", ["12 bis rue des Lilas 69003 Lyon"]),
    (AddressRecognizer, "au 4, allée Jean-Moulin, 44300 Nantes.", ["4, allée Jean-Moulin, 44300 Nantes"]),
    (AddressRecognizer, "envoyé au 135 quai du 8 mai 1945 et rien", ["135 quai du 8 mai 1945"]),
    (AddressRecognizer, "18 ter chemin du Moulin à Blagnac", ["18 ter chemin du Moulin"]),
    (AddressRecognizer, "Appt 12, 3 avenue Foch 75016 Paris CEDEX", ["Appt 12, 3 avenue Foch 75016 Paris CEDEX"]),
    (AddressRecognizer, "j'habite rue Victor Hugo", ["rue Victor Hugo"]),
    (AddressRecognizer, "la manifestation rue de la Paix", []),  # a street without number or context
    (AddressRecognizer, "j'ai 3 enfants et 2 chiens", []),
    # Dates of birth: only after « né(e) le », « date de naissance »
    (BirthDateRecognizer, "née le 3 mars 1985, rendez-vous le 12 avril 2024", ["3 mars 1985"]),
    (BirthDateRecognizer, "né le 1er juillet 1977", ["1er juillet 1977"]),
    (BirthDateRecognizer, "Date de naissance : 03/03/1985", ["03/03/1985"]),
    (BirthDateRecognizer, "nee le 12.03.41 a Lyon", ["12.03.41"]),
    (BirthDateRecognizer, "née à Oran le 1er juillet 1977", ["1er juillet 1977"]),
    (BirthDateRecognizer, "né(e) le 7/4/78", ["7/4/78"]),
    (BirthDateRecognizer, "né en 1962", ["1962"]),
    (BirthDateRecognizer, "courrier du 3 mars 1985", []),
    # References, right after the words that introduce them
    (DossierReferenceRecognizer, "dossier n° 2024-00123456 bloqué", ["2024-00123456"]),
    (DossierReferenceRecognizer, "Réf de la pré-demande : 2024ABCD1234.", ["2024ABCD1234"]),
    (DossierReferenceRecognizer, "Réclamation n° RCL-2025-004512", ["RCL-2025-004512"]),
    (DossierReferenceRecognizer, "Demande ANTS n° 21CA0458712.", ["21CA0458712"]),
    (DossierReferenceRecognizer, "ma demande du 12/03/2024", []),
    (DossierReferenceRecognizer, "dossier de 2024", []),
    (DossierReferenceRecognizer, "cerfa n° 12100*03", []),
    # Names after civilities (the civility stays), in any case, with particles and « épouse »
    (CivilityPersonRecognizer, "Mme DUPONT épouse MARTIN a écrit", ["DUPONT épouse MARTIN"]),
    (CivilityPersonRecognizer, "M. Le Goff et Madame de La Fontaine", ["Le Goff", "de La Fontaine"]),
    (CivilityPersonRecognizer, "je suis mr leroy damien", ["leroy damien"]),
    (CivilityPersonRecognizer, "Madame DA SILVA", ["DA SILVA"]),
    (CivilityPersonRecognizer, "votre agent, M. Paris, a été désagréable", ["Paris"]),
    (CivilityPersonRecognizer, "Madame, Monsieur, Monsieur le Maire", []),
    (CivilityPersonRecognizer, "pouvez-vous me rappeler", []),  # « me » is not « Me » (Maître)
    # Signatures after closing formulas
    (SignaturePersonRecognizer, "Cordialement,\nMarie Dupont", ["Marie Dupont"]),
    (SignaturePersonRecognizer, "Bien à vous,\nmarie-hélène rousseau", ["marie-hélène rousseau"]),
    (SignaturePersonRecognizer, "Cordialement\nJ. Morel", ["J. Morel"]),
    (SignaturePersonRecognizer, "cordialement kevin lefebvre", ["kevin lefebvre"]),
    (SignaturePersonRecognizer, "--\nde la fontaine aimé\ntél", ["de la fontaine aimé"]),
    (SignaturePersonRecognizer, "Cordialement,\nEnvoyé de mon iPhone 12", []),
    # Form fields and forwarded headers
    (FieldPersonRecognizer, "Nom : DUPONT Marie\nTél", ["DUPONT Marie"]),
    (FieldPersonRecognizer, "De : Jean-Baptiste N'Diaye <jb@free.fr>", ["Jean-Baptiste N'Diaye"]),
    # A known first name makes a name of its neighbour, in either order
    (LexiconPersonRecognizer, "DUPONT Marie a appelé", ["DUPONT Marie"]),
    (LexiconPersonRecognizer, "Jean-Pierre MARTIN et Lucas", ["Jean-Pierre MARTIN", "Lucas"]),
    (LexiconPersonRecognizer, "Virginie BARRE, VASSEUR Thibault", ["Virginie BARRE", "VASSEUR Thibault"]),
    (LexiconPersonRecognizer, "la mairie de Saint Denis et la CAF Marie", ["Marie"]),
    (LexiconPersonRecognizer, "Rose et Florence", []),  # also common words or towns
    # Lower-case names
    (LowercasePersonRecognizer, "je m'appelle kevin lefebvre jai appelé", ["kevin lefebvre"]),
    (LowercasePersonRecognizer, "bonjour je suis nath lefort", ["nath lefort"]),
    (LowercasePersonRecognizer, "je suis duhamel caroline.", ["duhamel caroline"]),
    (LowercasePersonRecognizer, "moi, le gall andré, usager mécontent", ["le gall andré"]),
    (LowercasePersonRecognizer, "je suis très en colère.", []),
    (LowercasePersonRecognizer, "je suis vraiment désespérée.", []),
    # Relatives
    (RelativePersonRecognizer, "mon fils Lucas attend", ["Lucas"]),
    (RelativePersonRecognizer, "mes enfants Enzo et Inès", ["Enzo", "Inès"]),
    (RelativePersonRecognizer, "ma femme sandrine et moi", ["sandrine"]),
    (RelativePersonRecognizer, "mon fils joséphine", ["joséphine"]),
    (RelativePersonRecognizer, "mon fils a 17 ans, ma fille doit venir", []),
]


@pytest.mark.parametrize(("recognizer", "text", "expected"), CASES)
def test_text_recognizers(recognizer: type[EntityRecognizer], text: str, expected: list[str]) -> None:
    assert sorted(set(found_by(recognizer(), text)), key=text.index) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la CAF du Rhône et la préfecture de Seine-Saint-Denis", ["CAF du Rhône", "préfecture de Seine-Saint-Denis"]),
        (
            "mairie de Saint-Étienne, CPAM de Châlons en Champagne",
            ["mairie de Saint-Étienne", "CPAM de Châlons en Champagne"],
        ),
        ("le 3949, le 39 60, le 0 806 000 245", ["3949", "39 60", "0 806 000 245"]),
        ("cerfa n° 12100*03 et 1 234,56 € et 35 euros", ["cerfa n° 12100*03", "1 234,56 €", "35 euros"]),
        ("sur impots.gouv.fr, France Travail, Ameli, ANTS", ["impots.gouv.fr", "France Travail", "Ameli", "ANTS"]),
        ("écrire à contact@caf.fr ou [PERSONNE_1]", ["contact@caf.fr", "[PERSONNE_1]"]),
        ("appelez le 06 12 34 35 83", []),  # a phone's last pairs are not a hotline
    ],
)
def test_public_words_are_protected(text: str, kept: list[str]) -> None:
    assert [text[start:end] for start, end in protected_spans(text)] == kept
