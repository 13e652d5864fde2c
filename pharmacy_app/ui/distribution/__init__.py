"""The Distribution page: plan a round to the region's vaccination sites, adjust it,
pick, print, dispatch and confirm what the sites received.

``page`` puts the page together from ``rounds_panel`` (the rounds and site lists on the
left), ``round_header``, ``shortage_banner`` and ``round_tables`` (requests, picked lots,
visits, with ``requests_view`` and the ``models``/``list_models``), and
``round_lifecycle`` (dispatch, cancel, reverse, confirm receipt).  Each dialog has its
module (``new_round_dialog``, ``change_lot_dialog``, ``visit_dialog``,
``confirm_receipt_dialog``, ``reason_dialog``).  ``summary`` is the arithmetic of a
round (totals, shortages, what a dispatch sends), without Qt; ``texts`` the words and
marks of statuses, modes and institutions.  Moving stock between places is
:mod:`pharmacy_app.ui.transfers`.
"""
