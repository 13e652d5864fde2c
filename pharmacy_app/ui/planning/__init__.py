"""The Planning page's tabs (the national picture; forecasts and stock-outs join at integration)."""
