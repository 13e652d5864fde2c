"""Entry point of ``pharmacy-app``: the window without a command, the command line with one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from pharmacy_app import cli

    parsed = cli.parse_args(args)
    if parsed.command is None:
        from pharmacy_app.ui.app import run_gui

        return run_gui(parsed.db, parsed.user)
    return cli.run(parsed)


if __name__ == "__main__":
    sys.exit(main())
