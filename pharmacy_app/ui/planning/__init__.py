"""The Planning page: the forecast, the projected stock, the order to SSI and the national
picture."""
