"""Running blocking work (big imports) off the UI thread, with results back on the UI thread.

The work function gets ``progress(done, total)`` and ``cancelled()`` callables; it must not touch
widgets. Its result or exception arrives through Qt signals, queued to the thread that owns the
:class:`Task` (the UI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
