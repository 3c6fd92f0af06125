"""Pseudonymisation: the only place raw citizen text is read, and where its personal data is replaced."""
