"""Round 7 of issue 13, by families: places named « Saint … », a witness's town, districts and zones, places listed
with their « de », a public body's mailbox, spaCy's names cut at line breaks, public figures by their surname,
and identifiers a possessive announces or a body's acronym opens. Inputs written for these tests (not taken from
the evaluation splits), through the whole engine."""

from __future__ import annotations

import pytest

from tests.bot.privacy.conftest import Masked


def _kept(masked: Masked, text: str, word: str) -> bool:
    return not any(word in value or value in word for _, value in masked(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Les enfants de Sainte Marie du Mont ont repris le car scolaire.", "Sainte Marie du Mont"),
        ("Témoignage de Karim de Roubaix, allocataire depuis 2019.", "Roubaix"),
        ("On habite le quartier Bellevue depuis dix ans.", "Bellevue"),
        ("L'agence de la zone industrielle de Kervidan est fermée le lundi.", "Kervidan"),
        ("Nous vivons au Havre depuis 2010.", "Havre"),
        ("Des habitants de Haute Rive, de Bois Joli et d'Anse Bleue ont manifesté.", "Bois Joli"),
        ("Écrivez à pref-accueil-etrangers@seine-saint-denis.gouv.fr pour un rendez-vous.", "pref-accueil-etrangers"),
        ("On m'a renvoyé vers l'adresse e-mail de la préfecture, sans suite.", "préfecture"),
    ],
)
def test_places_and_public_contacts_are_kept(masked: Masked, text: str, kept: str) -> None:
    assert _kept(masked, text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Léa Sainte Rose a investi 1 200 euros dans une citerne.", "Sainte Rose"),  # a surname that is a town's
        ("On se retrouve dans le quartier de Karim demain.", "Karim"),  # his district
        ("Charles de Gaulle l'avait promis.", "Gaulle"),
    ],
)
def test_names_that_look_like_places_stay_names(masked: Masked, text: str, name: str) -> None:
    assert any(name in value for label, value in masked(text) if label == "PERSONNE")


@pytest.mark.parametrize(
    "text",
    ["Mon conseiller marie.durand@francetravail.fr ne répond pas.", "J'ai écrit à j.martin@caf.fr sans réponse."],
)
def test_an_agents_mailbox_at_a_public_body_is_masked(masked: Masked, text: str) -> None:
    assert [label for label, _ in masked(text)] == ["EMAIL"]


def test_a_name_read_across_a_line_break_is_cut_at_it(masked: Masked) -> None:
    found = masked("Monsieur Jean Bertin\nFermeture de la poste de Rians")
    assert ("PERSONNE", "Jean Bertin") in found
    assert not any("Fermeture" in value for _, value in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sarkozy avait promis de simplifier les démarches.", "Sarkozy"),
        ("Depuis la circulaire Valls, rien n'a changé.", "Valls"),
        ("Darmanin a annoncé des moyens, on les attend.", "Darmanin"),
    ],
)
def test_a_politician_cited_by_surname_alone_is_masked(masked: Masked, text: str, name: str) -> None:
    assert ("PERSONNE", name) in masked(text)


def test_a_common_word_is_no_public_figure(masked: Masked) -> None:
    assert masked("Le sapin de la mairie est tombé.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mon numéro d'adhérent est 558 441, merci de vérifier.", "558 441"),
        ("Sa carte n° 0034 551 a expiré hier.", "0034 551"),
        ("Notre code client : 40 17 22.", "40 17 22"),
        ("Mon dossier : MDPH-75-2023-004512, toujours en attente.", "MDPH-75-2023-004512"),
        ("ma carte vitale 1 85 07 75 115 042 est perdue", "1 85 07 75 115 042"),
    ],
)
def test_identifiers_announced_by_a_possessive_or_spelling_their_body_are_masked(
    masked: Masked, text: str, value: str
) -> None:
    assert any(value == found for _, found in masked(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mon compte a été débité de 45 000 euros.",
        "Mon dossier date de 2019 et ma demande du 12/03/2021.",
        "Ma demande MDPH est en attente depuis 2023.",
    ],
)
def test_amounts_dates_and_bodies_after_a_possessive_stay(masked: Masked, text: str) -> None:
    assert masked(text) == []
