"""Entry point of ``pharmacy-app``: the window without a command, the command line with one."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from pharmacy_app import cli

    parsed = cli.parse_args(args)
    if parsed.command is None:
        from pharmacy_app.ui.app import run_gui

        return run_gui(parsed.db, parsed.user, smoke_test=parsed.smoke_test)
    try:
        return cli.run(parsed)
    except BrokenPipeError:
        # The reader stopped early (e.g. `stock --csv | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
