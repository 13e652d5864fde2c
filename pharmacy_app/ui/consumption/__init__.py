"""The Consumption page: a site's week of doses given, typed like a spreadsheet or
imported from a consumption sheet.

:mod:`.page` (the page), :mod:`.grid_view` (the grid's keys), :mod:`.model` (its cells:
recorded, closed, drafts, totals) and :mod:`.import_dialog` (a sheet's preview).
"""
