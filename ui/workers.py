"""Running blocking work (big imports, reach and vetting figures) off the UI thread.

The work function gets ``progress(done, total)`` and ``cancelled()`` callables; it must not touch
widgets. Its result or exception arrives through Qt signals on the UI thread. :func:`run_task`
wraps this for one-shot computations: the callbacks are skipped when the widget that asked is gone
or the task was cancelled.

Qt objects must be destroyed on the thread that owns them: a QObject freed on a worker thread
leaves its timers registered, and the next timer tick crashes the process. So worker threads never
hold a reference to a Qt object (they report through one dispatcher, by task number), and Python's
cyclic garbage collector, which runs on whichever thread happens to allocate, is switched from
automatic to a timer on the UI thread once workers are in use (the approach of pyqtgraph's
``GarbageCollector``): cyclic garbage holding widgets or qasync's timers is collected there only.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

_PROGRESS, _FINISHED, _FAILED = range(3)

log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    """Carries worker reports to the UI thread (the thread that created it)."""

    report = Signal(int, int, object)  # task number, kind, payload

    def __init__(self):
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self.report.connect(self._deliver)
        gc.disable()  # from now on cycles are collected on this (the UI) thread only
        self._collector = QTimer(self, interval=500)
        self._collector.timeout.connect(collect_garbage)
        self._collector.start()

    @Slot(int, int, object)
    def _deliver(self, number: int, kind: int, payload: object) -> None:
        task = self.tasks.get(number)
        if task is None:
            return
        if kind == _PROGRESS:
            task.progressed.emit(*payload)
            return
        del self.tasks[number]
        task.done = True
        if kind == _FINISHED:
            task.finished.emit(payload)
        else:
            task.failed.emit(payload)


def hold_collection_for_startup() -> None:
    """No cyclic collection while the app starts.

    Start-up makes objects that live as long as the app (modules, classes, the window, then the
    first charts and matplotlib behind them): the automatic collector would walk them again and
    again while the ~600 modules load (~0.2 s of a start here) and free nothing.
    :func:`collect_after_startup` ends the hold; until then the UI thread's timer skips too.
    """
    global _held_for_startup
    if gc.isenabled():
        gc.disable()
        _held_for_startup = True


def collect_after_startup() -> None:
    """End the start-up hold, if one was made: what start-up built is kept out of every later
    collection (so each one walks only what came after), and cycles are collected again: on the
    UI thread's timer once workers are in use, automatically until then.

    The little cyclic garbage start-up leaves is frozen with the rest, never freed: ~2,500
    objects, ~0.4 MB here (matplotlib's marker styles and transforms, frames), against a full
    collection's ~0.16 s pause it would take to find them.
    """
    global _held_for_startup
    if not _held_for_startup:
        return
    _held_for_startup = False
    gc.freeze()
    if _dispatcher is None:
        gc.enable()


def collect_garbage() -> None:
    """Collect cyclic garbage on the calling (UI) thread, as the automatic collector would."""
    if _held_for_startup:
        return
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 > threshold0:
        gc.collect(0)
        if count1 > threshold1:
            gc.collect(1)
            if count2 > threshold2:
                gc.collect(2)


_dispatcher: _Dispatcher | None = None
_held_for_startup = False
_numbers = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:  # first use is on the UI thread, which then owns it
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Runnable(QRunnable):
    def __init__(self, number: int, work: Callable[..., Any], cancel: threading.Event, report):
        super().__init__()
        self._number, self._work, self._cancel, self._report = number, work, cancel, report

    def run(self) -> None:
        number, report = self._number, self._report
        try:
            result = self._work(
                lambda done, total: report.emit(number, _PROGRESS, (done, total)),
                self._cancel.is_set,
            )
        except Exception as error:  # handed to the UI thread, which shows it
            report.emit(number, _FAILED, error)
        else:
            report.emit(number, _FINISHED, result)
        finally:
            self._work = None


class Task(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Task:
        dispatcher = _get_dispatcher()
        number = next(_numbers)
        dispatcher.tasks[number] = self  # held on the UI thread until its last report
        work, self._work = self._work, None
        QThreadPool.globalInstance().start(_Runnable(number, work, self._cancel, dispatcher.report))
        return self


#: Tasks started by :func:`run_task` and not yet delivered.
_running: set[Task] = set()


def run_task(
    owner: QObject,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> Task:
    """Run ``work()`` in a worker thread; ``done(result)`` or ``failed(error)`` on the UI thread.

    Neither is called when ``owner`` (the widget that asked) has been deleted meanwhile or the
    task was cancelled: a closed window's figures are dropped, not painted on a dead widget.
    """
    task = Task(lambda _progress, _cancelled: work())  # no parent: it may outlive ``owner``

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        if task.is_cancelled() or not shiboken6.isValid(owner):
            return
        callback(value)

    task.finished.connect(lambda result: deliver(done, result))
    task.failed.connect(lambda error: deliver(failed, error))
    _running.add(task)
    return task.start()


def when_task_ends(
    task: asyncio.Future,
    owner: QObject,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    cancelled: Callable[[], None] | None = None,
    *,
    closing: Callable[[], bool] | None = None,
    what: str = "work",
) -> None:
    """The UI side of an asyncio task (Telegram work on qasync's loop): one of ``done(result)``,
    ``failed(error)`` or ``cancelled()`` once the task ends, as :func:`run_task` does for threads.

    Nothing is called when ``owner`` has been deleted meanwhile or ``closing()`` says it is going
    away (its window cancelled the work). An error that is neither Telegram's nor the user's input
    (a bug, the database) is written to the log here ("<owner's class>: <what> failed"), with its
    traceback, before ``failed`` tells the user.
    """

    def ended(task: asyncio.Future) -> None:
        if not shiboken6.isValid(owner) or (closing is not None and closing()):
            return
        if task.cancelled():
            if cancelled is not None:
                cancelled()
            return
        error = task.exception()
        if error is None:
            done(task.result())
            return
        from pricing.errors import InputError
        from tgclient.errors import TelegramError

        # Telegram's refusals and the user's wrong input are told, not bugs to trace
        if not isinstance(error, TelegramError | InputError):
            log.error("%s: %s failed", type(owner).__name__, what, exc_info=error)
        failed(error)

    task.add_done_callback(ended)


def busy() -> bool:
    """Whether a :func:`run_task` task has not been delivered yet."""
    return bool(_running)


def wait_for_tasks(timeout_ms: int = 30_000) -> None:
    """Block until every started task is delivered (screenshots, tests, quitting)."""
    pool = QThreadPool.globalInstance()
    for _ in range(100):
        if not _running and not (_dispatcher and _dispatcher.tasks):
            return
        pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()
