"""The Planning page: the forecast, the projected stock and the order to SSI."""
