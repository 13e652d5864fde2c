"""The Reports page: the monthly workbook to SSI, marking it as sent, and the archive.

:mod:`.page` (the page), :mod:`.workbook_box` (the workbook just made),
:mod:`.archive_pane` (the versions sent), :mod:`.changes_pane` (what changed since a
month was sent), :mod:`.mark_sent_question` (the question before a month is closed),
:mod:`.models` (the three tables), :mod:`.workbook_words` (SSI's words as the window
says them) and :mod:`.work` (what runs off the GUI thread).  :mod:`.closed_month` asks
for the reason to post into a month already sent; every page that posts movements
uses it.
"""
