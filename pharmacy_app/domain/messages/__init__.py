"""The language catalogue: every message as a code, its texts, and the one renderer.

``codes`` holds the :class:`Code` enum, ``catalogue_da``/``catalogue_en`` the texts,
``render`` turns a code with its parameters into Danish or English.  Widget text is not
here: Qt draws it from the Linguist files (``resources/translations``).
"""

from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.render import message, render

__all__ = ["Code", "message", "render"]
