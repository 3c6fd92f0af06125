"""Mots qui suivent souvent « mon fils » ou « je suis » et ne sont pas un nom."""

WORDS = """
a actuel actuelle attend attendent aurait aussi avaient avait dit doit doivent dont décédé décédée encore est et eu
fait font habite habitent handicapé handicapée hospitalisé hospitalisée inscrit inscrite jamais leur lui m'a m'ont
mais majeur majeure malade mineur mineure n'a n'est ne né née nés ou part passe passé perdu peut pourrait que qui
reçoit reçu s'est scolarisé scolarisée se sera serait souhaite touche touchent toujours travaille travaillent unique
va venait veut viennent vient vit vont voudrait voulait âgé âgée également était été
"""
