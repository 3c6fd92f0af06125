"""Noms de famille de personnalités politiques nationales que la presse et les usagers citent seuls (« Macron
veut… », « la circulaire Valls »), choisis pour n'être ni un mot courant, ni un prénom, ni un lieu (pas « Borne »,
« Hollande », « Bertrand », « Touraine »). Écrits avec une majuscule ; seule la forme capitalisée compte."""

WORDS = """
Macron Sarkozy Mitterrand Giscard Pompidou Jospin Juppé Raffarin Villepin Fillon Ayrault Valls Cazeneuve
Castex Attal Barnier Bayrou Darmanin Retailleau Mélenchon Zemmour Bardella Balladur Rocard Bérégovoy
Pécresse Hidalgo Dussopt Pénicaud Buzyn Véran Lecornu Ciotti Wauquiez Hamon Taubira Castaner Collomb
Blanquer Schiappa Sarnez Marleix Braun-Pivet Ruffin Roussel Faure Jadot Hulot Belloubet Dupond-Moretti Ndiaye
Oudéa-Castéra Vautrin Kasbarian Bompard Panot Quatennens Glucksmann Philippot Dupont-Aignan Estrosi Hortefeux Guéant
Bachelot Moscovici Montchalin Abad Guerini Rebsamen Fesneau Ferrand Larcher
"""
