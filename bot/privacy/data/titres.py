"""Titres qui suivent une civilité sans être un nom (« Monsieur le Maire »), écrits sans accents ; un
mot composé dont la première partie en est un l'est aussi (« Monsieur le Garde-champêtre »)."""

WORDS = """
maire prefet prefete directeur directrice ministre president presidente depute deputee senateur senatrice
responsable conseiller conseillere juge mediateur mediatrice defenseur agent agente chef delegue deleguee adjoint
adjointe sous-prefet sous-prefete procureur procureure commissaire docteur docteure professeur professeure
secretaire gestionnaire controleur controleuse inspecteur inspectrice recteur rectrice doyen doyenne cure pasteur
garde gendarme brigadier brigadiere capitaine lieutenant lieutenante commandant commandante colonel general generale
adjudant adjudante sergent sergente major officier policier policiere conciliateur conciliatrice huissier huissiere
notaire avocat avocate batonnier greffier greffiere magistrat magistrate substitut enqueteur enquetrice expert
experte medecin chirurgien infirmier infirmiere pharmacien pharmacienne veterinaire proviseur principal principale
instituteur institutrice officiere receveur receveuse percepteur tresorier tresoriere payeur comptable chancelier
consul consule ambassadeur ambassadrice archeveque eveque abbe rabbin imam depute-maire premier premiere vice-president
vice-presidente conseiller-maire lieutenant-colonel assistante assistant referent referente
"""
