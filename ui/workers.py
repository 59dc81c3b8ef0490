"""Running blocking work (big imports, reach and vetting figures) off the UI thread.

The work function gets ``progress(done, total)`` and ``cancelled()`` callables; it must not touch
widgets. Its result or exception arrives through Qt signals, queued to the thread that owns the
:class:`Task` (the UI thread). :func:`run_task` wraps this for one-shot computations: the
callbacks are skipped when the widget that asked is gone or the task was cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


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
        task = self

        class _Runnable(QRunnable):
            def run(self) -> None:
                try:
                    result = task._work(task.progressed.emit, task.is_cancelled)
                except Exception as error:  # handed to the UI thread, which shows it
                    task.done = True
                    task.failed.emit(error)
                else:
                    task.done = True
                    task.finished.emit(result)

        QThreadPool.globalInstance().start(_Runnable())
        return self


#: Tasks started by :func:`run_task` and not yet delivered (they have no Qt parent).
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


def busy() -> bool:
    """Whether a :func:`run_task` task has not been delivered yet."""
    return bool(_running)


def wait_for_tasks(timeout_ms: int = 30_000) -> None:
    """Block until every :func:`run_task` task is delivered (screenshots and tests)."""
    pool = QThreadPool.globalInstance()
    for _ in range(100):
        if not _running:
            return
        pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()
