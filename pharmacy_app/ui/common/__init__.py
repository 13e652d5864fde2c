"""What every page is built from: tables and their models, the status strip that answers
an action, dates as people type them, buttons and shortcuts, the display of a refusal,
the dialog that asks a service for one change, the PDF preview, and the scanner reader.

Nothing here knows a page: a module in this package imports only services, the domain
and other modules of ``pharmacy_app.ui.common`` (and the shared ``fmt``, ``labels`` and
``operations``), so any page can use it.
"""
