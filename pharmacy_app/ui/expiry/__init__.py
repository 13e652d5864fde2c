"""The Expiry page and the window's expiry counts and daily summary.

The page (:mod:`.page`) holds five tabs: the overview (:mod:`.overview_tab`, with its
tiles :mod:`.bucket_tile`, table :mod:`.model`, chart :mod:`.chart` and
:mod:`.windows_dialog`), stock at risk with the rebalancing proposals (:mod:`.risk_tab`,
:mod:`.accept_proposal_dialog`, :mod:`.send_to_region_dialog`, :mod:`.proposal_text`),
discarding (:mod:`.discard_tab`, :mod:`.record_waste_dialog`), recall
(:mod:`.recall_tab`, :mod:`.recall_data`) and wastage figures (:mod:`.wastage_tab`,
:mod:`.wastage_model`).  For the window: :mod:`.status_label` (the status bar's counts),
:mod:`.banner` (the day's summary) and :mod:`.watch` (when it is due).  :mod:`.texts`
and :mod:`.tab_parts` hold the words and widgets several of these share.
"""
