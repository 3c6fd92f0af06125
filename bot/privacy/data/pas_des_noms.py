"""Mots capitalisés qui ne sont pas des noms (mois, jours, types de voie, outils…)."""

WORDS = """
allocataire allée android août avenue avril bien bis boulevard bouygues cc cci cedex chemin cordialement courriel
covid date de dimanche dossier décembre email envoye envoyé facebook france free février gmail google hotmail
impasse impossible internet iphone janvier jeudi jointe jointes juillet juin lundi lyon ma madame mai mardi mars
marseille merci mercredi mobile mon monsieur nos novembre numéro objet octobre ok orange outlook paris pdf personne
pièce pièces place portable quai radiation route rue réclamation saint sainte salutations samedi septembre service
sfr sms st ste suite sur tel ter tél urgent vendredi veuillez voici whatsapp à ça
"""
