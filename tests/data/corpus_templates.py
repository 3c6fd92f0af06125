"""Sentences of the generated reviews. ⟦…⟧ marks public-service words that must be kept; {slot}s are personal data.

Two families: DEV (the rules were tuned on these) and HELDOUT (written at the same time, never used for tuning).
"""

from __future__ import annotations

DEV = {
    "intro": [
        "Bonjour, je suis {name}.", "Bonjour,\n\nJe m'appelle {name} et je vous écris au sujet de mon dossier.",
        "Madame, Monsieur,\n", "Bonjour", "{name}, allocataire depuis 2015.", "Bonjour madame, monsieur,",
        "Je soussigné {name}, ", "Bonjour je suis {name_lower}", "",
    ],
    "body": [
        "Ça fait trois mois que j'attends le versement de mon ⟦APL⟧, mon numéro allocataire est "
            "{caf}. Personne ne répond au ⟦32 30⟧.",
        "La ⟦CAF⟧ me réclame ⟦1 250 €⟧ de trop-perçu alors que j'ai tout déclaré. Allocataire n° {caf}.",
        "Mon dossier ⟦CAF⟧ (référence {ref}) est bloqué, pouvez-vous me rappeler au {phone} ?",
        "Ma carte Vitale n'est jamais arrivée. Mon numéro de sécurité sociale : "
            "{nir}. Merci de me répondre sur {email}.",
        "La ⟦CPAM⟧ ne m'a pas remboursé mes soins depuis le ⟦12 mars⟧, mon NIR est {nir}.",
        "Sur ⟦Ameli⟧ impossible de modifier mon RIB, voici mon IBAN : {iban}.",
        "Sur ⟦impots.gouv.fr⟧ mon espace particulier est bloqué. Numéro fiscal {fiscal}.",
        "J'ai reçu une relance de la ⟦DGFiP⟧ alors que j'ai payé par carte {card} le ⟦5 mai⟧.",
        "Ma demande de carte grise pour le véhicule {plate} est en attente sur le site de l'⟦ANTS⟧, dossier n° {ref}.",
        "Mon passeport {passport} a expiré et aucun rendez-vous avant le ⟦15 juin⟧.",
        "J'ai perdu ma carte d'identité n° {cni}, la ⟦mairie de {city}⟧ me renvoie vers l'⟦ANTS⟧.",
        "Mon conseiller ⟦France Travail⟧ ne répond jamais. Identifiant {ft}. Joignable au {phone}.",
        "Radiation injustifiée par ⟦France Travail⟧, mon identifiant est {ft}, je suis né le {birth}.",
        "Impossible d'obtenir un rendez-vous à la ⟦préfecture de "
            "{city}⟧ pour mon titre de séjour. Je suis née le {birth}.",
        "J'habite au {address} et la ⟦préfecture de {city}⟧ n'a toujours pas traité ma demande.",
        "L'⟦URSSAF⟧ m'a prélevé deux fois ⟦480 €⟧ sur le compte {iban}.",
        "Le service état civil de la ⟦mairie de {city}⟧ a perdu l'acte de naissance de mon fils {child}.",
        "Mon fils {child} a eu son rendez-vous le ⟦3 avril⟧ mais rien depuis.",
        "Ma fille {child} attend sa bourse du ⟦CROUS⟧ depuis septembre.",
        "J'ai rempli le formulaire ⟦cerfa n° 12100*03⟧ et envoyé le tout au {address}.",
        "Votre agent, M. {agent}, a été très désagréable au guichet.",
        "J'ai eu Mme {agent} au ⟦3949⟧ qui m'a dit d'attendre.",
        "Mon courriel : {email}, mon portable {phone}.",
        "La ⟦MSA⟧ a bloqué ma pension, né le {birth}, n° sécu {nir}.",
        "Mon mari {relative} ne touche plus le ⟦RSA⟧ depuis janvier.",
        "Je réside {address} depuis 2019, merci de mettre à jour mon adresse.",
    ],
    "closing": [
        "Cordialement,\n{name}", "Bien cordialement\n{civ} {surname}", "Merci "
            "d'avance.\n{name}", "Salutations,\n{name}\n{phone}",
        "Cordialement {name_lower}", "Veuillez agréer mes salutations distinguées.\n{name}", "", "Merci", "{name}",
    ],
}  # fmt: skip

HELDOUT = {
    "intro": [
        "Madame, Monsieur, je me permets de vous contacter car {name} (moi-même) n'arrive pas à joindre vos services.",
        "Bonsoir,\nC'est {name} qui vous écrit.", "Objet : réclamation\n\n", "bonjour", "Moi, "
            "{name}, usager mécontent.",
        "De : {name} <{email}>\nEnvoyé : mardi ⟦4 mars⟧ 2025 09:41\nÀ : ⟦contact@caf.fr⟧\nObjet : TR: mon dossier\n\n",
        "Je me nomme {name}.", "",
    ],
    "body": [
        "Depuis le changement de situation, la ⟦Caf⟧ ne verse plus la ⟦prime d'activité⟧ (n° {caf}).",
        "On me demande encore un justificatif alors que mon numéro d'allocataire "
            "{caf} est connu de la ⟦CAF de {city}⟧.",
        "Je n'arrive pas à joindre la ⟦CPAM⟧, le ⟦3646⟧ sonne dans le vide. Sécurité sociale {nir}.",
        "Remboursement de ⟦75 €⟧ jamais reçu sur mon compte {iban} malgré trois relances sur ⟦Ameli⟧.",
        "Les ⟦impôts⟧ me réclament une majoration. Mon identifiant fiscal : {fiscal}, avis du ⟦15 juillet⟧.",
        "Prélèvement en double sur ma carte bancaire {card}, le ⟦SIP⟧ ne répond pas.",
        "Véhicule immatriculé {plate} : la ⟦carte grise⟧ est introuvable, demande {ref} sur le site de l'⟦ANTS⟧.",
        "Pré-demande de passeport faite, mon ancien passeport n° {passport}.",
        "Carte nationale d'identité {cni} volée, déclaration faite à la ⟦mairie de {city}⟧.",
        "Inscrit à ⟦France Travail⟧ sous l'identifiant {ft}, mes allocations ⟦ARE⟧ sont suspendues.",
        "Mon fils {child} et moi avons été reçus le ⟦2 février⟧ à la ⟦préfecture de {city}⟧, depuis rien.",
        "Titre de séjour expiré, date de naissance : {birth}, rappelez-moi au {phone}.",
        "Je vous donne mon adresse : {address}.",
        "L'⟦Urssaf⟧ ne comprend pas ma situation d'auto-entrepreneur, écrivez-moi à {email}.",
        "La ⟦mairie de {city}⟧ a refusé l'inscription de ma fille {child} à la cantine.",
        "L'agent {agent_full} m'a raccroché au nez.",
        "Ma femme {relative} est hospitalisée et la ⟦CPAM⟧ n'a pas pris en compte l'arrêt.",
        "Nous habitons {address}, le courrier de la ⟦CAF⟧ n'arrive jamais.",
        "né(e) le {birth}, j'attends ma pension de l'⟦Assurance retraite⟧ depuis 6 mois.",
        "Je suis joignable au {phone} ou par mail {email}.",
        "Mon dossier de retraite {ref} traîne depuis des mois.",
        "ma belle-mère {relative} a reçu un courrier à mon nom, c'est n'importe quoi.",
    ],
    "closing": [
        "Dans l'attente de votre réponse,\n{name}", "Cdlt\n{name_lower}", "Respectueusement, {civ} {surname}",
        "Merci de votre aide\n\n{name}\n{address}", "{civ} {surname}", "", "Bonne journée", "--\n{name}\nTél : {phone}",
    ],
}  # fmt: skip
