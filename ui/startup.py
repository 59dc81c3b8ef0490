"""Start-up: opening the price book with a dialog for every way it can fail; one window per book.

A database that cannot be opened is never a traceback on a console nobody sees: the user is told
why, in their language, and what to do (choose another file, update the app, try the server
again). A file that may only be read opens read-only. A second start on the same price book
brings the running window forward instead of opening a second one.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storage.engines import is_server_url
from storage.opening import OpenError

log = logging.getLogger(__name__)

OTHER_FILE, RETRY, QUIT = "other", "retry", "quit"


def open_error_text(error: OpenError) -> str:
    """Why the database could not be opened and what to do, in the user's language."""
    target = error.target or ""
    texts = {
        "not_a_database": QCoreApplication.translate(
            "Startup",
            "“%1” is not a ChannelRate price book: it is not a database, or it is damaged. "
            "It was not changed. Choose another file, or restore a backup.",
        ),
        "not_ours": QCoreApplication.translate(
            "Startup",
            "“%1” is another program's database, not a ChannelRate price book. It was not "
            "changed. Choose your price book or a new file.",
        ),
        "newer_schema": QCoreApplication.translate(
            "Startup",
            "“%1” was saved by a newer version of ChannelRate (schema %2; this version reads up "
            "to %3). Update ChannelRate to open it; nothing in it was changed.",
        ),
        "needs_upgrade": QCoreApplication.translate(
            "Startup",
            "“%1” is from an older version of ChannelRate and must be upgraded, but it may only "
            "be read here. Copy it to a folder you can write to, then choose the copy.",
        ),
        "cannot_create": QCoreApplication.translate(
            "Startup",
            "A new price book cannot be created at “%1”: the folder cannot be written. "
            "Choose another place.",
        ),
        "server": QCoreApplication.translate(
            "Startup",
            "The price book server %1 cannot be reached or refused the login. Check the "
            "address, the user name and password, and that the server is running.",
        ),
    }
    text = texts.get(error.code, QCoreApplication.translate("Startup", "“%1” cannot be opened."))
    text = (
        text.replace("%1", target)
        .replace("%2", str(error.details.get("found", "")))
        .replace("%3", str(error.details.get("latest", "")))
    )
    if error.code == "server":
        text += "\n\n" + str(error)
    return text


def choices_for(error: OpenError) -> list[str]:
    return [RETRY, OTHER_FILE, QUIT] if error.code == "server" else [OTHER_FILE, QUIT]


class StartupDialogs:
    """The questions asked while opening; a test passes a subclass that answers at once."""

    def ask(self, error: OpenError, choices: list[str]) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Startup", "The price book cannot be opened"),
            "",
        )
        box.setText(open_error_text(error))
        labels = {
            RETRY: (
                QCoreApplication.translate("Startup", "Try again"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            OTHER_FILE: (
                QCoreApplication.translate("Startup", "Choose another file…"),
                QMessageBox.ButtonRole.ActionRole,
            ),
            QUIT: (
                QCoreApplication.translate("Startup", "Quit"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        }
        buttons = {box.addButton(*labels[choice]): choice for choice in choices}
        box.exec()
        return buttons.get(box.clickedButton(), QUIT)

    def choose_file(self, near: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("Startup", "Open or create a price book"),
            near,
            QCoreApplication.translate(
                "Startup", "ChannelRate price book (*.sqlite3 *.db);;All files (*)"
            ),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path

    def failed(self, error: Exception) -> None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "ChannelRate could not start"),
            QCoreApplication.translate("Startup", "ChannelRate could not start: %1").replace(
                "%1", str(error) or type(error).__name__
            ),
        )


def open_book(target: str | None, dialogs: StartupDialogs, *, read_only: bool = False):
    """Open the price book at ``target`` (None: the default), asking what to do when it
    cannot be opened. Returns the database, or None when the user chose to quit."""
    from storage import open_database
    from storage.paths import default_database_target

    target = target or default_database_target()
    while True:
        try:
            return open_database(target, read_only=read_only)
        except OpenError as error:
            log.warning("cannot open %s: %s", target, error)
            choice = dialogs.ask(error, choices_for(error))
        if choice == QUIT:
            return None
        if choice == OTHER_FILE:
            near = str(Path(target).parent) if not is_server_url(target) else ""
            chosen = dialogs.choose_file(near)
            if not chosen:
                return None
            target, read_only = chosen, False


def instance_name(target: str) -> str:
    """One name per price book: two windows on different books may run side by side."""
    key = target if is_server_url(target) else str(Path(target).expanduser().resolve())
    return "channelrate-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """Claims a price book for this process; a later start on it asks this one to come forward."""

    activate_requested = Signal()

    def __init__(self, target: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = instance_name(target)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this process now owns the book; False if another window has it (that
        window was asked to come to the front)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(500):
            socket.write(b"activate\n")
            socket.flush()
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()
            return False
        # Nobody answered: a name left by a crashed run is stale and can be taken over.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        if not self.server.listen(self.name):
            log.warning("single-instance guard unavailable: %s", self.server.errorString())
        return True

    def _connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activate_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def bring_forward(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
