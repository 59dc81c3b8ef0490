"""The one object widgets use for file choosers and message boxes, so tests can replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# Messages shown without waiting for an answer, kept until closed.
_OPEN_MESSAGES: set[QMessageBox] = set()


class DialogService:
    """Standard Qt dialogs. A test passes a subclass that answers without showing anything."""

    def open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        return _choose_file(parent, title, folder, filters, save=False)

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        return _choose_file(parent, title, suggested, filters, save=True)

    def save_chart(self, parent: QWidget | None, suggested: str = "chart.png") -> str:
        """Where to save a chart; the extension picks PNG or SVG."""
        return self.save_file(
            parent,
            QCoreApplication.translate("Dialogs", "Save chart"),
            suggested,
            QCoreApplication.translate("Dialogs", "PNG image (*.png);;SVG image (*.svg)"),
        )

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def crash(self, parent: QWidget | None, title: str, text: str, log_file, closed) -> None:
        """Say an unexpected error happened, with buttons to open the log's folder or copy its
        path. Never blocks (it may be called while a network task runs); ``closed()`` is called
        when the message goes away."""
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path
        folder = box.addButton(
            QCoreApplication.translate("Dialogs", "Open log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy = box.addButton(
            QCoreApplication.translate("Dialogs", "Copy path"), QMessageBox.ButtonRole.ActionRole
        )

        def clicked(button) -> None:
            if button is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_file).parent)))
            elif button is copy:
                QGuiApplication.clipboard().setText(str(log_file))

        def finished(_result) -> None:
            _OPEN_MESSAGES.discard(box)
            closed()

        box.buttonClicked.connect(clicked)
        box.finished.connect(finished)
        _OPEN_MESSAGES.add(box)  # without a parent, nothing else keeps it alive while open
        box.open()


def _choose_file(parent, title: str, where: str, filters: str, save: bool) -> str:
    """Qt's own file dialog, with every label in the UI language.

    Qt sets "Look in:" and "Files of type:" once, before a translator can reach them, so they
    stayed English in a Russian window; they are given again from Qt's own catalogue here.
    """
    dialog = QFileDialog(parent, title, where, filters)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    for label, text in FILE_DIALOG_LABELS:
        dialog.setLabelText(label, QCoreApplication.translate("QFileDialog", text))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


FILE_DIALOG_LABELS = (
    (QFileDialog.DialogLabel.LookIn, "Look in:"),
    (QFileDialog.DialogLabel.FileType, "Files of type:"),
    (QFileDialog.DialogLabel.FileName, "File &name:"),
)
