"""The Receiving page: deliveries from SSI, by scanning packs, typing lines or importing
the delivery note; nothing is stock until the receipt is posted, in one transaction.

``page`` puts the page together from ``receipts_panel`` (the receipts on the left),
``receipt_header``, the lines (``lines_table`` with its editors and the ``models``) and
``line_form`` (a line typed by hand).  ``scanning`` books each scan, ``line_changes``
changes or removes a draft line, and ``receipt_lifecycle`` posts, cancels and thaws.
Each dialog has its module (``new_receipt_dialog``, ``import_preview``).  The strip that
answers every scan is :class:`pharmacy_app.ui.common.status_strip.StatusStrip`; the
scanner reader is :mod:`pharmacy_app.ui.common.scan_capture`.
"""
