"""Prénoms qui sont aussi des mots ou des villes courants : seuls ou en minuscules, ils ne sont masqués qu'avec un
indice (civilité, « mon fils », signature, « je m'appelle ») ; accolés à un nom de famille, ils le sont toujours."""

WORDS = """
rose pierre claire marine olive france florence nancy lourdes valence aurore prudence constance patience grâce grace
ange aimé désiré victoire violette blanche reine colombe céleste fleur mercedes avril juin mai juste modeste
innocent prosper clément félicité marie martin line max loup perle iris ambre jade eden nil lou jasmine capucine
camélia maxime dieudonné fortuné august auguste océane bruno noël noëlle pascal pascale
"""
