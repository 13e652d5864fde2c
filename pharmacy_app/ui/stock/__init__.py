"""The Stock page and what shows stock wherever it is listed.

:mod:`.page` (the page), :mod:`.filters` (its programme, product and location filters,
shared with the Expiry overview), :mod:`.model` (stock on hand, paged from the
database), :mod:`.history_model` and :mod:`.history_pane` (one lot's movements),
:mod:`.marks` (how expired, soon-expiring, held and recalled stock look in every
table), :mod:`.stock_target` and the dialogs that act on one row: :mod:`.release_dialog`,
:mod:`.discard_dialog`, :mod:`.thaw_dialog` (on :mod:`.stock_dialog`).
"""
