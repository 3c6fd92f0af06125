"""Mots qui ne sont jamais un nom, quelle que soit leur casse (mots-outils, formules des avis)."""

WORDS = """
a afin ai aie aient aies ait alors ans as au aucun aucune aujourd'hui auprès aussi autre autres aux avais avait
avant avec avez aviez avions avis avoir avons ayant bah bien bon bonjour bonne bonsoir bref c car ce ceci cela celle
celles celui cependant ces cet cette ceux chaque chez ci comme comment contre cordialement d dans de demande depuis
des deux donc dont dossier du dès déjà désormais elle elles en encore enfin ensuite entre es est et eu eux faire
fais fait faut fin fois heures hier ici il ils j jamais je jours jusqu jusque l la le les leur leurs lors lui là m
ma madame mademoiselle mail mais me merci mes moi moins mois mon monsieur même mêmes n ne ni non nos notre nous ont
ou oui où par parce pas pendant peu peut peux plus pour pourquoi pourtant puis qu quand que quel quelle quelles
quels qui quoi rendez-vous rien s sa salutations sans se selon semaines service ses seul seulement si sinon soit son
sont sous stp suis sur svp t ta te tes toi ton toujours tous tout toute toutes très tu un une vers via voici voilà
vos votre vous y à ça étaient était étant étions été êtes être jai jsuis chui cest ya pcq jme jvous jvais jarrive
jattends jlai jsais ke koi pk pq tjrs tjs bcp svp stp mrc slt cc
"""
