"""The Stocktake page: counts, the open count's lines, posting (``page.StocktakePage``)."""
