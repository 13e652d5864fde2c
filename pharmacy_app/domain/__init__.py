"""Pure domain rules: quantities, expiry, the ledger's invariants. No Qt, no SQL."""
