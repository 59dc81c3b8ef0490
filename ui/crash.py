"""What happens to an error nobody caught: it goes to the log file and the user is told.

Python's ``sys.excepthook`` receives errors raised in Qt slots and in Python overrides Qt calls
(``paintEvent`` and the like: PySide reports them there and the event loop goes on), and
``threading.excepthook`` those of Python threads. Both write the traceback to the log
(:mod:`storage.logfile`) and show one short message, in the UI language, saying what happened,
where the log file is and that the saved data is safe; the app keeps running, as the work that
failed was one callback and every database write is a transaction.

The message is shown on the UI thread, after the failing callback has returned, through the
:class:`ui.dialogs.DialogService` (tests replace it); while one is open, or when the same place
fails again, the error is only logged, so a paint that always fails cannot stack dialogs. If
the dialog itself fails, that too is only logged.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from ui.dialogs import DialogService

log = logging.getLogger(__name__)


def crash_title() -> str:
    return QCoreApplication.translate("Crash", "ChannelRate ran into a problem")


def crash_text(error_name: str, log_file: Path) -> str:
    """The message: what happened, that the data is safe, where the details are."""
    return (
        QCoreApplication.translate(
            "Crash",
            "Something unexpected went wrong (%1). What you saved is safe in the price book, "
            "and ChannelRate keeps running; if a figure or a window looks wrong, restart it.\n\n"
            "The details are in the log file:\n%2",
        )
        .replace("%1", error_name)
        .replace("%2", str(log_file))
    )


class CrashHandler(QObject):
    """The hooks themselves; :func:`crash_hooks` installs them."""

    # (error name, where it was raised); queued, so the dialog opens after the failing callback
    _failed = Signal(object)

    def __init__(self, log_file: Path, dialogs: DialogService, show: bool = True):
        super().__init__()
        self.log_file = Path(log_file)
        self.dialogs = dialogs
        self.show = show  # False with no one to answer (--screenshot): log only
        self._showing = False
        self._shown_for: set[tuple] = set()
        self._failed.connect(self._tell_user, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type, exc, tb) -> None:
        if not issubclass(exc_type, Exception):  # Ctrl+C, SystemExit: Python's own handling
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        self._report(exc_type, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is None or not issubclass(args.exc_type, Exception):
            return  # SystemExit ends the thread quietly, as Python's own hook does
        name = args.thread.name if args.thread is not None else "?"
        log.error(
            "Unexpected error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._report(args.exc_type, args.exc_traceback)

    def _report(self, exc_type, tb) -> None:
        frames = traceback.extract_tb(tb) if tb is not None else []
        where = (frames[-1].filename, frames[-1].lineno) if frames else None
        # to the UI thread, from any thread; at exit the handler may be gone: the log has it
        with contextlib.suppress(RuntimeError):
            self._failed.emit((exc_type.__name__, where))

    def _tell_user(self, failure) -> None:
        error_name, where = failure
        key = (error_name, where)
        if not self.show or self._showing or key in self._shown_for:
            return
        if QApplication.instance() is None:
            return
        self._shown_for.add(key)
        self._showing = True
        try:
            self.dialogs.crash(
                QApplication.activeWindow(),
                crash_title(),
                crash_text(error_name, self.log_file),
                self.log_file,
                self._dialog_closed,
            )
        except Exception:  # never a second dialog about the first one
            self._showing = False
            log.exception("The error message could not be shown")

    def _dialog_closed(self) -> None:
        self._showing = False


@contextlib.contextmanager
def crash_hooks(
    log_file: Path, dialogs: DialogService | None = None, *, show: bool = True
) -> Iterator[CrashHandler]:
    """Route uncaught errors to the log and a dialog while the block runs; Python's own hooks
    come back afterwards (tests run the app several times in one process)."""
    handler = CrashHandler(log_file, dialogs or DialogService(), show)
    previous = sys.excepthook, threading.excepthook
    sys.excepthook, threading.excepthook = handler.excepthook, handler.thread_hook
    try:
        yield handler
    finally:
        sys.excepthook, threading.excepthook = previous
