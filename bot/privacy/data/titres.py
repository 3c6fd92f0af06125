"""Titres qui suivent une civilité sans être un nom (« Monsieur le Maire »), écrits sans accents."""

WORDS = """
maire prefet prefete directeur directrice ministre president presidente depute deputee senateur senatrice
responsable conseiller conseillere juge mediateur mediatrice defenseur agent agente chef delegue deleguee adjoint
adjointe sous-prefet sous-prefete procureur procureure commissaire docteur docteure professeur professeure
secretaire gestionnaire controleur controleuse inspecteur inspectrice recteur rectrice doyen doyenne cure pasteur
"""
