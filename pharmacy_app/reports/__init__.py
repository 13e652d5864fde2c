"""Files the application writes: CSV and spreadsheet exports, PDF lists."""
