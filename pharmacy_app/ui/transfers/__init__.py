"""Moving stock between places outside a round: site to site, a site back to the
pharmacy, to another region's pharmacy with its shipment file, and receiving what
another region sent.

``transfer_dialog`` (with ``stock_picker``) moves stock; ``shipment_file`` saves the
shipment file of stock sent to another region (also used by the Expiry page);
``region_receipt`` receives one.
"""
