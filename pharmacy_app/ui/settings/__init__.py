"""The Settings page: the product catalogue, the sites, general settings, and the
shipment keys.

:mod:`.page` (the page and its tabs), :mod:`.list_tab` and :mod:`.list_models` (the
products and sites lists), :mod:`.product_dialog` and :mod:`.location_dialog` (their
forms, on :mod:`.form_dialog`), :mod:`.general_tab`, :mod:`.shipment_keys_tab` and
:mod:`.trust_key_dialog`; :mod:`.form_parts` holds the small pieces they share.
"""
