"""Départements, régions et collectivités de France (ISO 3166-2 du paquet pycountry, LGPL 2.1, et anciennes
régions), en minuscules, les espaces écrites « _ ». Produit par scripts/derive_places.py, ne pas modifier à
la main ; licence : LICENCE-communes.md."""

WORDS = """
ain aisne allier alpes-de-haute-provence alpes-maritimes alsace aquitaine ardennes ardèche ariège aube aude auvergne
auvergne-rhône-alpes aveyron bas-rhin basse-normandie bouches-du-rhône bourgogne bourgogne-franche-comté bretagne
calvados cantal centre-val_de_loire champagne champagne-ardenne charente charente-maritime cher clipperton corrèze
corse corse-du-sud creuse côte-d'or côtes-d'armor deux-sèvres dordogne doubs drôme essonne eure eure-et-loir
finistère franche-comté gard gers gironde grand-est guadeloupe guyane_(française) haut-rhin haute-corse
haute-garonne haute-loire haute-marne haute-normandie haute-savoie haute-saône haute-vienne hautes-alpes
hautes-pyrénées hauts-de-france hauts-de-seine hérault ille-et-vilaine indre indre-et-loire isère jura la_réunion
landes languedoc languedoc-roussillon limousin loir-et-cher loire loire-atlantique loiret lorraine lot
lot-et-garonne lozère maine-et-loire manche marne martinique mayenne mayotte meurthe-et-moselle meuse midi-pyrénées
morbihan moselle métropole_de_lyon nièvre nord nord-pas-de-calais normandie nouvelle-aquitaine nouvelle-calédonie
occitanie oise orne paris pas-de-calais pays-de-la-loire picardie poitou-charentes polynésie_française provence
provence-alpes-côte-d’azur puy-de-dôme pyrénées-atlantiques pyrénées-orientales rhône rhône-alpes saint-barthélemy
saint-martin saint-pierre-et-miquelon sarthe savoie saône-et-loire seine-et-marne seine-maritime seine-saint-denis
somme tarn tarn-et-garonne terres_australes_françaises territoire_de_belfort val-d'oise val-de-marne var vaucluse
vendée vienne vosges wallis-et-futuna yonne yvelines île-de-france
"""
