"""File → Back up… / Restore…, View → Refresh, and the read-only notice of the main window.

Kept apart from the window itself: the window only hosts the actions. Backing up and restoring
work on a local price book (a team server has its own backups); Refresh re-reads the book, which
is how a colleague's changes on a shared server appear.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from storage.backup import backup_database, can_back_up, database_file, restore_database
from storage.db import is_read_only
from storage.opening import OpenError
from ui.startup import open_error_text

log = logging.getLogger(__name__)


def _filter() -> str:
    return QCoreApplication.translate(
        "BookActions", "ChannelRate price book (*.sqlite3 *.db);;All files (*)"
    )


class BookActions(QObject):
    """The actions; ``window`` is the main window (``reload()``, ``undo_stack``, menus)."""

    def __init__(self, services, window: QMainWindow):
        super().__init__(window)
        self.services = services
        self.window = window
        db = services.storage.db
        local = can_back_up(db)
        self.backup_action = QAction(self.tr("&Back up…"), window)
        self.backup_action.setEnabled(local)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore…"), window)
        self.restore_action.setEnabled(local and not is_read_only(db))
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
        language = getattr(self.window, "language_actions", {}).get("en")
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
        try:
            backup_database(db, Path(path))
        except Exception as error:  # disk full, folder gone, no permission: say so
            log.exception("backup failed")
            self.services.dialogs.error(
                self.window,
                self.tr("Back up"),
                self.tr("The backup could not be written: %1").replace("%1", str(error)),
            )
            return
        self.services.dialogs.info(
            self.window,
            self.tr("Back up"),
            self.tr("The price book was copied to %1.").replace("%1", path),
        )

    def restore(self) -> None:
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
        try:
            kept = restore_database(self.services.storage.db, Path(path))
        except OpenError as error:
            self.services.dialogs.error(self.window, self.tr("Restore"), open_error_text(error))
            return
        except Exception as error:
            log.exception("restore failed")
            self.services.dialogs.error(
                self.window,
                self.tr("Restore"),
                self.tr("The backup could not be restored: %1").replace("%1", str(error)),
            )
            return
        self.window.undo_stack.clear()  # undo steps belong to the book that was replaced
        self.window.reload()
        self.services.dialogs.info(
            self.window,
            self.tr("Restore"),
            self.tr("The backup was restored. The price book as it was is kept in %1.").replace(
                "%1", str(kept)
            ),
        )


def show_read_only(window: QMainWindow) -> QLabel:
    """Say in the title and the status bar that nothing can be saved."""
    label = QLabel(QCoreApplication.translate("BookActions", "Read-only: changes cannot be saved"))
    label.setObjectName("readOnlyNotice")
    label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
    window.statusBar().addPermanentWidget(label)
    suffix = QCoreApplication.translate("BookActions", "read-only")
    window.setWindowTitle(f"{window.windowTitle()} — {suffix}")
    return label
