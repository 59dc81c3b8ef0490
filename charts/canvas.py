"""The Qt glue for charts: a matplotlib canvas in a widget with "Save as PNG/SVG".

The only module in ``charts`` that imports Qt. The widget owns a ``Figure``; callers draw on its
axes with the functions in :mod:`charts.figures` through :meth:`ChartView.plot`, which skips the
drawing when its inputs are those of the drawing shown (a reload or a tab shown again then costs
no drawing unless its numbers changed).

matplotlib takes a good part of a second to load, so this module imports it only when the first
chart is built, and :func:`after_first_paint` lets a view build its charts once the window has
shown its numbers: a cold start paints the window first, never a black frame while loading.
A start on an area without charts loads matplotlib in pieces while the user is idle
(:func:`preload_when_idle`), so the first chart opened does not wait for it.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

#: After the first paint, a short pause so that the frame reaches the screen (a compositor
#: shows it on its next refresh) before matplotlib loads on the UI thread.
FIRST_PAINT_PAUSE_MS = 20

T = TypeVar("T")

log = logging.getLogger(__name__)


#: What the first chart needs, in the order matplotlib loads it (its own dependencies first, so
#: that no piece takes much over a tenth of a second here): see :func:`preload_when_idle`.
PRELOAD_MODULES = (
    "pyparsing",
    "PIL.Image",
    "dateutil.parser",
    "kiwisolver",
    "numpy.ma",
    "packaging.version",
    "cycler",
    "matplotlib",
    "matplotlib.font_manager",
    "matplotlib.mathtext",
    "matplotlib.text",
    "matplotlib.collections",
    "matplotlib.image",
    "matplotlib.legend",
    "matplotlib.axes",
    "mpl_toolkits.mplot3d",
    "matplotlib.figure",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.dates",
    "charts.figures",
)
#: The user counts as idle after this long without a key, click, wheel or mouse move.
IDLE_S = 0.4
_PRELOAD_TICK_MS = 50
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class _Preloader(QObject):
    """Imports :data:`PRELOAD_MODULES` one per tick while no input came for :data:`IDLE_S`."""

    def __init__(self, app: QCoreApplication, modules: Sequence[str]):
        super().__init__(app)
        self._app = app
        self._waiting = [name for name in modules if name not in sys.modules]
        self._last_input = time.monotonic()
        self._timer = QTimer(self, interval=_PRELOAD_TICK_MS)
        self._timer.timeout.connect(self._load_next)
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _load_next(self) -> None:
        self._waiting = [name for name in self._waiting if name not in sys.modules]
        if not self._waiting:  # loaded meanwhile by a chart the user opened
            self.finish()
            return
        if time.monotonic() - self._last_input < IDLE_S:
            return
        name = self._waiting.pop(0)
        try:
            importlib.import_module(name)
        except ImportError:  # a dependency another matplotlib release does without
            log.debug("not preloaded: %s", name)
        except Exception:  # the first chart will meet it and say so: not here, unasked
            log.warning("preloading %s failed; charts load it when first shown", name)
            self._waiting.clear()
        if not self._waiting:
            self.finish()

    def finish(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
        self.deleteLater()


def preload_when_idle() -> _Preloader | None:
    """Load matplotlib a piece at a time while the user is idle (on the UI thread, where
    imports are safe: two threads importing one package can meet half-made modules).

    A start on an area without charts leaves matplotlib unloaded, and the first chart opened
    then froze the window for ~0.5 s while it loaded; loaded in pieces between the user's
    actions, each piece freezes it for at most ~0.1 s, and only when nobody is using it.
    Does nothing once matplotlib is loaded (a start on an area with charts)."""
    app = QCoreApplication.instance()
    if app is None or all(name in sys.modules for name in PRELOAD_MODULES):
        return None
    return _Preloader(app, PRELOAD_MODULES)


class _AfterPaint(QObject):
    """Watches one widget's paint events and calls back, once, after the first of them (or
    after ``give_up_ms`` without one, when given)."""

    def __init__(self, widget: QWidget, pause_ms: int, give_up_ms: int | None = None):
        super().__init__(widget)
        self.callbacks: list[Callable[[], None]] = []
        self._widget = widget
        self._pause_ms = pause_ms
        widget.installEventFilter(self)
        if give_up_ms is not None:
            QTimer.singleShot(give_up_ms, self, self._call_back)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._call_back()
        return False

    def _call_back(self) -> None:
        if not self.callbacks:
            return
        callbacks, self.callbacks = self.callbacks, []
        self._widget.removeEventFilter(self)
        setattr(self._widget, _PENDING, None)
        for callback in callbacks:
            # the timer belongs to the widget: one deleted meanwhile never calls back
            QTimer.singleShot(self._pause_ms, self._widget, callback)
        self.deleteLater()


_PENDING = "_charts_after_first_paint"  # the watcher waiting on a widget

#: A widget shown in a window on screen is painted within a frame or two; should no paint reach
#: it (nothing changed on it, or a child covers all of it), the callback runs after this long.
SHOWN_PAINT_WAIT_MS = 250


def after_first_paint(
    widget: QWidget,
    callback: Callable[[], None],
    pause_ms: int = FIRST_PAINT_PAUSE_MS,
    *,
    paint_first: bool = False,
) -> None:
    """Call ``callback()`` now if ``widget``'s window is already on screen, else just after
    ``widget`` is first painted: a window opening on a chart shows its numbers before matplotlib
    loads. The same callback asked for twice before that paint runs once.

    ``paint_first``: wait for the widget's next paint even in a window on screen (at most
    :data:`SHOWN_PAINT_WAIT_MS`), so that an area opened for the first time shows its list and
    numbers at once and builds its first chart just after, instead of before either is seen."""
    handle = widget.window().windowHandle()
    on_screen = handle is not None and handle.isExposed()
    if on_screen and not paint_first:
        callback()
        return
    watcher = getattr(widget, _PENDING, None)
    if watcher is None:
        watcher = _AfterPaint(widget, pause_ms, SHOWN_PAINT_WAIT_MS if on_screen else None)
        setattr(widget, _PENDING, watcher)
    if callback not in watcher.callbacks:
        watcher.callbacks.append(callback)


class ChartView(QWidget):
    """A figure on a canvas with a save button. ``save_requested`` is handled by the owner's
    dialog service through ``ask_path``: a callable returning a file path or ''."""

    def __init__(self, ask_path=None, parent=None, *, nrows: int = 1, sharex: bool = False):
        super().__init__(parent)
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 4), layout="constrained")
        self.axes = self.figure.subplots(nrows, 1, sharex=sharex, squeeze=False)[:, 0].tolist()
        self.canvas = _canvas_class()(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(200, 160)
        self._ask_path = ask_path
        self._shown: tuple[Any, Any] | None = None  # (call, result) of the drawing shown
        self.save_button = QPushButton(self.tr("Save as PNG/SVG…"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)

    @property
    def ax(self):
        return self.axes[0]

    def plot(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` draws on this view's axes and returns what it drew;
        the canvas is then redrawn. When the call is the one already shown (the same function
        with equal arguments), nothing is drawn and its result is returned again: a first
        draw of a figure costs a tenth of a second or more, which a reload or a tab shown
        again then does not pay unless its numbers changed.

        Arguments are compared by value, lists and dicts by a copy of their contents taken
        now, so a list changed in place later still counts as changed; other arguments
        should be values (numbers, strings, dates, frozen dataclasses) or shared objects
        such as the axes and formatting functions. A view drawn through this method is
        drawn only through it (anything else drawn on its axes would not be known here)."""
        call = (function, _snapshot(args), _snapshot(kwargs))
        if self._shown is not None and _equal(self._shown[0], call):
            return self._shown[1]
        result = function(*args, **kwargs)
        self._shown = (call, result)
        self.redraw()
        return result

    def set_hover(self, targets) -> None:
        """Show a label by the pointer over a dot: ``targets`` is [(collection, labels)], as
        :func:`charts.figures.plot_reach_vs_price` returns under ``"hover"``."""
        self._hover_targets = list(targets)
        if getattr(self, "_hover_connection", None) is None:
            self._hover_connection = self.canvas.mpl_connect("motion_notify_event", self._hover)

    def hover_text_at(self, x: float, y: float) -> str:
        """The label of the dot under display point (x, y), or '' (also used by tests)."""
        from matplotlib.backend_bases import MouseEvent

        event = MouseEvent("motion_notify_event", self.canvas, x, y)
        for collection, labels in getattr(self, "_hover_targets", []):
            if collection.axes is None or collection.figure is None:
                continue  # an old drawing, cleared since
            hit, info = collection.contains(event)
            if hit and len(info.get("ind", [])):
                return labels[int(info["ind"][0])]
        return ""

    def _hover(self, event) -> None:
        text = self.hover_text_at(event.x, event.y) if event.inaxes is not None else ""
        note = getattr(self, "_hover_note", None)
        if note is not None and note.axes is None:
            note = self._hover_note = None  # removed when the axes were cleared
        if not text:
            if note is not None and note.get_visible():
                note.set_visible(False)
                self.canvas.draw_idle()
            return
        ax = event.inaxes
        if note is None or note.axes is not ax:
            if note is not None:
                note.remove()
            note = self._hover_note = ax.annotate(
                "", xy=(0, 0), xytext=(12, 12), textcoords="offset points", fontsize=8,
                bbox={"boxstyle": "round", "fc": "#ffffe8", "ec": "#999999"}, zorder=10,
            )  # fmt: skip
        note.xy = (event.xdata, event.ydata)
        note.set_text(text)
        note.set_visible(True)
        self.canvas.draw_idle()

    def redraw(self) -> None:
        """Render the figure again on a coming turn of the event loop (see
        :func:`_canvas_class`)."""
        self.canvas.draw_idle()

    def save(self, path: str | None = None) -> str:
        """Save the chart; the format follows the file's extension (PNG unless it is .svg)."""
        if not path and self._ask_path is not None:
            path = self._ask_path()
        if not path:
            return ""
        if not path.lower().endswith((".png", ".svg")):
            path += ".png"
        self.figure.savefig(path, dpi=150 if path.lower().endswith(".png") else None)
        return path


class _RenderQueue:
    """Canvases waiting to be rendered, rendered one per turn of the event loop in the order
    asked, each put on screen at once (see :func:`_canvas_class`)."""

    def __init__(self) -> None:
        self._waiting: list[Any] = []
        self._turn_asked = False

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def add(self, canvas) -> None:
        if canvas not in self._waiting:  # several requests before its turn: one render
            self._waiting.append(canvas)
        self._ask_for_turn()

    def _ask_for_turn(self) -> None:
        if self._waiting and not self._turn_asked:
            self._turn_asked = True
            QTimer.singleShot(0, self._render_next)

    def _render_next(self) -> None:
        self._turn_asked = False
        try:
            while self._waiting:
                canvas = self._waiting.pop(0)
                if shiboken6.isValid(canvas) and canvas.width() > 0 and canvas.height() > 0:
                    canvas.draw()
                    canvas.repaint()  # on screen now, not after the other charts' renders
                    return
                # deleted meanwhile, or not laid out yet (its resize asks again)
        finally:
            self._ask_for_turn()


_render_queue = _RenderQueue()


@functools.cache
def _canvas_class():
    """matplotlib's Qt canvas, its idle draws ("render on the next turn of the event loop":
    a change, a resize, a hover label) made through one queue for all charts.

    matplotlib renders each canvas that asked on the same turn, so an area with three charts
    rendered all three (~0.1–0.2 s each on a first draw) before putting any on screen, and
    the window answered no input meanwhile. Through the queue each chart is rendered on a turn
    of its own and painted at once: the first is seen a few tenths of a second sooner, input
    is answered between renders, and the requests made before a chart's turn (its new drawing
    and the resize of its new area, say) cost one render. Made on first use: matplotlib loads
    with the first chart."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class QueuedCanvas(FigureCanvasQTAgg):
        def draw_idle(self) -> None:
            _render_queue.add(self)

    return QueuedCanvas


def renders_waiting() -> bool:
    """Whether a chart still waits to be rendered."""
    return bool(_render_queue)


def _snapshot(value: Any) -> Any:
    """``value`` with every list, tuple and dict in it copied into tuples (for comparing a
    call with a later one: a list changed in place since no longer compares equal)."""
    if isinstance(value, list | tuple):
        return tuple(_snapshot(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, _snapshot(item)) for key, item in value.items())
    return value


def _equal(shown: Any, call: Any) -> bool:
    try:
        return bool(shown == call)
    except (TypeError, ValueError):  # arrays and the like compare element by element: draw
        return False
