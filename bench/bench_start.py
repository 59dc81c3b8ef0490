"""Cold start onto an area: seconds from process start to the window's first paint, and to the
charts being drawn. Run: QT_QPA_PLATFORM=offscreen python bench/bench_start.py [--tab suggestion]

Target: the first paint (a window with its numbers, no black frame) well under a second; the
charts follow on the next turns of the event loop.
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tab", default="suggestion")
    options = parser.parse_args()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import main as app_main

    app = QApplication([])
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "first paint" not in marks:
                marks["first paint"] = time.perf_counter() - STARTED
            return False

    with tempfile.TemporaryDirectory() as workdir:
        args = app_main.parse_args(["--demo", "--tab", options.tab, "--lang", "en"])
        app_main._install_language(app, "en")
        window = app_main.compose(args, Path(workdir))
        window.show_area(options.tab)
        marks["window built"] = time.perf_counter() - STARTED
        watcher = FirstPaint()
        app.installEventFilter(watcher)
        window.show()

        def charts_drawn() -> None:
            area = window.area(options.tab)
            if "charts drawn" not in marks and getattr(area, "charts", None):
                marks["charts drawn"] = time.perf_counter() - STARTED
            if len(marks) >= 3 or time.perf_counter() - STARTED > 10:
                app.quit()

        poll = QTimer(interval=5)
        poll.timeout.connect(charts_drawn)
        poll.start()
        app.exec()
        window.close()
    for name, seconds in sorted(marks.items(), key=lambda m: m[1]):
        print(f"{name:>14}: {seconds:.2f} s")


if __name__ == "__main__":
    main()
