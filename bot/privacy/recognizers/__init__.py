"""French recognizers Presidio lacks, one per file; `all_recognizers()` is the engine's list."""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer

from bot.privacy.recognizers.address import AddressRecognizer
from bot.privacy.recognizers.birth_date import BirthDateRecognizer
from bot.privacy.recognizers.caf_number import CafNumberRecognizer
from bot.privacy.recognizers.credit_card import CreditCardRecognizer
from bot.privacy.recognizers.dossier_reference import DossierReferenceRecognizer
from bot.privacy.recognizers.email import EmailRecognizer
from bot.privacy.recognizers.fiscal_number import FiscalNumberRecognizer
from bot.privacy.recognizers.france_travail_id import FranceTravailIdRecognizer
from bot.privacy.recognizers.iban import IbanRecognizer
from bot.privacy.recognizers.id_card import IdCardRecognizer
from bot.privacy.recognizers.nir import NirRecognizer
from bot.privacy.recognizers.owned_number import OwnedNumberRecognizer
from bot.privacy.recognizers.passport import PassportRecognizer
from bot.privacy.recognizers.person_civility import CivilityPersonRecognizer
from bot.privacy.recognizers.person_evidence import EvidencePersonRecognizer
from bot.privacy.recognizers.person_field import FieldPersonRecognizer
from bot.privacy.recognizers.person_glued import GluedPersonRecognizer
from bot.privacy.recognizers.person_handle import HandlePersonRecognizer
from bot.privacy.recognizers.person_initial import InitialPersonRecognizer
from bot.privacy.recognizers.person_lexicon import LexiconPersonRecognizer
from bot.privacy.recognizers.person_lowercase import LowercasePersonRecognizer
from bot.privacy.recognizers.person_office import OfficePersonRecognizer
from bot.privacy.recognizers.person_public_figure import PublicFigurePersonRecognizer
from bot.privacy.recognizers.person_relatives import RelativePersonRecognizer
from bot.privacy.recognizers.person_signature import SignaturePersonRecognizer
from bot.privacy.recognizers.person_spacy import SpacyPersonRecognizer
from bot.privacy.recognizers.person_title import TitlePersonRecognizer
from bot.privacy.recognizers.phone_fr import FrenchPhoneRecognizer
from bot.privacy.recognizers.plate_fni import FniPlateRecognizer
from bot.privacy.recognizers.plate_siv import SivPlateRecognizer
from bot.privacy.recognizers.rib import RibRecognizer
from bot.privacy.recognizers.unannounced_number import UnannouncedNumberRecognizer

RECOGNIZERS: list[Callable[[], EntityRecognizer]] = [
    NirRecognizer, FrenchPhoneRecognizer, EmailRecognizer, IbanRecognizer, RibRecognizer, CreditCardRecognizer,
    FiscalNumberRecognizer, CafNumberRecognizer, FranceTravailIdRecognizer, PassportRecognizer, IdCardRecognizer,
    SivPlateRecognizer, FniPlateRecognizer, AddressRecognizer, BirthDateRecognizer, DossierReferenceRecognizer,
    UnannouncedNumberRecognizer, OwnedNumberRecognizer,
    SpacyPersonRecognizer, CivilityPersonRecognizer, FieldPersonRecognizer, SignaturePersonRecognizer,
    LexiconPersonRecognizer, LowercasePersonRecognizer, RelativePersonRecognizer, TitlePersonRecognizer,
    InitialPersonRecognizer, GluedPersonRecognizer, EvidencePersonRecognizer, HandlePersonRecognizer,
    PublicFigurePersonRecognizer, OfficePersonRecognizer,
]  # fmt: skip


def all_recognizers() -> list[EntityRecognizer]:
    """One instance of each of Plume's recognizers."""
    return [recognizer() for recognizer in RECOGNIZERS]
