"""matplotlib is loaded in pieces while the user is idle, so that the first chart opened after a
start on an area without charts does not freeze the window while it loads. Each case runs in a
fresh process: the test process has matplotlib loaded long ago."""

from charts.canvas import PRELOAD_MODULES
from tests.process_helpers import run_python


def test_nothing_loads_while_the_user_types_and_everything_once_idle(tmp_path):
    code = """
import json, sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication([])
from charts import canvas

field = QLineEdit()
field.show()
canvas.preload_when_idle()
before = "matplotlib" in sys.modules
typing_until = time.monotonic() + 1.5
while time.monotonic() < typing_until:  # a key every 50 ms: the user is never idle
    QTest.keyClick(field, "a")
    app.processEvents()
    time.sleep(0.05)
while_typing = "matplotlib" in sys.modules
deadline = time.monotonic() + 30
while not all(n in sys.modules for n in canvas.PRELOAD_MODULES) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({"before": before, "while_typing": while_typing, "typed": len(field.text()),
                  "loaded": [n for n in canvas.PRELOAD_MODULES if n in sys.modules]}))
"""
    result = run_python(code, tmp_path)
    assert result["before"] is False and result["while_typing"] is False
    assert result["typed"] >= 10  # every key reached the field meanwhile
    assert result["loaded"] == list(PRELOAD_MODULES)


def test_a_start_on_the_price_book_paints_it_first_then_loads_matplotlib_unasked(tmp_path):
    code = """
import json, sys
import main

at_first_paint = []
install_font = main._install_fallback_font

def watch():
    install_font()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not at_first_paint:
                at_first_paint.append("matplotlib" in sys.modules)
            return False

    watch.filter = FirstPaint()
    app.installEventFilter(watch.filter)

    def quit_when_loaded():
        if "matplotlib.figure" in sys.modules and "charts.figures" in sys.modules:
            app.quit()

    watch.timer = QTimer(interval=50)
    watch.timer.timeout.connect(quit_when_loaded)
    watch.timer.start()
    QTimer.singleShot(30000, app.quit)

main._install_fallback_font = watch
code = main.run(["--demo", "--tab", "pricebook", "--lang", "en"])
print(json.dumps({"code": code, "at_first_paint": at_first_paint,
                  "loaded": "matplotlib.figure" in sys.modules}))
"""
    result = run_python(code, tmp_path)
    assert result["code"] == 0
    assert result["at_first_paint"] == [False]  # the price book painted before any of it
    assert result["loaded"]  # and no chart was opened
