"""File → Back up… / Restore…, View → Refresh, and the read-only notice of the main window.

Kept apart from the window itself: the window only hosts the actions. Backing up and restoring
work on a local price book (a team server has its own backups) and copy the file in a worker, so
the window never waits on a large book; Refresh re-reads the book, which is how a colleague's
changes on a shared server appear.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from storage.backup import backup_database, can_back_up, database_file, restore_database
from storage.db import is_read_only
from storage.opening import OpenError
from ui.startup import open_error_text
from ui.workers import run_task

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _filter() -> str:
    return QCoreApplication.translate(
        "BookActions", "ChannelRate price book (*.sqlite3 *.db);;All files (*)"
    )


class BookActions(QObject):
    """The actions; ``window`` is the main window (``reload()``, ``undo_stack``, menus)."""

    def __init__(self, services, window: MainWindow):
        super().__init__(window)
        self.services = services
        self.window = window
        db = services.storage.db
        local = can_back_up(db)
        self._can_back_up = local
        self._can_restore = local and not is_read_only(db)
        self.busy = False  # a copy is being written: both actions wait for it
        self.backup_action = QAction(self.tr("&Back up…"), window)
        self.backup_action.setEnabled(local)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore…"), window)
        self.restore_action.setEnabled(self._can_restore)
        self.restore_action.triggered.connect(self.restore)
        self.refresh_action = QAction(self.tr("&Refresh"), window)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(window.reload)
        if not local:
            tip = self.tr("A price book on a server is backed up on the server.")
            self.backup_action.setToolTip(tip)
            self.restore_action.setToolTip(tip)

    def install(self) -> None:
        """Put the actions in the window's File menu (before Quit) and View menu."""
        menus = [a.menu() for a in self.window.menuBar().actions() if a.menu() is not None]
        file_menu = menus[0]
        quit_action = file_menu.actions()[-1]
        file_menu.insertAction(quit_action, self.backup_action)
        file_menu.insertAction(quit_action, self.restore_action)
        file_menu.insertSeparator(quit_action)
        language = self.window.language_actions["en"]
        view_menu = next(
            (
                m
                for m in menus
                if any(a.menu() and language in a.menu().actions() for a in m.actions())
            ),
            menus[-1],
        )
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)

    def back_up(self) -> None:
        if self.busy:
            return
        db = self.services.storage.db
        current = database_file(db)
        suggested = current.with_name(
            f"{current.stem}-{datetime.now().astimezone():%Y-%m-%d}.sqlite3"
        )
        path = self.services.dialogs.save_file(
            self.window, self.tr("Back up the price book"), str(suggested), _filter()
        )
        if not path:
            return
        if Path(path).resolve() == current.resolve():
            self.services.dialogs.error(
                self.window,
                self.tr("Back up"),
                self.tr("Choose another file: a backup cannot replace the price book itself."),
            )
            return

        def copied(_destination) -> None:
            self._set_busy(False)
            self.services.dialogs.info(
                self.window,
                self.tr("Back up"),
                self.tr("The price book was copied to %1.").replace("%1", path),
            )

        def failed(error: Exception) -> None:  # disk full, folder gone, no permission: say so
            self._set_busy(False)
            log.error("backup failed", exc_info=error)
            self.services.dialogs.error(
                self.window,
                self.tr("Back up"),
                self.tr("The backup could not be written: %1").replace("%1", str(error)),
            )

        self._set_busy(True, self.tr("Copying the price book to %1…").replace("%1", path))
        run_task(self, lambda: backup_database(db, Path(path)), copied, failed)

    def restore(self) -> None:
        if self.busy:
            return
        path = self.services.dialogs.open_file(
            self.window,
            self.tr("Restore a backup"),
            str(database_file(self.services.storage.db).parent),
            _filter(),
        )
        if not path:
            return
        if not self.services.dialogs.confirm(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace the price book with the backup %1? A copy of the current price book "
                "is kept in the backups folder."
            ).replace("%1", path),
        ):
            return
        db = self.services.storage.db

        def restored(kept: Path) -> None:
            self._set_busy(False)
            self.window.undo_stack.clear()  # undo steps belong to the book that was replaced
            self.window.reload()
            self.services.dialogs.info(
                self.window,
                self.tr("Restore"),
                self.tr("The backup was restored. The price book as it was is kept in %1.").replace(
                    "%1", str(kept)
                ),
            )

        def failed(error: Exception) -> None:
            self._set_busy(False)
            if isinstance(error, OpenError):
                self.services.dialogs.error(self.window, self.tr("Restore"), open_error_text(error))
                return
            log.error("restore failed", exc_info=error)
            self.services.dialogs.error(
                self.window,
                self.tr("Restore"),
                self.tr("The backup could not be restored: %1").replace("%1", str(error)),
            )

        self._set_busy(True, self.tr("Restoring the backup %1…").replace("%1", path))
        run_task(self, lambda: restore_database(db, Path(path)), restored, failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While a copy is written: the actions wait, a busy cursor, and what is going on."""
        self.busy = busy
        self.backup_action.setEnabled(not busy and self._can_back_up)
        self.restore_action.setEnabled(not busy and self._can_restore)
        if busy:
            self.window.setCursor(Qt.CursorShape.BusyCursor)
            self.window.statusBar().showMessage(text)
        else:
            self.window.unsetCursor()
            self.window.statusBar().clearMessage()


def show_read_only(window: QMainWindow) -> QLabel:
    """Say in the title and the status bar that nothing can be saved."""
    label = QLabel(QCoreApplication.translate("BookActions", "Read-only: changes cannot be saved"))
    label.setObjectName("readOnlyNotice")
    label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
    window.statusBar().addPermanentWidget(label)
    suffix = QCoreApplication.translate("BookActions", "read-only")
    window.setWindowTitle(f"{window.windowTitle()} — {suffix}")
    return label
