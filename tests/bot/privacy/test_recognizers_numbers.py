"""Table tests of the number recognizers: valid, invalid checksum (kept only with context), spellings, near misses."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from bot.privacy.recognizers.caf_number import CafNumberRecognizer
from bot.privacy.recognizers.credit_card import CreditCardRecognizer
from bot.privacy.recognizers.email import EmailRecognizer
from bot.privacy.recognizers.fiscal_number import FiscalNumberRecognizer
from bot.privacy.recognizers.france_travail_id import FranceTravailIdRecognizer
from bot.privacy.recognizers.iban import IbanRecognizer
from bot.privacy.recognizers.id_card import IdCardRecognizer
from bot.privacy.recognizers.nir import NirRecognizer
from bot.privacy.recognizers.passport import PassportRecognizer
from bot.privacy.recognizers.phone_fr import FrenchPhoneRecognizer
from bot.privacy.recognizers.plate_fni import FniPlateRecognizer
from bot.privacy.recognizers.plate_siv import SivPlateRecognizer
from bot.privacy.recognizers.rib import RibRecognizer
from tests.bot.privacy.conftest import found_by

CASES: list[tuple[type[EntityRecognizer], str, list[str]]] = [
    # NIR: valid key anywhere, spaced or not, Corsica; wrong key only near « sécurité sociale »
    (NirRecognizer, "Voici le 185037512345641 pour info", ["185037512345641"]),
    (NirRecognizer, "numéro 1 85 03 75 123 456 41.", ["1 85 03 75 123 456 41"]),
    (NirRecognizer, "NIR 1.85.03.75.123.456.41", ["1.85.03.75.123.456.41"]),
    (NirRecognizer, "corse : 2 84 05 2A 004 123 55", ["2 84 05 2A 004 123 55"]),
    (NirRecognizer, "haute-corse 1 78 11 2B 108 042 05", ["1 78 11 2B 108 042 05"]),
    (NirRecognizer, "le 1 85 03 75 123 456 42 ne marche pas", []),
    (NirRecognizer, "voici le 1 85 03 75 123 400 97 pour info", ["1 85 03 75 123 400 97"]),  # key 97: n mod 97 = 0
    (NirRecognizer, "voici le 1 85 03 75 123 400 00 pour info", []),  # 00 is never a key
    (NirRecognizer, "mon n° de sécurité sociale : 1 85 03 75 123 456 42", ["1 85 03 75 123 456 42"]),
    (NirRecognizer, "1850375123456419", []),  # part of a longer number
    (NirRecognizer, "commande 9850375123456 41", []),  # first digit cannot start a NIR
    # Phones: French formats, international, not service numbers nor hotlines
    (FrenchPhoneRecognizer, "au 06 12 34 56 78.", ["06 12 34 56 78"]),
    (FrenchPhoneRecognizer, "au 0612345678", ["0612345678"]),
    (FrenchPhoneRecognizer, "au 06.12.34.56.78", ["06.12.34.56.78"]),
    (FrenchPhoneRecognizer, "au 06-12-34-56-78", ["06-12-34-56-78"]),
    (FrenchPhoneRecognizer, "au +33 6 12 34 56 78", ["+33 6 12 34 56 78"]),
    (FrenchPhoneRecognizer, "au +33 (0)6 12 34 56 78", ["+33 (0)6 12 34 56 78"]),
    (FrenchPhoneRecognizer, "au 0033 6 12 34 56 78", ["0033 6 12 34 56 78"]),
    (FrenchPhoneRecognizer, "au +33612345678", ["+33612345678"]),
    (FrenchPhoneRecognizer, "fixe 01 45 67 89 12 ou 09 72 11 22 33", ["01 45 67 89 12", "09 72 11 22 33"]),
    (FrenchPhoneRecognizer, "en Belgique +32 470 12 34 56", ["+32 470 12 34 56"]),
    (FrenchPhoneRecognizer, "le 0 806 000 245 ou le 3949", []),
    (FrenchPhoneRecognizer, "montant 061234567", []),  # nine digits
    (FrenchPhoneRecognizer, "réf 06123456789", []),  # eleven digits
    # E-mail
    (EmailRecognizer, "écrivez à jean.dupont-85@orange.fr.", ["jean.dupont-85@orange.fr"]),
    (EmailRecognizer, "MARIE_D@Gmail.COM", ["MARIE_D@Gmail.COM"]),
    (EmailRecognizer, "mon adresse jean.dupont (at) gmail.com", ["jean.dupont (at) gmail.com"]),
    (EmailRecognizer, "sur impots.gouv.fr ou @caf", []),
    # IBAN and RIB
    (IbanRecognizer, "IBAN FR76 3000 6000 0112 3456 7890 189", ["FR76 3000 6000 0112 3456 7890 189"]),
    (IbanRecognizer, "fr7630006000011234567890189 merci", ["fr7630006000011234567890189"]),
    (IbanRecognizer, "compte DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    (IbanRecognizer, "code FR76 3000 6000 0112 3456 7890 188", []),
    (IbanRecognizer, "mon IBAN : FR76 3000 6000 0112 3456 7890 188", ["FR76 3000 6000 0112 3456 7890 188"]),
    (RibRecognizer, "RIB 20041 01005 0500013M026 06", ["20041 01005 0500013M026 06"]),
    (RibRecognizer, "colis 30006 00001 12345678901 88", []),
    # Cards: Luhn anywhere, otherwise near card words
    (CreditCardRecognizer, "payé avec 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
    (CreditCardRecognizer, "numéro 5555-5555-5555-4444", ["5555-5555-5555-4444"]),
    (CreditCardRecognizer, "série 4970 1012 3456 7890", []),
    (CreditCardRecognizer, "ma CB 4970 1012 3456 7890", ["4970 1012 3456 7890"]),
    # Numéro fiscal
    (FiscalNumberRecognizer, "identifiant 0123456789211", ["0123456789211"]),
    (FiscalNumberRecognizer, "n° 30 12 345 678 167", ["30 12 345 678 167"]),
    (FiscalNumberRecognizer, "numéro fiscal 2 1 4 5 6 7 8 9 0 1 1 2 1", ["2 1 4 5 6 7 8 9 0 1 1 2 1"]),
    (FiscalNumberRecognizer, "code 3012345678168", []),
    (FiscalNumberRecognizer, "mon numéro fiscal 3012345678168", ["3012345678168"]),
    # CAF: seven digits, by context only
    (CafNumberRecognizer, "mon numéro allocataire est 1234567.", ["1234567"]),
    (CafNumberRecognizer, "la CAF (n° 7654321) ne répond pas", ["7654321"]),
    (CafNumberRecognizer, "facture 1234567 du garage", []),
    (CafNumberRecognizer, "allocataire, j'ai payé 1234567,50", []),
    # France Travail
    (FranceTravailIdRecognizer, "identifiant France Travail 1234567A", ["1234567A"]),
    (FranceTravailIdRecognizer, "mon id : 7741203b", ["7741203b"]),
    (FranceTravailIdRecognizer, "code 12345678A", []),
    # Passport
    (PassportRecognizer, "passeport n° 12AB34567", ["12AB34567"]),
    (PassportRecognizer, "passeport 19fr73512", ["19fr73512"]),
    (PassportRecognizer, "article 12ABC3456", []),
    # CNI: by context
    (IdCardRecognizer, "carte d'identité n° 880692310285", ["880692310285"]),
    (IdCardRecognizer, "CNI X4RTBPFW4 perdue", ["X4RTBPFW4"]),
    (IdCardRecognizer, "colis 880692310285", []),
    (IdCardRecognizer, "carte d'identité ABCDEFGHI", []),  # no digit: a word, not a number
    # Plates
    (SivPlateRecognizer, "voiture AB-123-CD", ["AB-123-CD"]),
    (SivPlateRecognizer, "AB 123 CD et AB123CD", ["AB 123 CD", "AB123CD"]),
    (SivPlateRecognizer, "immatriculée ab-458-zz", ["ab-458-zz"]),
    (SivPlateRecognizer, "le modèle ab-458-zz", []),
    (SivPlateRecognizer, "OI-123-UU", []),  # I, O, U are not used
    (FniPlateRecognizer, "plaque 1234 AB 75", ["1234 AB 75"]),
    (FniPlateRecognizer, "ancienne 123 ABC 2A", ["123 ABC 2A"]),
    (FniPlateRecognizer, "véhicule 695 fw 13", ["695 fw 13"]),
    (FniPlateRecognizer, "immatriculé 3957 WA 2A", ["3957 WA 2A"]),
    (FniPlateRecognizer, "le 12 MAI 2024", []),
]


@pytest.mark.parametrize(("recognizer", "text", "expected"), CASES)
def test_number_recognizers(recognizer: type[EntityRecognizer], text: str, expected: list[str]) -> None:
    assert found_by(recognizer(), text) == expected
