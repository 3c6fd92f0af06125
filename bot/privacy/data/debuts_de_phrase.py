"""Mots qui commencent souvent une phrase d'avis : une phrase dont seul le premier mot est capitalisé et figure ici
n'est pas donnée au modèle NER (gain de temps) ; les autres le sont."""

WORDS = """
radiation impossible réclamation remboursement prélèvement titre demande dossier service accueil agent personne rien
aucun aucune malgré depuis après avant suite voici voilà encore toujours jamais pourtant vraiment franchement
honnêtement excellent excellente très super bravo nul nulle inadmissible scandaleux honteux lamentable déçu déçue
impossible problème souci pouvez pourriez pourquoi comment quand combien vivement dommage heureusement
malheureusement enfin ensuite puis donc alors car mais cependant néanmoins toutefois concernant objet suite grâce
merci bonjour bonsoir madame monsieur cordialement salutations veuillez je j'ai j'attends j'habite j'ai nous vous il
elle ils elles on ce cette ces ça cela mon ma mes notre nos votre vos leur leurs le la les un une des du de au aux
en sur sous dans par pour avec sans chez si oui non ok attente envoyé reçu payé perdu bloqué refusé vol perte
changement carte permis passeport pension retraite allocation allocations prime aide aides
"""
