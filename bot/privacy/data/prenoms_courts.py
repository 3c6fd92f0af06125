"""Diminutifs et surnoms courants de prénoms (forums, signatures familières), écrits par l'équipe Plume ; comptés
comme les prénoms de prenoms.py (« ici seb du 35 », « merci flo », « steph, 44 ans »)."""

WORDS = """
seb steph flo fred manu greg nico juju mimi jojo titi vince domi isa caro babeth kiki lulu béa nanou jeannot
pierrot cath fanfan guigui mumu fifi zaza gigi dédé riri loulou momo mimo chris fabi tony jérem
jerem nath nathou ludo gégé rico marco nono sandy cindy jess mélo
anto tonio thib thibs clem clém maxou mathou ninie soso didi lolo yaya
"""
