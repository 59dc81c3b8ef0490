"""Cold start onto each area, side by side with a bare PySide6 + matplotlib window.

Every run is a fresh process, timed from the moment it is spawned: seconds to the window's first
paint and to its charts being drawn, for (a) the baseline, a bare window with one matplotlib QtAgg
canvas drawing a small line chart, and (b) ``main.py --tab TAB`` for each area, on a price book
of the demo's size written beforehand (``--demo`` starts with ``main.py --demo`` instead, which
seeds the demo book at every start, a cost a user's own start does not have). The first
painted frame is grabbed from the screen and checked: a window that shows its numbers, not a black
frame (share of pure-black pixels and mean brightness). "Charts drawn" is when the last chart
visible on the area was first painted with its drawing; an area without charts counts its first
paint. Rows run in interleaved rounds, so load on the machine falls on all of them alike; the
project is byte-compiled first, as an installed app is (the baseline's libraries are too).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_start.py [--runs 3] [--tab suggestion ...]
(or under a real display with QT_QPA_PLATFORM=xcb, where the grab is what the screen showed).

Target: first paint and charts drawn each ≤ 1.3× the baseline's (medians of the runs).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABS = ["pricebook", "mychannel", "suggestion", "history", "vetting", "niche", "placements"]
TARGET = 1.3
BLACK_SHARE_LIMIT = 0.05  # more than this share of pure-black pixels is a black first paint

# What every child runs first: the marks, the first-frame grab and the "charts drawn" watch,
# installed by ``watch_paints()`` once the QApplication exists. It imports PySide6 only then and
# knows matplotlib's canvas by class name only: the start-up under test keeps its import order.
PROBE = r"""
import sys, time, json

QUIET_S = float(sys.argv[1])
marks = {}
frames = []
canvas_painted = {}
last_activity = [time.monotonic()]
last_tick = [time.monotonic()]


def is_canvas(widget):
    return any(k.__name__ == "FigureCanvasQTAgg" for k in type(widget).__mro__)


def shown_area(window):
    tabs = getattr(window, "tabs", None)
    return tabs.currentWidget() if tabs is not None else window


def grab_first_frame(window):
    from PySide6.QtWidgets import QApplication

    # only the grab here; its pixels are read once settled, so that reading them takes no time
    # from the app under test
    frames.append(QApplication.primaryScreen().grabWindow(window.winId()).toImage())


def check_first_frame():
    image = frames[0].scaledToWidth(240)
    black = total = 0
    brightness = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            r, g, b = colour.red(), colour.green(), colour.blue()
            total += 1
            black += r == g == b == 0
            brightness += (r + g + b) / 3
    marks["first_frame_black_share"] = black / max(total, 1)
    marks["first_frame_brightness"] = brightness / max(total, 1)


def canvas_checked(canvas):
    if canvas in canvas_painted or getattr(canvas, "renderer", None) is None:
        return
    canvas_painted[canvas] = time.monotonic()
    last_activity[0] = time.monotonic()


def paint_seen(watched, event):
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            now = time.monotonic()
            if "first_paint" not in marks:
                marks["first_paint"] = last_activity[0] = now
                window = watched.window()
                QTimer.singleShot(0, lambda: grab_first_frame(window))
            if is_canvas(watched):
                last_activity[0] = now
                QTimer.singleShot(0, lambda: canvas_checked(watched))


def settled():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    if "first_paint" not in marks or not windows:
        return
    now = time.monotonic()
    workers = sys.modules.get("ui.workers")
    if now - last_tick[0] > 0.1 or (workers is not None and workers.busy()):
        last_activity[0] = now  # the UI thread was busy, or a worker still is
    last_tick[0] = now
    if now - last_activity[0] < QUIET_S:
        return
    window = max(windows, key=lambda w: w.width() * w.height())
    area = shown_area(window)
    shown = [c for c in canvas_painted if c.isVisible() and area.isAncestorOf(c)]
    marks["charts"] = len(shown)
    marks["charts_drawn"] = max([canvas_painted[c] for c in shown] or [marks["first_paint"]])
    check_first_frame()
    print("BENCH " + json.dumps(marks), flush=True)
    app.quit()


def watch_paints():
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        def eventFilter(self, watched, event):
            paint_seen(watched, event)
            return False

    app = QApplication.instance()
    kept.append(Watch())
    app.installEventFilter(kept[-1])
    kept.append(QTimer(interval=20))
    kept[-1].timeout.connect(settled)
    kept[-1].start()


kept = []
"""

BASELINE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])
watch_paints()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

figure = Figure(figsize=(6, 4), layout="constrained")
figure.add_subplot().plot([1, 2, 3, 4, 5], [3, 1, 4, 1, 5])
window = QMainWindow()
window.setCentralWidget(FigureCanvasQTAgg(figure))
window.resize(1280, 820)
window.show()
app.exec()
"""

CHANNELRATE = r"""
import main

font = main._install_fallback_font  # called just after the QApplication is made


def font_then_watch():
    font()
    watch_paints()


main._install_fallback_font = font_then_watch
sys.argv = [sys.argv[0], *sys.argv[3:], "--lang", "en", "--tab", sys.argv[2]]
sys.exit(main.run())  # as the installed program starts it (``channelrate = "main:run"``)
"""


def run_once(
    code: str, args: list[str], quiet_s: float, timeout_s: float, book: Path | None = None
) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-start-") as data:
        if book is not None:  # the user's own price book, where a normal start looks for it
            shutil.copyfile(book, Path(data) / "channelrate.sqlite3")
        env = dict(os.environ, CHANNELRATE_DATA_DIR=data)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte code as installed (see main())
        spawned = time.monotonic()  # CLOCK_MONOTONIC: the same clock in the child
        result = subprocess.run(
            [sys.executable, "-c", PROBE + code, str(quiet_s), *args],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s,
        )  # fmt: skip
    for line in result.stdout.splitlines():
        if line.startswith("BENCH "):
            marks = json.loads(line[6:])
            for key in ("first_paint", "charts_drawn"):
                marks[key] -= spawned
            return marks
    raise RuntimeError(f"no marks from {args or 'baseline'}:\n{result.stderr[-2000:]}")


def measure(
    code: str, args: list[str], runs: int, quiet_s: float, book: Path | None = None
) -> dict:
    samples = [run_once(code, args, quiet_s, 120, book) for _ in range(runs)]

    def column(key: str) -> list[float]:
        return [sample[key] for sample in samples]

    return {
        "first_paint": statistics.median(column("first_paint")),
        "first_paint_best": min(column("first_paint")),
        "charts_drawn": statistics.median(column("charts_drawn")),
        "charts_drawn_best": min(column("charts_drawn")),
        "charts": max(column("charts")),
        "black_share": max(column("first_frame_black_share")),
        "brightness": statistics.median(column("first_frame_brightness")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per row (median)")
    parser.add_argument("--tab", action="append", choices=TABS, help="only these areas")
    parser.add_argument(
        "--quiet", type=float, default=0.8,
        help="seconds without painting or workers after which a window counts as settled",
    )  # fmt: skip
    parser.add_argument(
        "--demo", action="store_true",
        help="start with --demo (the demo book is seeded at every start) instead of a user's book",
    )  # fmt: skip
    options = parser.parse_args()
    tabs = options.tab or TABS
    # An installed app runs from byte code (pip and the packaged build compile it), as the
    # baseline's matplotlib and PySide6 do: compile the project's modules once, as installing
    # would, so that neither row pays for compiling its sources.
    import compileall

    for folder in ("application", "charts", "pricing", "storage", "tgclient", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)
    book = None
    with contextlib.ExitStack() as cleanup:
        if not options.demo:  # a user's own book: the demo's contents, written once beforehand
            folder = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="bench-book-")))
            book = folder / "book.sqlite3"
            _write_book(book)
        _measure_all(options, tabs, book)


def _write_book(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from storage import Storage, open_database
    from storage.demo import seed_demo

    db = open_database(path)
    seed_demo(Storage(db))
    db.close()


def _measure_all(options: argparse.Namespace, tabs: list[str], book: Path | None) -> None:
    started_as = ["--demo"] if book is None else []
    what = "the demo (seeded at start)" if book is None else "a price book of the demo's size"
    print(f"cold start onto {what}, median of {options.runs} fresh processes (best in brackets), s")
    header = (
        f"{'':>12} {'first paint':>15} {'×':>5} {'charts drawn':>15} {'×':>5} "
        f"{'charts':>6} {'black':>6} {'bright':>6}  target ≤ {TARGET}×"
    )
    print(header)
    # Interleaved rounds, so that load on the machine falls on every row alike.
    rows = {"baseline": (BASELINE, [])} | {tab: (CHANNELRATE, [tab, *started_as]) for tab in tabs}
    samples: dict[str, list[dict]] = {name: [] for name in rows}
    for _ in range(options.runs):
        for name, (code, args) in rows.items():
            samples[name].append(measure(code, args, 1, options.quiet, book if args else None))
    figures = {name: _merge(found) for name, found in samples.items()}
    base = figures["baseline"]
    failed = []
    for name, row in figures.items():
        paint_ratio = row["first_paint"] / base["first_paint"]
        drawn_ratio = row["charts_drawn"] / base["charts_drawn"]
        black = row["black_share"] > BLACK_SHARE_LIMIT
        met = paint_ratio <= TARGET and drawn_ratio <= TARGET and not black
        if name != "baseline" and not met:
            failed.append(name)
        verdict = "" if name == "baseline" else ("MET" if met else "NOT MET")
        if black:
            verdict += " (black first paint)"
        print(
            f"{name:>12} {row['first_paint']:5.2f} ({row['first_paint_best']:4.2f}) "
            f"{paint_ratio:5.2f} {row['charts_drawn']:5.2f} ({row['charts_drawn_best']:4.2f}) "
            f"{drawn_ratio:5.2f} {row['charts']:>6} {row['black_share']:6.1%} "
            f"{row['brightness']:6.0f}  {verdict}"
        )
    print(
        "black: largest share of pure-black pixels in the first painted frame; "
        "bright: its mean brightness (0–255)"
    )
    print("all areas MET" if not failed else f"NOT MET: {', '.join(failed)}")


def _merge(found: list[dict]) -> dict:
    """One row from single-run measurements: medians, bests, the worst black share."""

    def column(key: str) -> list[float]:
        return [row[key] for row in found]

    return {
        "first_paint": statistics.median(column("first_paint")),
        "first_paint_best": min(column("first_paint_best")),
        "charts_drawn": statistics.median(column("charts_drawn")),
        "charts_drawn_best": min(column("charts_drawn_best")),
        "charts": max(column("charts")),
        "black_share": max(column("black_share")),
        "brightness": statistics.median(column("brightness")),
    }


if __name__ == "__main__":
    main()
