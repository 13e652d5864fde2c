"""Use cases, one transaction each.  Screens and the command line call only these."""
