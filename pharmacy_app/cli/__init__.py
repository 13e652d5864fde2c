"""The command line: one module per command group, the parser and the running of a
command in :mod:`.parser`.  ``main.py`` and the tests call
``cli.parse_args(argv)`` and ``cli.run(args)``.
"""

from pharmacy_app.cli.parser import build_parser, parse_args, run
from pharmacy_app.paths import default_database_url

__all__ = ["build_parser", "default_database_url", "parse_args", "run"]
