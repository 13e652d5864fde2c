"""The window started as a user starts it, until the Stock page shows its first rows.

Run by the benchmark in a process of its own (``python -m benchmarks.cold_start URL``,
offscreen); prints ``filled <rows> <peak KiB>`` once the Stock page's table has rows
and leaves at once (the benchmark times the process from its start to that line).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(url: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pharmacy_app.services.app import open_app
    from pharmacy_app.ui.app import setup_application

    qapp = QApplication(sys.argv[:1])
    setup_application(qapp)
    app = open_app(url, "bench")
    from pharmacy_app.ui.main_window import MainWindow

    window = MainWindow(app)
    window.show()
    model = window.stock_page.model

    def poll() -> None:
        rows = model.rowCount()
        if rows:
            print(f"filled {rows} {_peak_kib()}", flush=True)
            os._exit(0)  # measured: what follows (saving the layout, closing) is not

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(poll)
    timer.start()
    qapp.exec()


def _peak_kib() -> int:
    """This process's own peak resident memory.  Not ``getrusage``: Linux carries the
    parent's peak across fork and exec into ``ru_maxrss``, so a large benchmark process
    would show as the window's."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    main(sys.argv[1])
