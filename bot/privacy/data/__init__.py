"""Word lists of the recognizers, as Python modules so that they are installed with the package."""
