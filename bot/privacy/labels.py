"""Presidio entity types and the French labels of Plume's placeholders (`[NIR_1]` has the label "NIR")."""

from __future__ import annotations

LABELS = {
    "PERSON": "PERSONNE",
    "PHONE_NUMBER": "TELEPHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "FR_NIR": "NIR",
    "IBAN_CODE": "IBAN",
    "FR_RIB": "RIB",
    "CREDIT_CARD": "CARTE_BANCAIRE",
    "FR_FISCAL_NUMBER": "NUMERO_FISCAL",
    "FR_CAF_NUMBER": "NUMERO_ALLOCATAIRE",
    "FR_FRANCE_TRAVAIL_ID": "IDENTIFIANT_FRANCE_TRAVAIL",
    "FR_PASSPORT": "PASSEPORT",
    "FR_ID_CARD": "CNI",
    "FR_PLATE": "IMMATRICULATION",
    "FR_PLATE_FNI": "IMMATRICULATION",
    "FR_ADDRESS": "ADRESSE",
    "FR_BIRTH_DATE": "DATE_NAISSANCE",
    "FR_REFERENCE": "REFERENCE_DOSSIER",
}

PRIORITY = [
    "NIR", "IBAN", "RIB", "CARTE_BANCAIRE", "NUMERO_FISCAL", "PASSEPORT", "IDENTIFIANT_FRANCE_TRAVAIL", "CNI",
    "EMAIL", "TELEPHONE", "IMMATRICULATION", "NUMERO_ALLOCATAIRE", "DATE_NAISSANCE", "REFERENCE_DOSSIER", "ADRESSE",
    "PERSONNE",
]  # fmt: skip
"""Between two overlapping detections of equal score, the first label here wins."""

NOUNS = {
    "PERSONNE": ("nom", "noms"),
    "TELEPHONE": ("téléphone", "téléphones"),
    "EMAIL": ("adresse e-mail", "adresses e-mail"),
    "NIR": ("n° de sécurité sociale", "n° de sécurité sociale"),
    "IBAN": ("IBAN", "IBAN"),
    "RIB": ("RIB", "RIB"),
    "CARTE_BANCAIRE": ("n° de carte bancaire", "n° de carte bancaire"),
    "NUMERO_FISCAL": ("n° fiscal", "n° fiscaux"),
    "NUMERO_ALLOCATAIRE": ("n° allocataire", "n° allocataire"),
    "IDENTIFIANT_FRANCE_TRAVAIL": ("identifiant France Travail", "identifiants France Travail"),
    "PASSEPORT": ("n° de passeport", "n° de passeport"),
    "CNI": ("n° de carte d'identité", "n° de carte d'identité"),
    "IMMATRICULATION": ("immatriculation", "immatriculations"),
    "ADRESSE": ("adresse", "adresses"),
    "DATE_NAISSANCE": ("date de naissance", "dates de naissance"),
    "REFERENCE_DOSSIER": ("référence de dossier", "références de dossier"),
}
"""How the Slack summary can name each label (« 🔒 4 éléments masqués : 2 noms, 1 n° allocataire »)."""
