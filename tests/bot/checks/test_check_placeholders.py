"""Hard checks: placeholders left or invented, personal data in a public reply, and the publishable version."""

from __future__ import annotations

from bot.checks import Kind, Requirements, Severity, check_draft, publishable_version

VAULT = frozenset({"[PERSONNE_1]", "[NUMERO_ALLOCATAIRE_1]", "[EMAIL_1]"})
BODY = (
    "Merci d'avoir pris le temps de nous écrire au sujet de votre passage à l'accueil. Nous avons transmis votre "
    "message à l'équipe, qui en tiendra compte dans l'organisation des rendez-vous."
)

NONE = Requirements()


def kinds(draft: str, requirements: Requirements = NONE, vault: frozenset[str] = VAULT) -> list[Kind]:
    return [finding.kind for finding in check_draft(draft, "avis", "", vault, requirements)]


def test_an_invented_placeholder_is_a_hard_finding_with_its_span() -> None:
    draft = f"Bonjour,\n\n{BODY} Nous avons prévenu [PERSONNE_2]."

    [finding] = check_draft(draft, "avis", "", VAULT, Requirements())

    assert finding.kind is Kind.PLACEHOLDER and finding.severity is Severity.HARD
    assert draft[finding.start : finding.end] == "[PERSONNE_2]" and "\n" not in finding.message


def test_a_placeholder_of_the_conversation_is_not_invented_even_written_loosely() -> None:
    assert kinds(f"Bonjour [PERSONNE_1],\n\n{BODY} Votre numéro [Numero allocataire 1] est noté.") == []


def test_a_gap_left_to_fill_is_a_hard_finding() -> None:
    for gap in ("[Nom du conseiller]", "<prénom>", "XXX", "à compléter"):
        assert kinds(f"Bonjour,\n\n{BODY} Votre contact : {gap}.") == [Kind.PLACEHOLDER], gap


def test_personal_data_is_a_hard_finding_only_when_replies_are_public() -> None:
    draft = f"Bonjour [PERSONNE_1],\n\n{BODY} Votre numéro d'allocataire [NUMERO_ALLOCATAIRE_1] est à jour."

    assert kinds(draft, Requirements(public_replies=True)) == [Kind.PERSONAL_DATA, Kind.PERSONAL_DATA]
    assert kinds(draft, Requirements(public_replies=False)) == []


def test_the_publishable_version_has_neutral_forms_and_passes_the_checks() -> None:
    draft = (
        f"Bonjour [PERSONNE_1],\n\n{BODY} Votre numéro d'allocataire [NUMERO_ALLOCATAIRE_1] est à jour, "
        "et nous vous écrirons à [EMAIL_1]."
    )

    public = publishable_version(draft, VAULT)

    assert public.startswith("Bonjour Madame, Monsieur,\n\n")
    assert "Votre numéro d'allocataire est à jour" in public
    assert "nous vous écrirons à votre adresse électronique." in public
    assert kinds(public, Requirements(public_replies=True)) == []


def test_the_publishable_version_replaces_a_civility_and_name_and_keeps_unknown_placeholders() -> None:
    public = publishable_version(f"Madame [PERSONNE_1],\n\n{BODY} Voir [PERSONNE_9].", VAULT)

    assert public.startswith("Madame, Monsieur,\n\n") and public.endswith("Voir [PERSONNE_9].")


def test_links_are_not_gaps() -> None:
    links = "Voir [la page des démarches](https://www.service-public.fr) ou <https://www.caf.fr|le site de la CAF>."

    assert kinds(f"Bonjour,\n\n{BODY} {links}") == []
