"""Drafts written by hand, one by one, for the check corpus: realistic replies, clean or with defects that
templates do not produce (mixed defects, subtle wording). Odd entries are dev, even ones held-out."""

from __future__ import annotations

SIG = "L'équipe d'accueil de la CAF de Loire-Atlantique"
NONE: dict[str, object] = {"politeness": "", "signature": "", "ai_disclosure": "", "public_replies": False}
CAF: dict[str, object] = {
    "politeness": "Bien cordialement,", "signature": SIG, "ai_disclosure": "", "public_replies": True
}  # fmt: skip
R1 = "J'ai attendu 2 h au guichet le 14 janvier et on m'a renvoyé chez moi sans réponse. [PERSONNE_1]"
R2 = "Bravo à [PERSONNE_2], la conseillère, très patiente. Mon numéro [NUMERO_ALLOCATAIRE_1] est enfin à jour."
P1 = ["[PERSONNE_1]"]
P2 = ["[PERSONNE_2]", "[NUMERO_ALLOCATAIRE_1]"]
BODY = (
    "Merci d'avoir pris le temps de nous écrire. Nous sommes désolés de l'attente que vous avez subie le 14 janvier "
    "et de l'absence de réponse à votre question. Nous avons transmis votre témoignage à la responsable de l'accueil, "
    "qui va revoir l'organisation des créneaux sans rendez-vous. Pour examiner votre situation, vous pouvez prendre "
    "rendez-vous depuis votre espace personnel : un conseiller vous recevra et fera le point avec vous."
)
THANKS = (
    "Un grand merci pour votre message chaleureux, que nous avons transmis à votre conseillère. Toute l'équipe est "
    "heureuse que votre dossier soit désormais à jour et que l'échange vous ait aidé. Vos encouragements comptent "
    "beaucoup pour nous, surtout dans une période chargée. N'hésitez pas à revenir vers nous par la messagerie de "
    "votre espace personnel si vous avez une autre question."
)

HAND: list[tuple[str, str, str, list[str], dict[str, object], list[str]]] = [
    # (draft, review, instructions, placeholders, requirements, expected kinds)
    (f"Bonjour,\n\n{BODY}\n\nBien cordialement,\n{SIG}", R1, "", P1, CAF, []),
    (f"Madame, Monsieur,\n\n{THANKS}\n\nBien cordialement,\n{SIG}", R2, "", P2, CAF, []),
    (f"Bonjour [PERSONNE_1],\n\n{BODY}\n\nBien cordialement,\n{SIG}", R1, "", P1, CAF, ["personal_data"]),
    (f"Bonjour,\n\n{THANKS} Votre numéro d'allocataire [NUMERO_ALLOCATAIRE_1] est bien enregistré.\n\n"
     f"Bien cordialement,\n{SIG}", R2, "", P2, CAF, ["personal_data"]),
    (f"Bonjour [PERSONNE_1],\n\n{BODY}\n\nBien cordialement,\n{SIG}", R1, "", P1, {**CAF, "public_replies": False}, []),
    (f"Bonjour,\n\n{THANKS} Nous avons remercié [PERSONNE_3] de votre part.\n\nBien cordialement,\n{SIG}",
     R2, "", P2, CAF, ["placeholder"]),
    (f"Bonjour,\n\n{BODY} Votre rendez-vous est prévu le [JJ/MM] à l'agence de [ville].\n\nBien cordialement,\n{SIG}",
     R1, "", P1, CAF, ["placeholder"]),
    (f"Bonjour,\n\n{BODY} Vous serez reçu en priorité et votre aide sera débloquée.\n\nBien cordialement,\n{SIG}",
     R1, "", P1, CAF, ["promise"]),
    (f"Bonjour,\n\n{BODY} Vous serez reçu en priorité et votre aide sera débloquée.\n\nBien cordialement,\n{SIG}",
     R1, "Dis-lui qu'il sera reçu en priorité et que l'aide est débloquée.", P1, CAF, []),
    (f"Bonjour,\n\n{THANKS} Une somme de 240 € vous sera versée en complément.\n\nBien cordialement,\n{SIG}",
     R2, "", P2, CAF, ["promise"]),
    (f"Bonjour,\n\n{BODY}\n\n{SIG}", R1, "", P1, CAF, ["politeness"]),
    (f"Bonjour,\n\n{THANKS}\n\nBien cordialement,", R2, "", P2, CAF, ["signature"]),
    (f"{BODY}\n\nBien cordialement,\n{SIG}", R1, "", P1, CAF, ["greeting"]),
    ("Bonjour,\n\nMerci pour votre avis.\n\nBien cordialement,\n" + SIG, R2, "", P2, CAF, ["length"]),
    (f"Bonjour,\n\n{BODY} Comme nous l'indiquons pourtant clairement sur le site, le guichet ferme à 16 h.\n\n"
     f"Bien cordialement,\n{SIG}", R1, "", P1, CAF, ["blame"]),
    (f"Bonjour,\n\n{BODY} Vous auriez pu prendre rendez-vous, cela vous aurait évité ce déplacement.\n\n"
     f"Bien cordialement,\n{SIG}", R1, "", P1, CAF, ["blame"]),
    (f"Bonjour,\n\n{BODY}\n\nBien cordialement,\n{SIG}\n\nCette réponse a été préparée avec l'aide d'un outil "
     "d'intelligence artificielle, puis relue et validée par un agent.", R1, "", P1,
     {**CAF, "ai_disclosure": "Cette réponse a été préparée avec l'aide d'un outil d'intelligence artificielle, "
      "puis relue et validée par un agent."}, []),
    (f"Bonjour,\n\n{BODY}\n\nBien cordialement,\n{SIG}", R1, "", P1,
     {**CAF, "ai_disclosure": "Réponse rédigée avec l'aide d'une IA et relue par un agent."}, ["ai_disclosure"]),
    ("Hi there,\n\nThank you so much for your review. We are truly sorry about the two hours you waited at the "
     "desk and we have passed your comments on to the manager, who will review how walk-in slots are organised.\n\n"
     "Kind regards", R1, "", P1, NONE, ["language", "greeting"]),
    (f"Bonjour,\n\n{THANKS}", R2, "", P2, NONE, []),
    (f"Bonjour,\n\n{THANKS} Notre accueil est ouvert du lundi au vendredi, de 8 h 30 à 16 h.", R2, "", P2, NONE, []),
    (f"Bonjour,\n\n{BODY} Nous vous rappellerons au [TELEPHONE_1].", R1, "", P1, NONE, ["placeholder", "promise"]),
    (f"Bonjour,\n\n{BODY} Le service vous contactera d'ici quinze jours.", R1, "", P1, NONE, ["promise"]),
    (f"Bonjour,\n\n{BODY} Le service vous contactera d'ici quinze jours.", R1,
     "Précise qu'on le contacte d'ici quinze jours.", P1, NONE, []),
    (f"Bonjour,\n\n{THANKS} Vous avez raison : l'attente au téléphone est trop longue, et nous y travaillons.",
     R2, "", P2, NONE, []),
    (f"Bonjour,\n\n{THANKS} Il suffit de vous connecter à votre espace pour suivre votre dossier.",
     R2, "", P2, NONE, []),
    (f"Bonjour,\n\n{BODY} Évidemment, il fallait venir avec tous les justificatifs, ce n'est pas compliqué.",
     R1, "", P1, NONE, ["blame"]),
    (f"Chère Madame [PERSONNE_2],\n\n{THANKS}", R2, "", P2, {**NONE, "public_replies": True}, ["personal_data"]),
    (f"Bonjour,\n\n{BODY} Pour cela, rappelez le 3230 (service gratuit + prix d'un appel).", R1, "", P1, NONE, []),
    (f"Bonjour,\n\n{THANKS} Nous avons noté votre remarque du 14 janvier.", R2, "", P2, NONE, []),
    (f"Bonjour,\n\n{BODY} Votre dossier sera réexaminé favorablement par la commission.",
     R1, "", P1, NONE, ["promise"]),
    (f"Bonjour,\n\n{BODY} Pour ne plus attendre, la solution était pourtant simple : prendre rendez-vous en ligne.",
     R1, "", P1, NONE, ["blame"]),
]  # fmt: skip
