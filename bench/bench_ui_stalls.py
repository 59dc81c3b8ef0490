"""How long the window stops answering when the user moves around: the UI thread's longest stall
per action, and the charts drawn for it.

The app is started (in this process, as ``main.run``) on a price book of the demo's size in a
1280×720 window, on the price book; after 3 s there (while the user reads, matplotlib is loaded
in pieces: ``charts.canvas.preload_when_idle``; the start's stall is the largest piece) a
user's round is played: every area opened for the first time, opened again, View → Refresh
(``MainWindow.reload``) on each chart area, away and back. A 5 ms
timer on the UI thread measures each stall (the gap between two of its ticks); matplotlib's
draws are counted per action.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_ui_stalls.py [--runs 3]

Target: after an area's first opening, showing it again or refreshing it with nothing changed
stalls the window < 150 ms and draws no chart (a first draw of a figure costs a tenth of a
second or more here); first openings (matplotlib loading, the first draws) are reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STALL_TARGET_MS = 150
AREAS = ["pricebook", "mychannel", "suggestion", "history", "vetting", "niche", "placements"]
CHART_AREAS = ["suggestion", "history", "placements"]


def _plan(window) -> list[tuple[str, object, bool]]:
    """(label, action, held to the target) in the order a user might do them."""

    def show(key):
        return lambda: window.show_area(key)

    plan: list[tuple[str, object, bool]] = [("start", lambda: window.resize(1280, 720), False)]
    plan += [(f"open {key} (first)", show(key), False) for key in AREAS]
    plan += [(f"open {key} again", show(key), True) for key in ["pricebook", *CHART_AREAS]]
    for key in CHART_AREAS:
        plan += [(f"{key}: View → Refresh", window.reload, True)]
        plan += [(f"{key}: away to the price book", show("pricebook"), True)]
        plan += [(f"{key}: shown again after the refresh", show(key), True)]
    return plan


def child(book: Path) -> None:
    """One round in this process: prints one line per action (label, stall ms, draws)."""
    sys.path.insert(0, str(ROOT))
    data = Path(tempfile.mkdtemp(prefix="bench-stalls-"))
    shutil.copyfile(book, data / "channelrate.sqlite3")
    os.environ["CHANNELRATE_DATA_DIR"] = str(data)
    import main

    install_font = main._install_fallback_font  # called just after the QApplication is made
    state: dict = {"label": "start", "stall": {}, "draws": {}, "last": None, "kept": []}

    def count_draws() -> None:
        agg = sys.modules.get("matplotlib.backends.backend_agg")
        if agg is None or getattr(agg.FigureCanvasAgg, "_bench_counted", False):
            return
        draw = agg.FigureCanvasAgg.draw

        def counted(canvas, *args, **kwargs):
            state["draws"][state["label"]] = state["draws"].get(state["label"], 0) + 1
            return draw(canvas, *args, **kwargs)

        agg.FigureCanvasAgg.draw = counted
        agg.FigureCanvasAgg._bench_counted = True

    def tick() -> None:
        count_draws()
        now = time.monotonic()
        if state["last"] is not None:
            gap = now - state["last"]
            state["stall"][state["label"]] = max(state["stall"].get(state["label"], 0.0), gap)
        state["last"] = now

    def start_round() -> None:
        install_font()
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        ticker = QTimer(interval=5)
        ticker.timeout.connect(tick)
        ticker.start()
        state["kept"].append(ticker)

        def window():
            return max(app.topLevelWidgets(), key=lambda w: w.width() * w.height())

        def step(plan, i=0) -> None:
            if plan is None:
                plan = _plan(window())
            if i == len(plan):
                for label, _action, held in plan:
                    stall = state["stall"].get(label, 0.0) * 1000
                    draws = state["draws"].get(label, 0)
                    print(f"STALL {label}\t{stall:.0f}\t{draws}\t{int(held)}", flush=True)
                app.quit()
                return
            label, action, _held = plan[i]
            state["label"] = label
            action()
            QTimer.singleShot(3000 if i == 0 else 1500, lambda: step(plan, i + 1))

        QTimer.singleShot(0, lambda: step(None))

    main._install_fallback_font = start_round
    main.run(["--tab", "pricebook", "--lang", "en"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="rounds, each in a fresh process")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child)
        return
    sys.path.insert(0, str(ROOT))
    from storage import Storage, open_database
    from storage.demo import seed_demo

    with tempfile.TemporaryDirectory(prefix="bench-stalls-book-") as folder:
        book = Path(folder) / "book.sqlite3"
        db = open_database(book)
        seed_demo(Storage(db))
        db.close()
        rounds = [_one_round(book) for _ in range(options.runs)]
    labels = list(rounds[0])
    print(f"UI-thread stalls on a demo-size book, 1280×720, median of {options.runs} rounds")
    print(f"{'action':40} {'stall ms':>9} {'draws':>6}  target < {STALL_TARGET_MS} ms, no draw")
    missed = []
    for label in labels:
        stall = statistics.median(r[label][0] for r in rounds)
        draws = statistics.median(r[label][1] for r in rounds)
        held = rounds[0][label][2]
        verdict = ""
        if held:
            met = stall < STALL_TARGET_MS and draws == 0
            verdict = "MET" if met else "NOT MET"
            if not met:
                missed.append(label)
        print(f"{label:40} {stall:9.0f} {draws:6.0f}  {verdict}")
    print("all targets MET" if not missed else f"NOT MET: {', '.join(missed)}")


def _one_round(book: Path) -> dict[str, tuple[float, int, bool]]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(book)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    found = {}
    for line in result.stdout.splitlines():
        if line.startswith("STALL "):
            label, stall, draws, held = line[6:].split("\t")
            found[label] = (float(stall), int(draws), held == "1")
    if not found:
        raise RuntimeError(f"no figures from the round:\n{result.stderr[-2000:]}")
    return found


if __name__ == "__main__":
    main()
