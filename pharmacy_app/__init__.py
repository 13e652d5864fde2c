"""Vaccine lot logistics for Danish regional hospital pharmacies.

Layers (imports point downwards only, checked by import-linter in the test run):
``ui``/``cli`` -> ``services`` -> ``reports``/``importers`` -> ``db`` -> ``domain``.
"""

__version__ = "0.1.0"


class PharmacyAppWarning(UserWarning):
    """Warnings raised by this application; the test run turns them into errors."""
