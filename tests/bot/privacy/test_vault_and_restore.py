"""The vault (placeholders, encryption at rest) and restore() (placeholders back to values in a draft)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from bot.privacy.restore import restore
from bot.privacy.vault import Vault, VaultCipher, VaultExpired

# --- Vault -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "Jean-Pierre Dupont",
        "jean-pierre dupont",
        "JEAN PIERRE DUPONT",
        "  Jean  Pierre   Dupont ",
        "Jean.Pierre.Dupont",
    ],
)
def test_same_value_in_another_spelling_gets_the_same_placeholder(variant: str) -> None:
    """Case, spaces, dots and dashes do not make a new person."""
    vault = Vault()
    first = vault.placeholder_for("PERSONNE", "Jean-Pierre Dupont")

    assert vault.placeholder_for("PERSONNE", variant) == first == "[PERSONNE_1]"
    assert len(vault) == 1
    assert vault.value_of("[PERSONNE_1]") == "Jean-Pierre Dupont"


def test_different_values_get_the_next_number() -> None:
    """A new value of a label gets _1, _2, … and a known one keeps its number."""
    vault = Vault()

    assert vault.placeholder_for("PERSONNE", "Jean Dupont") == "[PERSONNE_1]"
    assert vault.placeholder_for("PERSONNE", "Marie Curie") == "[PERSONNE_2]"
    assert vault.placeholder_for("PERSONNE", "jean dupont") == "[PERSONNE_1]"
    assert vault.placeholder_for("PERSONNE", "Paul Martin") == "[PERSONNE_3]"
    assert len(vault) == 3
    assert vault.value_of("[PERSONNE_2]") == "Marie Curie"
    assert vault.value_of("[PERSONNE_4]") is None


def test_counters_are_independent_per_label() -> None:
    """Each label counts on its own, underscores in labels included."""
    vault = Vault()

    assert vault.placeholder_for("PERSONNE", "Jean Dupont") == "[PERSONNE_1]"
    assert vault.placeholder_for("TELEPHONE", "06 12 34 56 78") == "[TELEPHONE_1]"
    assert vault.placeholder_for("NUMERO_ALLOCATAIRE", "1234567") == "[NUMERO_ALLOCATAIRE_1]"
    assert vault.placeholder_for("PERSONNE", "Marie Curie") == "[PERSONNE_2]"
    assert vault.placeholder_for("TELEPHONE", "01 23 45 67 89") == "[TELEPHONE_2]"
    assert vault.placeholder_for("NUMERO_ALLOCATAIRE", "7654321") == "[NUMERO_ALLOCATAIRE_2]"


def test_same_value_under_two_labels_gets_two_placeholders() -> None:
    """A value is looked up per label: the same text as a name and as something else is two entries."""
    vault = Vault()

    assert vault.placeholder_for("PERSONNE", "Martin") == "[PERSONNE_1]"
    assert vault.placeholder_for("ADRESSE", "Martin") == "[ADRESSE_1]"
    assert len(vault) == 2


def test_json_round_trip_keeps_numbering() -> None:
    """A reloaded vault knows its values (in any spelling) and continues each label's numbering."""
    vault = Vault()
    vault.placeholder_for("PERSONNE", "Jean Dupont")
    vault.placeholder_for("PERSONNE", "Marie Curie")
    vault.placeholder_for("TELEPHONE", "06 12 34 56 78")

    reloaded = Vault.from_json(vault.to_json())

    assert len(reloaded) == 3
    assert reloaded.value_of("[PERSONNE_2]") == "Marie Curie"
    assert reloaded.placeholder_for("PERSONNE", "MARIE-CURIE") == "[PERSONNE_2]"
    assert reloaded.placeholder_for("TELEPHONE", "06.12.34.56.78") == "[TELEPHONE_1]"
    assert reloaded.placeholder_for("PERSONNE", "Paul Martin") == "[PERSONNE_3]"
    assert reloaded.placeholder_for("TELEPHONE", "07 00 00 00 00") == "[TELEPHONE_2]"
    assert reloaded.placeholder_for("COURRIEL", "a@b.fr") == "[COURRIEL_1]"


def test_json_keeps_non_ascii_values() -> None:
    """Accents survive the round trip."""
    vault = Vault()
    vault.placeholder_for("PERSONNE", "Élodie Lefèvre-Ñúñez")

    assert Vault.from_json(vault.to_json()).value_of("[PERSONNE_1]") == "Élodie Lefèvre-Ñúñez"


# --- VaultCipher -------------------------------------------------------------------------------------------------


def _filled_vault() -> Vault:
    vault = Vault()
    vault.placeholder_for("PERSONNE", "Jean Dupont")
    vault.placeholder_for("TELEPHONE", "06 12 34 56 78")
    vault.placeholder_for("COURRIEL", "jean.dupont@example.fr")
    return vault


def test_cipher_round_trip() -> None:
    """What is sealed opens back into the same mapping."""
    cipher = VaultCipher(VaultCipher.generate_key())
    vault = _filled_vault()

    opened = cipher.open(cipher.seal(vault))

    assert opened.to_json() == vault.to_json()
    assert opened.placeholder_for("PERSONNE", "jean dupont") == "[PERSONNE_1]"


def test_sealed_bytes_hold_no_value_in_clear() -> None:
    """The store only ever sees ciphertext."""
    sealed = VaultCipher(VaultCipher.generate_key()).seal(_filled_vault())

    for value in ("Jean Dupont", "Dupont", "06 12 34 56 78", "jean.dupont@example.fr", "PERSONNE"):
        assert value.encode() not in sealed


def test_opening_with_another_key_raises_vault_expired() -> None:
    """A changed key makes the vault unreadable, reported as expired."""
    sealed = VaultCipher(VaultCipher.generate_key()).seal(_filled_vault())

    with pytest.raises(VaultExpired):
        VaultCipher(VaultCipher.generate_key()).open(sealed)


def test_opening_tampered_bytes_raises_vault_expired() -> None:
    """A corrupted vault is refused too."""
    cipher = VaultCipher(VaultCipher.generate_key())
    sealed = bytearray(cipher.seal(_filled_vault()))
    sealed[-5] ^= 0x01

    with pytest.raises(VaultExpired):
        cipher.open(bytes(sealed))


# --- restore -----------------------------------------------------------------------------------------------------


def _vault(*entries: tuple[str, str]) -> Vault:
    """A vault filled with (label, value) pairs in order."""
    vault = Vault()
    for label, value in entries:
        vault.placeholder_for(label, value)
    return vault


def test_restore_exact_placeholders() -> None:
    """Every known placeholder is replaced by its value."""
    vault = _vault(("PERSONNE", "Jean Dupont"), ("TELEPHONE", "06 12 34 56 78"))

    result = restore("Bonjour [PERSONNE_1], nous vous rappellerons au [TELEPHONE_1]. [PERSONNE_1] ?", vault)

    assert result.text == "Bonjour Jean Dupont, nous vous rappellerons au 06 12 34 56 78. Jean Dupont ?"
    assert result.invented == ()


@pytest.mark.parametrize("variant", ["[Personne_1]", "[personne_1]", "[PERSONNE 1]", "[ PERSONNE_1 ]", "PERSONNE_1"])
def test_restore_tolerates_the_models_variants(variant: str) -> None:
    """Small variations the model makes on a placeholder are still restored."""
    vault = _vault(("PERSONNE", "Jean Dupont"))

    result = restore(f"Bonjour {variant}, merci.", vault)

    assert result.text == "Bonjour Jean Dupont, merci."
    assert result.invented == ()


def test_restore_keeps_and_reports_invented_placeholders() -> None:
    """A placeholder the conversation never had stays as written and is reported once."""
    vault = _vault(("PERSONNE", "Jean Dupont"))

    result = restore("[PERSONNE_1] et [PERSONNE_9], encore [PERSONNE_9].", vault)

    assert result.text == "Jean Dupont et [PERSONNE_9], encore [PERSONNE_9]."
    assert result.invented == ("[PERSONNE_9]",)


@pytest.mark.parametrize(
    "value",
    [r"\1", r"\g<0>", r"\g<1>", "$1", "$&", "[a-z]+", r"\\", r"a\nb", r"(.*)", "O'Brien \\0 $ ^ | ? * + { }"],
)
def test_restore_inserts_values_literally(value: str) -> None:
    """A value is never read as a regex replacement template (the LLM Guard trap)."""
    vault = _vault(("PERSONNE", value))

    result = restore("Bonjour [PERSONNE_1], merci [Personne_1].", vault)

    assert result.text == f"Bonjour {value}, merci {value}."
    assert result.invented == ()


def test_restore_gives_each_person_their_own_value() -> None:
    """[PERSONNE_1] never gets [PERSONNE_2]'s value, in either order, bracketed or bare."""
    vault = _vault(("PERSONNE", "Alice Martin"), ("PERSONNE", "Bob Durand"))

    result = restore("[PERSONNE_2] a écrit à [PERSONNE_1] ; PERSONNE_1 répond à PERSONNE_2.", vault)

    assert result.text == "Bob Durand a écrit à Alice Martin ; Alice Martin répond à Bob Durand."
    assert result.invented == ()


def test_restore_does_not_confuse_one_and_ten() -> None:
    """[PERSONNE_1] is not a prefix match of [PERSONNE_10]."""
    vault = _vault(*(("PERSONNE", f"Personne numéro {i}") for i in range(1, 11)))

    result = restore("[PERSONNE_10], [PERSONNE_1], PERSONNE_10, PERSONNE_1", vault)

    assert result.text == "Personne numéro 10, Personne numéro 1, Personne numéro 10, Personne numéro 1"


def test_restore_never_rescans_an_inserted_value() -> None:
    """A value is inserted once and for all: text inside it that looks like a placeholder stays as it is."""
    vault = _vault(("PERSONNE", "Agent TELEPHONE_1"), ("TELEPHONE", "06 12 34 56 78"))

    result = restore("Bonjour [PERSONNE_1].", vault)

    assert result.text == "Bonjour Agent TELEPHONE_1."


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour votre avis sur la CAF et la CPAM.",
        "Votre dossier COVID_19 est suivi [sous 8 jours].",
        "",
        "Réponse : [ ] [_1] [1] PERSONNE_ personne_1",
    ],
)
def test_restore_leaves_text_without_placeholders_unchanged(text: str) -> None:
    """No placeholder, no change, nothing reported."""
    vault = _vault(("PERSONNE", "Jean Dupont"))

    result = restore(text, vault)

    assert result.text == text
    assert result.invented == ()


# --- property ----------------------------------------------------------------------------------------------------

_VALUES = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="[]"), min_size=1, max_size=30
)
_ENTRIES = st.lists(st.tuples(st.sampled_from(["PERSONNE", "TELEPHONE"]), _VALUES), min_size=1, max_size=10).filter(
    lambda entries: all(sum(1 for label, _ in entries if label == wanted) <= 5 for wanted in ("PERSONNE", "TELEPHONE"))
)
_FILLER = st.lists(
    st.sampled_from(["Bonjour", "merci", "pour", "votre", "avis", ",", ".", "au", "et", "de", "Madame", "CAF", ""]),
    max_size=3,
)


@settings(max_examples=200, deadline=None)
@given(entries=_ENTRIES, fillers=st.data())
def test_restore_leaves_no_known_placeholder(entries: list[tuple[str, str]], fillers: st.DataObject) -> None:
    """Whatever the values, a text of the vault's placeholders comes back with every one restored, none invented."""
    vault = Vault()
    placeholders = [vault.placeholder_for(label, value) for label, value in entries]
    parts: list[str] = []
    expected: list[str] = []
    for placeholder in placeholders:
        words = fillers.draw(_FILLER)
        parts += [*words, placeholder]
        value = vault.value_of(placeholder)
        assert value is not None
        expected += [*words, value]
    trailing = fillers.draw(_FILLER)
    parts += trailing
    expected += trailing

    result = restore(" ".join(parts), vault)

    for placeholder in set(placeholders):
        assert placeholder not in result.text
    assert result.invented == ()
    assert result.text == " ".join(expected)
