"""The one object widgets use for file choosers and message boxes, so tests can replace it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class DialogService:
    """Standard Qt dialogs. A test passes a subclass that answers without showing anything."""

    def open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

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
