"""The first run: the set-up guide on the Stock page (:mod:`.guide`), choosing the home
pharmacy (:mod:`.home_pharmacy_dialog`), and the Receiving page's gate that asks for it
before a first receipt (:mod:`.home_gate`)."""
